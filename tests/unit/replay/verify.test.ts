// Verification as a user relies on it: a recorded game matches, and any change to it — an action taken out, another
// seed, another scenario, another engine, an action the rules refuse, a tampered hash — is found, named by the
// index of the first action that differs, and explained in one line.
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION, playAiGame, stateHash, whyIllegal } from '../../../src/engine/index';
import type { Action } from '../../../src/engine/index';
import { recordAiGame, stepTo, verifyReplay } from '../../../src/replay/index';
import type { Replay } from '../../../src/replay/index';
import { compileFile, TUTORIAL_FILE, withoutAction } from './fixtures';

const compiled = compileFile(TUTORIAL_FILE);
const replay = recordAiGame(compiled, 'verify-1');
const count = replay.actions.length;

function failure(result: ReturnType<typeof verifyReplay>) {
  if (result.ok) throw new Error('expected the replay not to verify');
  expect(result.reason).not.toMatch(/\n/);
  return result;
}

describe('verifyReplay', () => {
  it('says a freshly recorded game matches, and ends where the same all-AI game ends', () => {
    const result = verifyReplay(compiled, replay);
    expect(result.ok).toBe(true);
    const played = playAiGame(compiled, { seed: 'verify-1' });
    expect(replay.actions).toEqual(played.actions);
    expect(replay.finalStateHash).toBe(stateHash(played.state));
    expect(result.ok && result.state.outcome).not.toBeNull();
    expect(replay.checkpoints).toHaveLength(count);
  });

  it.each([0, 1, 7, Math.floor(count / 2), count - 2, count - 1])(
    'names index %i when that action is taken out (with or without its checkpoint)',
    (index) => {
      for (const dropCheckpoint of [false, true]) {
        const result = failure(verifyReplay(compiled, withoutAction(replay, index, dropCheckpoint)));
        expect(result.at).toBe(index);
      }
    },
  );

  it('finds another seed at the first action and says to check the seed', () => {
    const result = failure(verifyReplay(compiled, { ...replay, seed: 'verify-2' }));
    expect(result.at).toBe(0);
    expect(result.reason).toMatch(/seed/);
  });

  it('refuses a tampered scenario hash before playing, saying expected and found', () => {
    const result = failure(
      verifyReplay(compiled, { ...replay, scenario: { ...replay.scenario, hash: '0123456789abcdef' } }),
    );
    expect(result.at).toBeNull();
    expect(result.reason).toContain('expected content hash 0123456789abcdef');
    expect(result.reason).toContain(`found ${compiled.hash}`);
  });

  it('refuses another scenario, naming both', () => {
    const paris = compileFile('scenarios/paris-2026.yaml');
    const result = failure(verifyReplay(paris, replay));
    expect(result.at).toBeNull();
    expect(result.reason).toMatch(/"tutorial".*"paris-2026"/);
  });

  it('refuses a replay recorded by another engine version, naming both', () => {
    const result = failure(verifyReplay(compiled, { ...replay, engineVersion: '0.0.1' }));
    expect(result.at).toBeNull();
    expect(result.reason).toContain('0.0.1');
    expect(result.reason).toContain(ENGINE_VERSION);
  });

  it('refuses an unknown format or version even when built in memory', () => {
    expect(failure(verifyReplay(compiled, { ...replay, version: 2 } as unknown as Replay)).at).toBeNull();
    expect(failure(verifyReplay(compiled, { ...replay, format: 'chess' } as unknown as Replay)).at).toBeNull();
  });

  it("stops at an illegal action and gives the engine's own reason", () => {
    const index = replay.actions.findIndex((action) => action.type === 'tableDraft');
    const original = replay.actions[index] as Extract<Action, { type: 'tableDraft' }>;
    const other = compiled.partyIds.find((party) => party !== original.party) ?? '';
    const illegal: Action = { type: 'endPhase', party: other };
    const engineReason = whyIllegal(compiled, stepTo(compiled, replay, index), illegal);
    expect(engineReason).not.toBeNull();
    const result = failure(
      verifyReplay(compiled, { ...replay, actions: replay.actions.map((a, i) => (i === index ? illegal : a)) }),
    );
    expect(result.at).toBe(index);
    expect(result.reason).toContain(`action ${index}`);
    expect(result.reason).toContain(engineReason);
  });

  it('finds a legal but different action by its checkpoint', () => {
    const index = replay.actions.findIndex((action) => action.type === 'answerDraft');
    const answer = replay.actions[index] as Extract<Action, { type: 'answerDraft' }>;
    const changed: Action = { ...answer, reason: `${answer.reason ?? ''} (edited)` };
    const result = failure(
      verifyReplay(compiled, { ...replay, actions: replay.actions.map((a, i) => (i === index ? changed : a)) }),
    );
    expect(result.at).toBe(index);
    expect(result.reason).toMatch(/expected hash [0-9a-f]{16}, found [0-9a-f]{16}/);
  });

  it('finds a tampered checkpoint and a tampered final hash', () => {
    const checkpoints = replay.checkpoints.map((hash, i) => (i === 5 ? '0000000000000000' : hash));
    expect(failure(verifyReplay(compiled, { ...replay, checkpoints })).at).toBe(5);
    const final = failure(verifyReplay(compiled, { ...replay, finalStateHash: '0000000000000000' }));
    expect(final.at).toBe(count);
    expect(final.reason).toContain('final state');
  });

  it('answers instead of throwing for seats that name no party', () => {
    const result = failure(verifyReplay(compiled, { ...replay, seats: { ...replay.seats, atlantis: 'ai' } }));
    expect(result.at).toBeNull();
    expect(result.reason).toContain('atlantis');
  });
});
