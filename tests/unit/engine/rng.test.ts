// The game's generator is seedrandom's alea: seeded by seedrandom, continued by our own copy of its step. They must
// never drift apart, or saved games would stop replaying.
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { pickWeighted, restoreRng, seedRng } from '../../../src/engine/rng';

describe('the game RNG', () => {
  it('draws exactly what seedrandom.alea draws, across saves and restores', () => {
    for (const seed of ['demo', '42', 'Ceasefire Summit', '']) {
      const reference = seedrandom.alea(seed, { state: true });
      let state = seedRng(seed);
      for (let block = 0; block < 20; block++) {
        const rng = restoreRng(state);
        for (let i = 0; i < 7; i++) expect(rng.next()).toBe(reference());
        state = rng.save();
        expect(state).toEqual(reference.state());
      }
    }
  });

  it('picks by weight, never a zero weight', () => {
    const rng = restoreRng(seedRng('weights'));
    const counts = [0, 0, 0];
    for (let i = 0; i < 3000; i++) counts[pickWeighted(rng, [1, 0, 3])]! += 1;
    expect(counts[1]).toBe(0);
    expect(counts[2]! / counts[0]!).toBeGreaterThan(2.5);
    expect(pickWeighted(rng, [0, 0])).toBe(-1);
  });
});
