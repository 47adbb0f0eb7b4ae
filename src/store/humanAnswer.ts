// A human seat's answer to a draft. An AI states its numbers (the engine checks them true); a human's numbers are
// its private brief, and on a hot-seat table the next player reads the answer too. So a human's answer carries no
// numbers and no private red line: only yes or no, and — for a rejection — a public red line the text crosses,
// which every seat knows already. Nothing in it can contradict the answer itself.
import { redLinesCrossed } from '../engine';
import type { Action, CompiledScenario, Draft, GameState, PartyId } from '../engine';
import { optionLabel } from '../engine/model';

export function humanAnswer(
  compiled: CompiledScenario,
  game: GameState,
  party: PartyId,
  draft: Draft,
  accept: boolean,
): Extract<Action, { type: 'answerDraft' }> {
  const base = { type: 'answerDraft' as const, party, draftId: draft.id, accept };
  if (accept) return base;
  const publicLines = redLinesCrossed(compiled, game, party, draft.terms).filter((line) => line.public);
  const first = publicLines[0];
  if (!first) return base;
  return {
    ...base,
    reason: `rejects: "${optionLabel(compiled, first.issue, first.option)}" crosses a red line: ${first.reason}`,
    redLines: publicLines.map((line) => `${line.issue}/${line.option}`),
  };
}
