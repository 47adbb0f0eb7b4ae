// Recording: a replay grows with the game. A LiveReplay pairs the replay so far with the state it leads to, so a
// session (or a branch) can go on adding actions without replaying from the start.
import { checkpointHash, createGame, ENGINE_VERSION, GameRun, runAiTurns, stateHash } from '../engine';
import type { Action, CompiledScenario, GameOptions, GameState } from '../engine';
import { REPLAY_FORMAT, REPLAY_VERSION } from './format';
import type { Replay } from './format';

export interface LiveReplay {
  replay: Replay;
  /** The state after the replay's last action. */
  state: GameState;
}

/** A game as a session keeps it: the state createGame returned, then every action with the state it produced. */
export interface GameHistory {
  initial: GameState;
  steps: readonly { action: Action; state: GameState }[];
}

/** A new game, recorded from its first state. */
export function startReplay(compiled: CompiledScenario, options: GameOptions): LiveReplay {
  const state = createGame(compiled, options);
  return { replay: emptyReplay(compiled, state), state };
}

/** The replay with one more action; throws the engine's IllegalActionError (with its `.reason`) if it is illegal. */
export function appendAction(compiled: CompiledScenario, live: LiveReplay, action: Action): LiveReplay {
  return appendActions(compiled, live, [action]);
}

export function appendActions(compiled: CompiledScenario, live: LiveReplay, actions: readonly Action[]): LiveReplay {
  const run = new GameRun(compiled, live.state);
  const added: Action[] = [];
  const hashes: string[] = [];
  for (const action of actions) {
    run.apply(action);
    added.push(action);
    hashes.push(checkpointHash(run.state));
  }
  const state = run.state;
  const { replay } = live;
  return {
    replay: {
      ...replay,
      actions: [...replay.actions, ...added],
      checkpoints: [...replay.checkpoints, ...hashes],
      finalStateHash: added.length > 0 ? stateHash(state) : replay.finalStateHash,
    },
    state,
  };
}

/** Lets the AI seats play on (until a human's turn, a pause or the end), recording what they do. */
export function continueWithAi(compiled: CompiledScenario, live: LiveReplay): LiveReplay {
  const { actions } = runAiTurns(compiled, live.state);
  return appendActions(compiled, live, actions);
}

/** A whole game with every seat played by the AI, recorded. */
export function recordAiGame(compiled: CompiledScenario, seed: string): Replay {
  const seats = Object.fromEntries(compiled.partyIds.map((id) => [id, 'ai' as const]));
  return continueWithAi(compiled, startReplay(compiled, { seed, seats })).replay;
}

/** The replay of a game already played, from its history; nothing is re-run. */
export function recordReplay(compiled: CompiledScenario, history: GameHistory): Replay {
  const { initial, steps } = history;
  if (initial.scenarioHash !== compiled.hash)
    throw new Error(
      `this game was played on scenario ${initial.scenarioId} (hash ${initial.scenarioHash}), ` +
        `not on ${compiled.scenario.id} (hash ${compiled.hash})`,
    );
  const last = steps[steps.length - 1];
  return {
    ...emptyReplay(compiled, initial),
    actions: steps.map((step) => step.action),
    checkpoints: steps.map((step) => checkpointHash(step.state)),
    finalStateHash: stateHash(last ? last.state : initial),
  };
}

function emptyReplay(compiled: CompiledScenario, initial: GameState): Replay {
  return {
    format: REPLAY_FORMAT,
    version: REPLAY_VERSION,
    engineVersion: initial.engineVersion || ENGINE_VERSION,
    scenario: { id: compiled.scenario.id, hash: compiled.hash },
    seed: initial.seed,
    seats: { ...initial.seats },
    actions: [],
    checkpoints: [],
    finalStateHash: stateHash(initial),
  };
}
