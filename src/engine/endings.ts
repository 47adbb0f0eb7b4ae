// What happens once every required signatory has accepted the same text: ratification at home (the two-level
// game), then the durability epilogue, where the enforcement the text provides decides whether it holds.
import type { CompiledScenario } from './compile';
import { endGame } from './gameOver';
import { clamp, meterValue, reservationValue, utilityOf } from './model';
import type { Draft, EpilogueMonth, RatificationResult, Terms } from './types';
import type { WorkingState } from './working';

export function signDraft(compiled: CompiledScenario, work: WorkingState, draft: Draft): void {
  work.emit({ type: 'signed', draftId: draft.id, terms: draft.terms });
  const ratification = ratify(compiled, work, draft.terms);
  work.emit({ type: 'ratification', results: ratification });
  const round = work.state.round;
  if (!ratification.every((result) => result.passed)) {
    endGame(work, { kind: 'ratification-failed', draftId: draft.id, terms: draft.terms, round, ratification });
    return;
  }
  const epilogue = simulateEpilogue(compiled, work, draft.terms);
  const brokeAt = epilogue.find((month) => month.brokeDown)?.month ?? null;
  const held = brokeAt === null;
  work.emit({ type: 'epilogue', months: epilogue, held });
  endGame(work, {
    kind: 'ceasefire',
    draftId: draft.id,
    terms: draft.terms,
    round,
    ratified: true,
    ratification,
    epilogue,
    held,
    monthsHeld: held ? epilogue.length : brokeAt - 1,
  });
}

/** Each listed signatory's meter, moved by how good the deal is for it, must reach its threshold. */
function ratify(compiled: CompiledScenario, work: WorkingState, terms: Terms): RatificationResult[] {
  const state = work.state;
  return compiled.scenario.rules.ratification.map((entry) => {
    const meter = compiled.meter.get(entry.meter);
    const surplus = utilityOf(compiled, state, entry.party, terms) - reservationValue(compiled, state, entry.party);
    const raw = meterValue(state, entry.meter, entry.party) + entry.swing * surplus;
    const value = Math.round(clamp(raw, meter?.min ?? -Infinity, meter?.max ?? Infinity) * 100) / 100;
    return { party: entry.party, meter: entry.meter, value, needed: entry.atLeast, passed: value >= entry.atLeast };
  });
}

/** How strongly the text deters violations and answers them: the sum of its clauses' enforcement, capped. */
export function enforcementOf(compiled: CompiledScenario, terms: Terms): number {
  let total = 0;
  compiled.issueIds.forEach((issueId, i) => {
    const o = compiled.optionIndex[i]?.get(terms[issueId] ?? '');
    if (o !== undefined) total += compiled.enforcement[i]?.[o] ?? 0;
  });
  return clamp(total, 0, 0.9);
}

/**
 * Months after signing (seeded). A serious violation comes with the scenario's monthly chance, lowered by the
 * text's enforcement; an enforced text also answers violations more often; an unanswered violation may end it.
 */
function simulateEpilogue(compiled: CompiledScenario, work: WorkingState, terms: Terms): EpilogueMonth[] {
  const { months, violationChance, breakdownChance } = compiled.scenario.rules.epilogue;
  const enforcement = enforcementOf(compiled, terms);
  const result: EpilogueMonth[] = [];
  for (let month = 1; month <= months; month++) {
    const violation = work.rng.next() < violationChance * (1 - enforcement);
    const answered = violation && work.rng.next() < clamp(enforcement * 1.2, 0, 0.95);
    const brokeDown = violation && !answered && work.rng.next() < breakdownChance;
    result.push({ month, violation, answered, brokeDown });
    if (brokeDown) break;
  }
  return result;
}
