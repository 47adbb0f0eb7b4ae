// What an AI party does in the diplomacy phase: play the lever that serves its interests best — judged by what the
// effects do to reservation values, red lines that stand in its way, trust and the risk of collapse (leverPlans.ts)
// — if the lever is worth its cost and the party's appetite for levers says so; otherwise meet someone it needs to
// read.
import type { CompiledScenario } from '../compile';
import { whyIllegal } from '../legality';
import { reservationValue } from '../model';
import type { Action, GameState, PartyId } from '../types';
import { aiRandom } from './aiRandom';
import { leverPlans, REVEAL_VALUE } from './leverPlans';
import type { LeverPlan } from './leverPlans';

/** Near-equal levers are told apart by chance, by at most this much. */
const JITTER = 0.01;
/** A lever must be worth at least this to be played: an action spent on nearly nothing is noise at the table. */
const WORTH_PLAYING = 0.04;

function isDrafter(compiled: CompiledScenario, party: PartyId): boolean {
  return compiled.scenario.rules.pen === party || compiled.scenario.rules.counterDrafts.includes(party);
}

interface Moment {
  wantsDeal: number;
  revealValue: number;
  weights: Record<string, number>;
  insights: Record<string, unknown>;
}

function planValue(plan: LeverPlan, moment: Moment): number {
  let value = plan.fixed + plan.perWantsDeal * moment.wantsDeal;
  for (const [issueId, coefficient] of plan.perIssueWeight) value += coefficient * (moment.weights[issueId] ?? 0);
  for (const subject of plan.reveals) if (!moment.insights[subject]) value += moment.revealValue;
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
  const moment: Moment = {
    wantsDeal,
    revealValue: isDrafter(compiled, party) ? REVEAL_VALUE.drafter : REVEAL_VALUE.other,
    weights: state.weights[party] ?? {},
    insights: state.insights[party] ?? {},
  };
  // Plans come best-ceiling first: once no remaining plan could beat the best playable one, stop looking.
  let best: Action | null = null;
  let bestValue = WORTH_PLAYING;
  for (const plan of leverPlans(compiled, party)) {
    if (plan.ceiling + JITTER <= bestValue) break;
    const value = planValue(plan, moment) + random() * JITTER;
    if (value <= bestValue) continue;
    const action = toAction(party, plan);
    if (whyIllegal(compiled, state, action) !== null) continue;
    best = action;
    bestValue = value;
  }
  if (best) return best;

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
