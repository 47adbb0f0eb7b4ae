// The engine's public API: everything outside src/engine imports from here.
export { applyAction } from './applyAction';
export { compileScenario } from './compile';
export { GameRun } from './gameRun';
export type { CompiledScenario } from './compile';
export { createGame } from './createGame';
export type { GameOptions } from './createGame';
export { currentActor, pendingDrafts } from './flow';
export { canonicalJson, hashJson } from './hash';
export { facilitatorActions, legalActions } from './legalActions';
export { IllegalActionError, whyIllegal } from './legality';
export { redLinesCrossed, reservationValue, utilityOf } from './model';
export { playAiGame, replayActions, runAiTurns } from './run';
export { decideAction } from './ai/decide';
export { believedProblem, trueProblem, termsToPackage, packageToTerms } from './bargaining';
export { ENGINE_VERSION } from './version';
export type * from './types';

import { hashJson } from './hash';
import type { GameState } from './types';

/** The state's fingerprint: golden tests and replays compare these. */
export function stateHash(state: GameState): string {
  return hashJson(state);
}

/**
 * A cheap fingerprint of a state, for a replay's checkpoint after every action: where the game stands (round,
 * phase, turn, deadline), the RNG, and what happened last. Hashing the whole state after each of ~200 actions would
 * make verifying a replay take a tenth of a second; this tells where two games first part ways, and the full
 * stateHash at the end still pins every number.
 */
export function checkpointHash(state: GameState): string {
  const lastRound = state.log[state.log.length - 1] ?? [];
  return hashJson({
    rng: state.rng,
    round: state.round,
    phase: state.phase,
    actorIndex: state.actorIndex,
    deadline: state.deadline,
    entries: state.log.reduce((count, round) => count + round.length, 0),
    last: lastRound[lastRound.length - 1] ?? null,
    actionsUsed: state.actionsUsed,
  });
}
