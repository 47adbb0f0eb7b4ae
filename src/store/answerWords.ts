// Words a class needs to read the answers: what "we need" means. An AI's answer states what it needs now — its
// demand at this point of the talks, which starts high and falls toward its floor (what no deal is worth to it)
// as the deadline nears. A player knows only its own floor, from its brief.

/**
 * The line under the answers that explains "we need", once. Short enough for one line of the panel: the player's
 * own floor is beside it already, as "no deal" under the text.
 */
export function needExplainer(deadline: number): string {
  return `“We need” = what it asks for now; it falls toward its floor (no deal) by round ${deadline}.`;
}

/** Whether an answer states a "we need" (so the explainer is worth its room on screen). */
export function statesNeed(reason: string): boolean {
  return /\bwe need\b|\bwhat we need\b/.test(reason);
}
