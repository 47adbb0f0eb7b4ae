// Shared set-up for engine tests: scenarios compiled from files or from edited text, and a driver that plays a
// game with a scripted choice for whoever is to act.
import { readFileSync } from 'node:fs';
import { loadScenarioText, formatScenarioError } from '../../../src/scenario/loadScenario';
import { applyAction, compileScenario, currentActor, pendingDrafts } from '../../../src/engine/index';
import type { Action, CompiledScenario, GameState, PartyId } from '../../../src/engine/index';

export function compileText(text: string, file = 'test.yaml'): CompiledScenario {
  const result = loadScenarioText(text, file);
  if (!result.ok) throw new Error(result.errors.map(formatScenarioError).join('\n'));
  return compileScenario(result.scenario);
}

export function compileFile(file: string): CompiledScenario {
  return compileText(readFileSync(file, 'utf8'), file);
}

/** Who acts and with which action: a script returns an action, or null for the default (pass or reject). */
export type Script = (state: GameState, actor: PartyId) => Action | null;

export function defaultAction(compiled: CompiledScenario, state: GameState, actor: PartyId): Action {
  if (state.phase === 'answers') {
    const draft = pendingDrafts(compiled, state, actor)[0];
    if (draft) return { type: 'answerDraft', party: actor, draftId: draft.id, accept: false };
  }
  return { type: 'endPhase', party: actor };
}

/** Plays until the game ends or `until` says stop; every action goes through applyAction, so each is legal. */
export function drive(
  compiled: CompiledScenario,
  start: GameState,
  script: Script,
  until: (state: GameState) => boolean = () => false,
): { state: GameState; actions: Action[] } {
  let state = start;
  const actions: Action[] = [];
  for (let step = 0; step < 5000 && state.phase !== 'ended' && !until(state); step++) {
    const actor = currentActor(compiled, state);
    if (actor === null) break;
    const action = script(state, actor) ?? defaultAction(compiled, state, actor);
    state = applyAction(compiled, state, action).state;
    actions.push(action);
  }
  return { state, actions };
}

/** Deep-freezes a state so any mutation by the engine throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}
