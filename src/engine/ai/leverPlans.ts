// What each lever would do for the party playing it, worked out once per scenario: most of a lever's value to a
// party (how its effects move reservation values, trust, its cost) depends only on the scenario, so the AI keeps
// that part precomputed and adds the few terms that depend on the moment (how much it wants a deal, how much it
// cares about an issue now, whom it has not read yet). Cached per compiled scenario, never in the game state.
import type { Effect } from '../../scenario/schema/effects';
import type { Lever } from '../../scenario/schema/scenario';
import type { CompiledScenario } from '../compile';
import { resolveParties } from '../effects';
import type { PartyId } from '../types';

export interface LeverPlan {
  lever: Lever;
  target: PartyId | null;
  /** Value that depends only on the scenario. */
  fixed: number;
  /** Multiplies how much the party wants a deal at all (1 − its reservation value): the fear of collapse. */
  perWantsDeal: number;
  /** Multiplies the party's current weight of each issue: red lines worn down (or hardened) on that issue. */
  perIssueWeight: [issueId: string, coefficient: number][];
  /** Parties whose priorities the lever reveals to the player. */
  reveals: PartyId[];
  /** The most this plan can be worth to the party at any moment (moment-dependent terms at their best). */
  ceiling: number;
}

/** What reading a party is worth: much to a drafter, who must write for it; little to others. */
export const REVEAL_VALUE = { drafter: 0.15, other: 0.02 };

const cache = new WeakMap<CompiledScenario, Map<PartyId, LeverPlan[]>>();

export function leverPlans(compiled: CompiledScenario, party: PartyId): LeverPlan[] {
  let byParty = cache.get(compiled);
  if (!byParty) {
    byParty = new Map();
    cache.set(compiled, byParty);
  }
  let plans = byParty.get(party);
  if (!plans) {
    plans = [];
    for (const lever of compiled.leversByParty.get(party) ?? []) {
      const targets: (PartyId | null)[] = lever.targets ? lever.targets.filter((id) => id !== party) : [null];
      for (const target of targets) plans.push(planLever(compiled, party, lever, target));
    }
    // Best first, so that the AI can stop as soon as no remaining plan could beat the best one found.
    plans.sort((a, b) => b.ceiling - a.ceiling);
    byParty.set(party, plans);
  }
  return plans;
}

function meterRange(compiled: CompiledScenario, meterId: string): number {
  const meter = compiled.meter.get(meterId);
  return meter ? meter.max - meter.min : 1;
}

/** How much a party's reservation value moves when one of its driver meters moves by `delta`. */
function reservationMove(
  compiled: CompiledScenario,
  party: PartyId,
  meterId: string,
  owner: PartyId | null,
  delta: number,
) {
  let move = 0;
  for (const driver of compiled.party.get(party)?.reservation.drivers ?? []) {
    if (driver.meter !== meterId) continue;
    const driverOwner = compiled.meter.get(meterId)?.scope === 'shared' ? null : (driver.party ?? party);
    if (driverOwner === owner) move += (driver.weight * delta) / meterRange(compiled, meterId);
  }
  return move;
}

function planLever(compiled: CompiledScenario, self: PartyId, lever: Lever, target: PartyId | null): LeverPlan {
  const plan: LeverPlan = { lever, target, fixed: 0, perWantsDeal: 0, perIssueWeight: [], reveals: [], ceiling: 0 };
  const context = { self, target };
  for (const effect of lever.effects) addEffect(compiled, self, effect, context, plan);
  for (const [meterId, cost] of Object.entries(lever.cost)) plan.fixed -= (cost / meterRange(compiled, meterId)) * 0.6;
  // wantsDeal and issue weights lie in 0..1, so each such term is at most its positive coefficient.
  plan.ceiling =
    plan.fixed +
    Math.max(0, plan.perWantsDeal) +
    plan.perIssueWeight.reduce((sum, [, coefficient]) => sum + Math.max(0, coefficient), 0) +
    plan.reveals.length * REVEAL_VALUE.drafter;
  return plan;
}

function addEffect(
  compiled: CompiledScenario,
  self: PartyId,
  effect: Effect,
  context: { self: PartyId; target: PartyId | null },
  plan: LeverPlan,
): void {
  const signatories = compiled.signatories;
  switch (effect.kind) {
    case 'meter': {
      const meter = compiled.meter.get(effect.meter);
      if (!meter) return;
      const owners = meter.scope === 'shared' ? [null] : resolveParties(compiled, effect.party, context);
      const scaled = effect.delta / meterRange(compiled, meter.id);
      for (const owner of owners) {
        // My own reservation value rising strengthens my hand; others' rising weakens it.
        plan.fixed += reservationMove(compiled, self, meter.id, owner, effect.delta);
        for (const other of signatories)
          if (other !== self) plan.fixed -= reservationMove(compiled, other, meter.id, owner, effect.delta) / 2;
        if (meter.id === compiled.scenario.rules.collapse.meter) plan.perWantsDeal -= scaled * 3;
        if (owner === self && meter.higherIs !== 'neutral')
          plan.fixed += ((meter.higherIs === 'better' ? 1 : -1) * scaled) / 2;
      }
      return;
    }
    case 'reservation':
      for (const party of resolveParties(compiled, effect.party, context))
        plan.fixed += party === self ? effect.delta : signatories.includes(party) ? -effect.delta : 0;
      return;
    case 'firmness': {
      // Wearing down a red line that bars options I value is worth how much I value them (times my weight).
      const i = compiled.issueIndex.get(effect.issue);
      const p = compiled.partyIndex.get(self);
      if (i === undefined || p === undefined) return;
      let coefficient = 0;
      for (const party of resolveParties(compiled, effect.party, context)) {
        for (const line of compiled.party.get(party)?.redLines ?? []) {
          if (line.issue !== effect.issue) continue;
          const wanted = Math.max(
            ...line.forbidden.map(
              (option) => compiled.values[p]?.[i]?.[compiled.optionIndex[i]?.get(option) ?? 0] ?? 0,
            ),
          );
          coefficient += (party === self ? effect.delta : -effect.delta) * wanted * 2;
        }
      }
      if (coefficient !== 0) plan.perIssueWeight.push([effect.issue, coefficient]);
      return;
    }
    case 'trust': {
      const tos = resolveParties(compiled, effect.to, context);
      const froms = resolveParties(compiled, effect.from, context).filter((from) => from !== self);
      if (tos.includes(self)) plan.fixed += (effect.delta / 100) * froms.length * 0.5;
      return;
    }
    case 'reveal':
      plan.reveals.push(...resolveParties(compiled, effect.party, context).filter((party) => party !== self));
      return;
    case 'weight':
    case 'deadline':
      return;
  }
}
