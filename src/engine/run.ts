// Drives AI seats through the same reducer the screens use: the browser calls runAiTurns after a human acts, the
// simulator and the replay recorder play whole games with it.
import { decideAction } from './ai/decide';
import { applyAction } from './applyAction';
import type { CompiledScenario } from './compile';
import { createGame } from './createGame';
import type { GameOptions } from './createGame';
import { currentActor } from './flow';
import { GameRun } from './gameRun';
import type { Action, GameEvent, GameState } from './types';

/** A guard against a rule bug looping forever; no real game comes near it. */
const MAX_ACTIONS_PER_GAME = 100_000;

/** Lets the AI act while it is an AI's turn, the game is running and not paused. */
export function runAiTurns(
  compiled: CompiledScenario,
  start: GameState,
): { state: GameState; actions: Action[]; events: GameEvent[] } {
  let state = start;
  const actions: Action[] = [];
  const events: GameEvent[] = [];
  for (let step = 0; step < MAX_ACTIONS_PER_GAME; step++) {
    if (state.paused || state.phase === 'ended') break;
    const actor = currentActor(compiled, state);
    if (actor === null || state.seats[actor] !== 'ai') break;
    const action = decideAction(compiled, state, actor);
    const result = applyAction(compiled, state, action);
    state = result.state;
    actions.push(action);
    events.push(...result.events);
  }
  return { state, actions, events };
}

/** A whole game with every seat played by the AI. */
export function playAiGame(compiled: CompiledScenario, options: GameOptions): { state: GameState; actions: Action[] } {
  const seats = Object.fromEntries(compiled.partyIds.map((id) => [id, 'ai' as const]));
  const initial = createGame(compiled, { ...options, seats: { ...seats, ...options.seats } });
  const { state, actions } = runAiTurns(compiled, initial);
  return { state, actions };
}

/** Re-applies a list of actions from a new game: how replays are verified and stepped. */
export function replayActions(compiled: CompiledScenario, options: GameOptions, actions: readonly Action[]): GameState {
  const run = new GameRun(compiled, createGame(compiled, options));
  for (const action of actions) run.apply(action);
  return run.state;
}
