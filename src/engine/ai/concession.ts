// Time-dependent concession (Faratin et al.): the utility a party holds out for falls from its best toward its
// reservation value as the talks run out. Exponent e < 1 holds firm until late (Boulware); e > 1 gives early.
import type { CompiledScenario } from '../compile';
import { clamp, reservationValue, talksProgress } from '../model';
import type { GameState, PartyId } from '../types';

/** The best utility the party could get from any text, its red lines aside. */
export function bestPossibleUtility(compiled: CompiledScenario, state: GameState, party: PartyId): number {
  const p = compiled.partyIndex.get(party) ?? 0;
  const weights = state.weights[party] ?? {};
  let weighted = 0;
  let total = 0;
  compiled.issueIds.forEach((issueId, i) => {
    const weight = weights[issueId] ?? 0;
    if (weight <= 0) return;
    total += weight;
    weighted += weight * (compiled.bestValue[p]?.[i] ?? 0);
  });
  return total > 0 ? weighted / total : 0;
}

/** What the party asks for now, before goodwill and trust. */
export function concessionTarget(
  compiled: CompiledScenario,
  state: GameState,
  party: PartyId,
  reservation = reservationValue(compiled, state, party),
): number {
  const exponent = compiled.party.get(party)?.persona.exponent ?? 1;
  const best = Math.max(reservation, bestPossibleUtility(compiled, state, party));
  const progress = talksProgress(compiled, state);
  return reservation + (best - reservation) * (1 - Math.pow(progress, 1 / exponent));
}

/**
 * The utility a party needs from a text tabled by `drafter`: its concession target, lowered by the goodwill the
 * drafter earned by conceding before (tit-for-tat) and by trust; never below what no deal is worth.
 */
export function neededUtility(compiled: CompiledScenario, state: GameState, party: PartyId, drafter: PartyId): number {
  const persona = compiled.party.get(party)?.persona;
  const { trust: trustRange } = compiled.scenario.rules;
  const reservation = reservationValue(compiled, state, party);
  const goodwill = state.goodwill[party]?.[drafter] ?? 0;
  const trust = state.trust[party]?.[drafter] ?? trustRange.start;
  const trustLean = ((trust - trustRange.start) / (trustRange.max - trustRange.min)) * 0.1;
  const target =
    concessionTarget(compiled, state, party, reservation) - (persona?.reciprocity ?? 0) * goodwill - trustLean;
  return clamp(Math.max(reservation, target), 0, 1);
}
