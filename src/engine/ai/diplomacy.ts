// What an AI party does in the diplomacy phase: play the lever that serves its interests best — judged by what the
// effects do to reservation values, red lines that stand in its way, trust and the risk of collapse — if the
// lever is worth its cost and the party's appetite for levers says so; otherwise meet someone it needs to read.
import type { Effect } from '../../scenario/schema/effects';
import type { Lever } from '../../scenario/schema/scenario';
import type { CompiledScenario } from '../compile';
import { resolveParties } from '../effects';
import { whyIllegal } from '../legality';
import { reservationValue } from '../model';
import type { Action, GameState, PartyId } from '../types';
import { aiRandom } from './aiRandom';

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
  const drivers = compiled.party.get(party)?.reservation.drivers ?? [];
  let move = 0;
  for (const driver of drivers) {
    if (driver.meter !== meterId) continue;
    const driverOwner = compiled.meter.get(meterId)?.scope === 'shared' ? null : (driver.party ?? party);
    if (driverOwner === owner) move += (driver.weight * delta) / meterRange(compiled, meterId);
  }
  return move;
}

/** The value of one effect to `self`: positive when it strengthens its hand or opens a deal it wants. */
function effectValue(
  compiled: CompiledScenario,
  state: GameState,
  self: PartyId,
  effect: Effect,
  context: { self: PartyId; target: PartyId | null },
  wantsDeal: number,
) {
  const signatories = compiled.signatories;
  switch (effect.kind) {
    case 'meter': {
      const meter = compiled.meter.get(effect.meter);
      if (!meter) return 0;
      const owners = meter.scope === 'shared' ? [null] : resolveParties(compiled, effect.party, context);
      let value = 0;
      for (const owner of owners) {
        // My own reservation value rising strengthens my hand; others' rising weakens it.
        value += reservationMove(compiled, self, meter.id, owner, effect.delta);
        for (const other of signatories)
          if (other !== self) value -= reservationMove(compiled, other, meter.id, owner, effect.delta) / 2;
        if (meter.id === compiled.scenario.rules.collapse.meter)
          value -= (effect.delta / meterRange(compiled, meter.id)) * wantsDeal * 3;
        if (owner === self && meter.higherIs !== 'neutral')
          value += ((meter.higherIs === 'better' ? 1 : -1) * effect.delta) / meterRange(compiled, meter.id) / 2;
      }
      return value;
    }
    case 'reservation':
      return resolveParties(compiled, effect.party, context).reduce(
        (sum, party) => sum + (party === self ? effect.delta : signatories.includes(party) ? -effect.delta : 0),
        0,
      );
    case 'firmness': {
      // Wearing down a red line that bars options I value is worth how much I value them.
      const i = compiled.issueIndex.get(effect.issue);
      const p = compiled.partyIndex.get(self);
      if (i === undefined || p === undefined) return 0;
      const myWeight = state.weights[self]?.[effect.issue] ?? 0;
      let value = 0;
      for (const party of resolveParties(compiled, effect.party, context)) {
        const lines = compiled.party.get(party)?.redLines.filter((line) => line.issue === effect.issue) ?? [];
        for (const line of lines) {
          const wanted = Math.max(
            ...line.forbidden.map(
              (option) => compiled.values[p]?.[i]?.[compiled.optionIndex[i]?.get(option) ?? 0] ?? 0,
            ),
          );
          value += (party === self ? effect.delta : -effect.delta) * wanted * myWeight * 2;
        }
      }
      return value;
    }
    case 'trust': {
      const tos = resolveParties(compiled, effect.to, context);
      const froms = resolveParties(compiled, effect.from, context);
      return tos.includes(self) ? (effect.delta / 100) * froms.filter((from) => from !== self).length * 0.5 : 0;
    }
    case 'reveal': {
      const drafter = compiled.scenario.rules.pen === self || compiled.scenario.rules.counterDrafts.includes(self);
      return (
        resolveParties(compiled, effect.party, context).filter(
          (party) => party !== self && !state.insights[self]?.[party],
        ).length * (drafter ? 0.15 : 0.02)
      );
    }
    case 'weight':
    case 'deadline':
      return 0;
  }
}

function leverValue(compiled: CompiledScenario, state: GameState, self: PartyId, lever: Lever, target: PartyId | null) {
  const context = { self, target };
  // How much the party wants a deal at all: the less no deal is worth to it, the more it fears collapse.
  const wantsDeal = 1 - reservationValue(compiled, state, self);
  let value = 0;
  for (const effect of lever.effects) value += effectValue(compiled, state, self, effect, context, wantsDeal);
  for (const [meterId, cost] of Object.entries(lever.cost)) value -= (cost / meterRange(compiled, meterId)) * 0.6;
  return value;
}

export function decideDiplomacy(compiled: CompiledScenario, state: GameState, party: PartyId): Action {
  const persona = compiled.party.get(party)?.persona;
  const random = aiRandom(state, party, 'diplomacy');
  const endPhase: Action = { type: 'endPhase', party };
  if (random() >= (persona?.leverAppetite ?? 0)) return endPhase;

  let best: { action: Action; value: number } | null = null;
  for (const lever of compiled.leversByParty.get(party) ?? []) {
    const targets: (PartyId | null)[] = lever.targets ? lever.targets.filter((id) => id !== party) : [null];
    for (const target of targets) {
      const action: Action =
        target === null
          ? { type: 'playLever', party, lever: lever.id }
          : { type: 'playLever', party, lever: lever.id, target };
      const value = leverValue(compiled, state, party, lever, target) + random() * 0.01;
      if (value > 0 && (!best || value > best.value) && whyIllegal(compiled, state, action) === null)
        best = { action, value };
    }
  }
  if (best) return best.action;

  // Nothing worth its cost: a drafter meets the signatory it knows least about, if the meeting is allowed.
  const drafter = compiled.scenario.rules.pen === party || compiled.scenario.rules.counterDrafts.includes(party);
  if (drafter) {
    const unknown = compiled.signatories.find((other) => other !== party && !state.insights[party]?.[other]);
    if (unknown) {
      const meeting: Action = { type: 'holdMeeting', party, with: unknown };
      if (whyIllegal(compiled, state, meeting) === null) return meeting;
    }
  }
  return endPhase;
}
