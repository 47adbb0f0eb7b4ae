// The engine's public API: everything outside src/engine imports from here.
export { applyAction } from './applyAction';
export { compileScenario } from './compile';
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
