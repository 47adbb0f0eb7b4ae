// A tabled draft, clause by clause, beside the player's own draft: which clauses are the same, which differ, and
// what each clause and each whole text is worth to the player's seat (its own numbers, which it may know). Also who
// answered the draft and how, as every seat heard it. Data for the Summit's draft viewer.
import { redLinesCrossed, reservationValue, utilityOf } from '../engine';
import type { CompiledScenario, GameState, PartyId, Terms } from '../engine';
import type { AnswerKnown } from './partyKnowledge';
import { oneLine } from './oneLine';

export interface ClauseComparison {
  issue: string;
  issueLabel: string;
  option: string;
  optionLabel: string;
  yours: string;
  yoursLabel: string;
  same: boolean;
  /** The clause's value to your seat on its issue, 0..1 (your brief's scale), this draft's and yours. */
  valueToYou: number;
  yoursValueToYou: number;
  /** This draft's clause crosses one of your red lines. */
  crossesYourRedLine: boolean;
}

export interface DraftComparison {
  draftId: string;
  by: PartyId;
  round: number;
  clauses: ClauseComparison[];
  /** What the whole text is worth to you, what your own draft is, and what no deal is. */
  worthToYou: number;
  yoursWorth: number;
  noDeal: number;
  sameClauses: number;
  answers: (AnswerKnown & { party: PartyId })[];
}

export function compareDraft(
  compiled: CompiledScenario,
  game: GameState,
  viewer: PartyId,
  draftId: string,
  yourTerms: Terms,
): DraftComparison | null {
  const draft = game.drafts.find((candidate) => candidate.id === draftId);
  const p = compiled.partyIndex.get(viewer);
  if (!draft || p === undefined) return null;
  const crossed = new Set(redLinesCrossed(compiled, game, viewer, draft.terms).map((line) => line.issue));
  const clauses = compiled.scenario.issues.map((issue, i) => {
    const option = draft.terms[issue.id] ?? '';
    const yours = yourTerms[issue.id] ?? '';
    const value = (id: string) => compiled.values[p]?.[i]?.[compiled.optionIndex[i]?.get(id) ?? -1] ?? 0;
    const label = (id: string) => issue.options.find((candidate) => candidate.id === id)?.label ?? '—';
    return {
      issue: issue.id,
      issueLabel: issue.label,
      option,
      optionLabel: label(option),
      yours,
      yoursLabel: label(yours),
      same: option === yours,
      valueToYou: value(option),
      yoursValueToYou: value(yours),
      crossesYourRedLine: crossed.has(issue.id),
    };
  });
  return {
    draftId: draft.id,
    by: draft.by,
    round: draft.round,
    clauses,
    worthToYou: utilityOf(compiled, game, viewer, draft.terms),
    yoursWorth: utilityOf(compiled, game, viewer, yourTerms),
    noDeal: reservationValue(compiled, game, viewer),
    sameClauses: clauses.filter((clause) => clause.same).length,
    answers: compiled.answerOrder.flatMap((party) => {
      const answer = draft.answers[party];
      return answer
        ? [{ party, draftId: draft.id, round: answer.round, accept: answer.accept, reason: oneLine(answer.reason) }]
        : [];
    }),
  };
}
