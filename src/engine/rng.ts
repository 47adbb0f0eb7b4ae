// The game's only source of chance: seedrandom's alea generator, whose whole state lives inside the game state so
// that applying an action stays a pure function and a game replays bit for bit from its seed.
import alea from 'seedrandom/lib/alea';
import type { RngState } from './types';

export interface Rng {
  /** A number in [0, 1). */
  next(): number;
  /** The generator's state now, to store back into the game state. */
  save(): RngState;
}

export function seedRng(seed: string): RngState {
  // Seeds are always strings: seedrandom(42) and seedrandom('42') differ (toolchain.md).
  return { ...alea(String(seed), { state: true }).state() };
}

/**
 * Continues the generator from a saved state. This is seedrandom's alea step, written out so that restoring costs
 * nothing: an action that draws once would otherwise pay for building a seedrandom generator (and its seed hash)
 * every time. A unit test checks the two produce the same numbers.
 */
export function restoreRng(state: RngState): Rng {
  let { c, s0, s1, s2 } = state;
  return {
    next: () => {
      const t = 2091639 * s0 + c * 2.3283064365386963e-10; // 2^-32
      s0 = s1;
      s1 = s2;
      c = t | 0;
      s2 = t - c;
      return s2;
    },
    save: () => ({ c, s0, s1, s2 }),
  };
}

/** Picks an index with probability proportional to its weight; -1 if every weight is 0. */
export function pickWeighted(rng: Rng, weights: readonly number[]): number {
  const total = weights.reduce((sum, weight) => sum + Math.max(0, weight), 0);
  if (total <= 0) return -1;
  let roll = rng.next() * total;
  for (let i = 0; i < weights.length; i++) {
    roll -= Math.max(0, weights[i] ?? 0);
    if (roll < 0) return i;
  }
  return weights.length - 1;
}
