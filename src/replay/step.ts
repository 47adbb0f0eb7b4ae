// Stepping and branching: the state after any number of a replay's actions, and a new game that takes the first n
// actions and goes on differently — the counterfactual "what if we had not walked out in round 4?".
import { applyAction, checkpointHash, createGame, IllegalActionError, stateHash } from '../engine';
import type { Action, CompiledScenario, GameEvent, GameState, SeatKind } from '../engine';
import { describeAction } from './describeAction';
import type { Replay } from './format';
import type { LiveReplay } from './record';
import { headerMismatch } from './verify';

/** A replay that cannot be stepped: the header does not fit, n is out of range, or an action is illegal. */
export class ReplayError extends Error {
  /** The index of the action at fault, or null for the header or the range. */
  readonly at: number | null;
  constructor(message: string, at: number | null) {
    super(message);
    this.name = 'ReplayError';
    this.at = at;
  }
}

export interface ReplayStep {
  index: number;
  action: Action;
  events: GameEvent[];
  /** The state after this action. */
  state: GameState;
}

/** The new game, then each of the first `n` actions with what it did. Throws a ReplayError as stepTo does. */
export function walkReplay(
  compiled: CompiledScenario,
  replay: Replay,
  n: number = replay.actions.length,
  seats: Record<string, SeatKind> = replay.seats,
): { initial: GameState; steps: ReplayStep[] } {
  const header = headerMismatch(compiled, replay);
  if (header !== null) throw new ReplayError(header, null);
  if (!Number.isInteger(n) || n < 0 || n > replay.actions.length)
    throw new ReplayError(
      `step ${n} is out of range: the replay has ${replay.actions.length} actions (0 to ${replay.actions.length})`,
      null,
    );
  let state: GameState;
  try {
    state = createGame(compiled, { seed: replay.seed, seats });
  } catch (error) {
    throw new ReplayError(`cannot start the game: ${error instanceof Error ? error.message : String(error)}`, null);
  }
  const initial = state;
  const steps: ReplayStep[] = [];
  for (let index = 0; index < n; index++) {
    const action = replay.actions[index];
    if (action === undefined) break;
    try {
      const result = applyAction(compiled, state, action);
      state = result.state;
      steps.push({ index, action, events: result.events, state });
    } catch (error) {
      if (!(error instanceof IllegalActionError)) throw error;
      throw new ReplayError(`action ${index} (${describeAction(action)}) is illegal: ${error.reason}`, index);
    }
  }
  return { initial, steps };
}

/** The state after the first `n` actions (0: the new game). */
export function stepTo(compiled: CompiledScenario, replay: Replay, n: number): GameState {
  const { initial, steps } = walkReplay(compiled, replay, n);
  return steps.at(-1)?.state ?? initial;
}

/**
 * A new live replay holding the first `n` actions, to continue from — with other seats if given (the same game
 * played from the other side). Its checkpoints are recomputed, so the branch is a replay in its own right.
 */
export function branchAt(
  compiled: CompiledScenario,
  replay: Replay,
  n: number,
  options: { seats?: Record<string, SeatKind> } = {},
): LiveReplay {
  const seats = { ...replay.seats, ...options.seats };
  const { initial, steps } = walkReplay(compiled, replay, n, seats);
  const last = steps.at(-1);
  return {
    replay: {
      ...replay,
      seats,
      actions: steps.map((step) => step.action),
      checkpoints: steps.map((step) => checkpointHash(step.state)),
      finalStateHash: stateHash(last ? last.state : initial),
    },
    state: steps.at(-1)?.state ?? initial,
  };
}
