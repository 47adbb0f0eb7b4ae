// Stepping and branching: the state after n actions is exactly the game replayed n actions, and a branch is a game
// of its own — it verifies, and the AI (or a new human seat) can play it on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createGame,
  currentActor,
  IllegalActionError,
  legalActions,
  replayActions,
  stateHash,
  checkpointHash,
} from '../../../src/engine/index';
import type { Action, GameState } from '../../../src/engine/index';
import {
  appendAction,
  branchAt,
  continueWithAi,
  recordAiGame,
  recordReplay,
  ReplayError,
  startReplay,
  stepTo,
  verifyReplay,
} from '../../../src/replay/index';
import { compileFile, TUTORIAL_FILE } from './fixtures';

const compiled = compileFile(TUTORIAL_FILE);
const replay = recordAiGame(compiled, 'step-1');
const count = replay.actions.length;
const options = { seed: replay.seed, seats: replay.seats };

describe('stepTo', () => {
  it('equals replaying the first n actions, and its fingerprint is the checkpoint of action n-1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: count }), (n) => {
        const state = stepTo(compiled, replay, n);
        expect(state).toEqual(replayActions(compiled, options, replay.actions.slice(0, n)));
        if (n > 0) expect(checkpointHash(state)).toBe(replay.checkpoints[n - 1]);
      }),
      { numRuns: 25 },
    );
    expect(stateHash(stepTo(compiled, replay, count))).toBe(replay.finalStateHash);
  });

  it('refuses a step out of range or a replay with an illegal action, in words', () => {
    expect(() => stepTo(compiled, replay, count + 1)).toThrow(ReplayError);
    expect(() => stepTo(compiled, replay, -1)).toThrow(/out of range/);
    const index = replay.actions.findIndex((action) => action.type === 'tableDraft');
    const drafter = (replay.actions[index] as Extract<Action, { type: 'tableDraft' }>).party;
    const wrongTurn: Action = { type: 'endPhase', party: compiled.partyIds.find((id) => id !== drafter) ?? '' };
    const broken = { ...replay, actions: replay.actions.map((action, i) => (i === index ? wrongTurn : action)) };
    const thrown = catchError(() => stepTo(compiled, broken, count));
    expect(thrown).toBeInstanceOf(ReplayError);
    expect((thrown as ReplayError).at).toBe(index);
    expect((thrown as ReplayError).message).toMatch(
      new RegExp(`^action ${index} \\(endPhase by \\w+\\) is illegal: it is \\w+'s turn$`),
    );
    expect(stepTo(compiled, broken, index)).toEqual(stepTo(compiled, replay, index));
  });

  it('refuses to step a replay on another scenario', () => {
    expect(() => stepTo(compiled, { ...replay, scenario: { id: 'tutorial', hash: '0000000000000000' } }, 1)).toThrow(
      /expected content hash/,
    );
  });
});

describe('branchAt', () => {
  it.each([0, 10, Math.floor(count / 2), count - 1])(
    'keeps actions 0..n-1 (n = %i) and, played on by the AI, gives a game that verifies',
    (n) => {
      const branch = branchAt(compiled, replay, n);
      expect(branch.replay.actions).toEqual(replay.actions.slice(0, n));
      expect(branch.replay.checkpoints).toEqual(replay.checkpoints.slice(0, n));
      expect(verifyReplay(compiled, branch.replay).ok).toBe(true);
      expect(branch.state).toEqual(stepTo(compiled, replay, n));

      const finished = continueWithAi(compiled, branch);
      expect(finished.state.phase).toBe('ended');
      const verified = verifyReplay(compiled, finished.replay);
      expect(verified.ok).toBe(true);
      expect(verified.ok && stateHash(verified.state)).toBe(stateHash(finished.state));
      // The AI is deterministic: playing on from an unchanged branch gives back the original game.
      expect(finished.replay).toEqual(replay);
    },
  );

  it('can go on differently: another legal action at n, then the AI, still verifies', () => {
    const n = replay.actions.findIndex((action) => action.type === 'tableDraft');
    const branch = branchAt(compiled, replay, n);
    const actor = currentActor(compiled, branch.state) ?? '';
    const original = replay.actions[n];
    const alternative = legalActions(compiled, branch.state, actor).find(
      (option) => option.allowed && JSON.stringify(option.action) !== JSON.stringify(original),
    );
    expect(alternative).toBeDefined();
    const changed = continueWithAi(compiled, appendAction(compiled, branch, alternative?.action as Action));
    expect(changed.replay.actions[n]).toEqual(alternative?.action);
    expect(changed.state.phase).toBe('ended');
    expect(verifyReplay(compiled, changed.replay).ok).toBe(true);
  });

  it('can hand a seat to a human: the AI then stops at that seat', () => {
    const branch = branchAt(compiled, replay, 0, { seats: { norvale: 'human' } });
    expect(branch.replay.seats.norvale).toBe('human');
    const played = continueWithAi(compiled, branch);
    expect(played.state.phase).not.toBe('ended');
    expect(currentActor(compiled, played.state)).toBe('norvale');
    expect(verifyReplay(compiled, played.replay).ok).toBe(true);
  });
});

describe('recording', () => {
  it('refuses an illegal action with the engine reason and leaves the replay as it was', () => {
    const live = startReplay(compiled, { seed: 'rec-1' });
    const before = structuredClone(live);
    const thrown = catchError(() => appendAction(compiled, live, { type: 'endPhase', party: 'nobody' }));
    expect(thrown).toBeInstanceOf(IllegalActionError);
    expect((thrown as IllegalActionError).reason).toBe('there is no party "nobody"');
    expect(live).toEqual(before);
  });

  it('recordReplay of a session history equals the replay recorded live', () => {
    const initial = createGame(compiled, options);
    const steps: { action: Action; state: GameState }[] = [];
    let state = initial;
    replay.actions.forEach((action, index) => {
      state = stepTo(compiled, { ...replay, actions: replay.actions.slice(0, index + 1) }, index + 1);
      steps.push({ action, state });
    });
    expect(recordReplay(compiled, { initial, steps })).toEqual(replay);
    expect(recordReplay(compiled, { initial, steps: [] }).finalStateHash).toBe(stateHash(initial));
  });
});

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return null;
}
