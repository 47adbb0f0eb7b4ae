// Words a class needs to read the answers: what "we need" means. An AI's answer states what it needs now — its
// demand at this point of the talks, which starts high and falls toward its floor (what no deal is worth to it)
// as the deadline nears. A player knows only its own floor, from its brief.

/** The line under the answers that explains "we need", once, with the player's own floor. */
export function needExplainer(deadline: number, ownFloor: number | null): string {
  const floor = ownFloor === null ? '' : ` Your own floor now: ${ownFloor.toFixed(2)}.`;
  return `“We need” is what a party asks for at this point of the talks; it falls toward its floor — what no deal is worth to it — as round ${deadline} nears.${floor}`;
}

/** Whether an answer states a "we need" (so the explainer is worth its room on screen). */
export function statesNeed(reason: string): boolean {
  return /\bwe need\b|\bwhat we need\b/.test(reason);
}
