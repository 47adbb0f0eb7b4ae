// Same scenario, seed and actions give the same game: twice in a row, after a JSON round trip mid-game, and (in the
// browser tests) in Chromium. Different seeds give different games.
import { describe, expect, it } from 'vitest';
import { applyAction, createGame, currentActor, decideAction, playAiGame, stateHash } from '../../../src/engine/index';
import type { GameState } from '../../../src/engine/index';
import { hashText } from '../../../src/engine/hash';
import { compileFile } from './gameHelpers';

const paris = compileFile('scenarios/paris-2026.yaml');

describe('the state hash', () => {
  it('is 64-bit FNV-1a, matching the published test vectors', () => {
    expect(hashText('')).toBe('cbf29ce484222325');
    expect(hashText('a')).toBe('af63dc4c8601ec8c');
    expect(hashText('foobar')).toBe('85944171f73967e8');
  });

  it('does not depend on the order keys were written in', () => {
    const a = createGame(paris, { seed: 'order' });
    const reordered = Object.fromEntries(Object.entries(a).reverse()) as unknown as GameState;
    expect(stateHash(reordered)).toBe(stateHash(a));
  });
});

describe('determinism', () => {
  it('plays the same all-AI game twice from the same seed', () => {
    expect(stateHash(playAiGame(paris, { seed: 'twice' }).state)).toBe(
      stateHash(playAiGame(paris, { seed: 'twice' }).state),
    );
  });

  it('continues identically after the state goes through JSON mid-game (as a save file would)', () => {
    const direct = playAiGame(paris, { seed: 'saved' });
    let state = createGame(paris, { seed: 'saved' });
    for (let step = 0; state.phase !== 'ended'; step++) {
      if (step === 60) state = JSON.parse(JSON.stringify(state)) as GameState;
      const actor = currentActor(paris, state);
      if (actor === null) break;
      state = applyAction(paris, state, decideAction(paris, state, actor)).state;
    }
    expect(stateHash(state)).toBe(stateHash(direct.state));
  });

  it('tells different stories from different seeds', () => {
    const hashes = new Set(['a', 'b', 'c', 'd', 'e'].map((seed) => stateHash(playAiGame(paris, { seed }).state)));
    expect(hashes.size).toBe(5);
  });

  it('treats the seed as text: "42" is one seed, whoever typed it', () => {
    expect(createGame(paris, { seed: '42' }).rng).toEqual(createGame(paris, { seed: '42' }).rng);
    expect(createGame(paris, { seed: '42' }).rng).not.toEqual(createGame(paris, { seed: '43' }).rng);
  });
});
