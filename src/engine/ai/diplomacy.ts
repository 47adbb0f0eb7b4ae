// What an AI party does in the diplomacy phase: play the lever that serves its interests best — judged by what the
// effects do to reservation values, red lines that stand in its way, trust and the risk of collapse (leverPlans.ts)
// — if the lever is worth its cost and the party's appetite for levers says so; otherwise meet someone it needs to
// read.
import type { CompiledScenario } from '../compile';
import { whyIllegal } from '../legality';
import { reservationValue } from '../model';
import type { Action, GameState, PartyId } from '../types';
import { aiRandom } from './aiRandom';
import { leverPlans } from './leverPlans';
import type { LeverPlan } from './leverPlans';

/** What reading a party is worth: much to a drafter, who must write for it; little to others. */
const REVEAL_VALUE = { drafter: 0.15, other: 0.02 };

function isDrafter(compiled: CompiledScenario, party: PartyId): boolean {
  return compiled.scenario.rules.pen === party || compiled.scenario.rules.counterDrafts.includes(party);
}

function planValue(state: GameState, party: PartyId, plan: LeverPlan, wantsDeal: number, revealValue: number): number {
  let value = plan.fixed + plan.perWantsDeal * wantsDeal;
  const weights = state.weights[party] ?? {};
  for (const [issueId, coefficient] of plan.perIssueWeight) value += coefficient * (weights[issueId] ?? 0);
  for (const subject of plan.reveals) if (!state.insights[party]?.[subject]) value += revealValue;
  return value;
}

function toAction(party: PartyId, plan: LeverPlan): Action {
  return plan.target === null
    ? { type: 'playLever', party, lever: plan.lever.id }
    : { type: 'playLever', party, lever: plan.lever.id, target: plan.target };
}

export function decideDiplomacy(compiled: CompiledScenario, state: GameState, party: PartyId): Action {
  const persona = compiled.party.get(party)?.persona;
  const random = aiRandom(state, party, 'diplomacy');
  const endPhase: Action = { type: 'endPhase', party };
  if (random() >= (persona?.leverAppetite ?? 0)) return endPhase;

  // How much the party wants a deal at all: the less no deal is worth to it, the more it fears collapse.
  const wantsDeal = 1 - reservationValue(compiled, state, party);
  const revealValue = isDrafter(compiled, party) ? REVEAL_VALUE.drafter : REVEAL_VALUE.other;
  const ranked = leverPlans(compiled, party)
    .map((plan) => ({ plan, value: planValue(state, party, plan, wantsDeal, revealValue) + random() * 0.01 }))
    .filter((entry) => entry.value > 0)
    .sort((a, b) => b.value - a.value);
  // The best lever that is playable now (cost, conditions, once per game).
  for (const { plan } of ranked) {
    const action = toAction(party, plan);
    if (whyIllegal(compiled, state, action) === null) return action;
  }

  // Nothing worth its cost: a drafter meets the signatory it knows least about, if the meeting is allowed.
  if (isDrafter(compiled, party)) {
    const unknown = compiled.signatories.find((other) => other !== party && !state.insights[party]?.[other]);
    if (unknown) {
      const meeting: Action = { type: 'holdMeeting', party, with: unknown };
      if (whyIllegal(compiled, state, meeting) === null) return meeting;
    }
  }
  return endPhase;
}
