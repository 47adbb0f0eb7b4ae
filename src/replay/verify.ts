// Verification: replays the actions on a new game and compares every checkpoint, so the answer is either "match" or
// the first place the replay and the game part — a header that does not fit, an action the rules refuse (with the
// engine's own reason), or a state that is not the one recorded. Never throws: a bad file is an answer, not a crash.
import { checkpointHash, createGame, ENGINE_VERSION, GameRun, IllegalActionError, stateHash } from '../engine';
import type { CompiledScenario, GameState } from '../engine';
import { describeAction } from './describeAction';
import { REPLAY_FORMAT, REPLAY_VERSION } from './format';
import type { Replay } from './format';

export type VerifyResult =
  | { ok: true; state: GameState }
  /** `at`: the index of the first action that differs, or null when the header already does not fit. */
  | { ok: false; at: number | null; reason: string };

/** Why this replay cannot be played on this scenario and engine at all, or null if its header fits. */
export function headerMismatch(compiled: CompiledScenario, replay: Replay): string | null {
  if (replay.format !== REPLAY_FORMAT)
    return `this is not a Ceasefire Summit replay (format "${String(replay.format)}")`;
  if (replay.version !== REPLAY_VERSION)
    return `unknown replay version ${String(replay.version)}; this build reads version ${REPLAY_VERSION}`;
  if (replay.engineVersion !== ENGINE_VERSION)
    return `recorded with engine ${replay.engineVersion}, but this is engine ${ENGINE_VERSION}; the rules may differ`;
  const { id } = compiled.scenario;
  const { hash } = compiled;
  if (replay.scenario.id !== id)
    return `wrong scenario: the replay expects scenario "${replay.scenario.id}", found "${id}"`;
  if (replay.scenario.hash !== hash)
    return (
      `scenario "${id}" is not the one recorded: expected content hash ${replay.scenario.hash}, found ${hash} ` +
      '(the scenario file was changed since, or the replay was edited)'
    );
  return null;
}

export function verifyReplay(compiled: CompiledScenario, replay: Replay): VerifyResult {
  try {
    return verifyUnguarded(compiled, replay);
  } catch (error) {
    // A bug of ours, not the file's; still an answer in one line.
    return { ok: false, at: null, reason: `could not be verified: ${oneLine(error)}` };
  }
}

function verifyUnguarded(compiled: CompiledScenario, replay: Replay): VerifyResult {
  const header = headerMismatch(compiled, replay);
  if (header !== null) return { ok: false, at: null, reason: header };

  let run: GameRun;
  try {
    run = new GameRun(compiled, createGame(compiled, { seed: replay.seed, seats: replay.seats }));
  } catch (error) {
    return { ok: false, at: null, reason: `cannot start the game: ${oneLine(error)}` };
  }

  const { actions, checkpoints } = replay;
  for (let index = 0; index < actions.length; index++) {
    const action = actions[index];
    if (action === undefined) break;
    const what = `action ${index} (${describeAction(action)})`;
    try {
      run.apply(action);
    } catch (error) {
      if (error instanceof IllegalActionError)
        return { ok: false, at: index, reason: `${what} is illegal: ${error.reason}` };
      return { ok: false, at: index, reason: `${what} failed: ${oneLine(error)}` };
    }
    const expected = checkpoints[index];
    if (expected === undefined)
      return {
        ok: false,
        at: index,
        reason: `${what} has no checkpoint (${checkpoints.length} checkpoints for ${actions.length} actions)`,
      };
    const found = checkpointHash(run.state);
    if (found !== expected) {
      const hint = index === 0 ? ' — the game differs from its first action: check the seed and the seats' : '';
      return {
        ok: false,
        at: index,
        reason: `the state after ${what} differs from the recording: expected hash ${expected}, found ${found}${hint}`,
      };
    }
  }
  if (checkpoints.length > actions.length)
    return {
      ok: false,
      at: actions.length,
      reason: `the recording goes on after the last action: ${checkpoints.length} checkpoints for ${actions.length} actions`,
    };
  const state = run.state;
  const final = stateHash(state);
  if (final !== replay.finalStateHash)
    return {
      ok: false,
      at: actions.length,
      reason:
        `the final state differs from the recording after all ${actions.length} actions: ` +
        `expected hash ${replay.finalStateHash}, found ${final}`,
    };
  return { ok: true, state };
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s+/g, ' ').trim();
}
