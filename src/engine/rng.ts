// The game's only source of chance: seedrandom's alea generator, whose whole state lives inside the game state so
// that applying an action stays a pure function and a game replays bit for bit from its seed.
import seedrandom from 'seedrandom';
import type { RngState } from './types';

export interface Rng {
  /** A number in [0, 1). */
  next(): number;
  /** The generator's state now, to store back into the game state. */
  save(): RngState;
}

export function seedRng(seed: string): RngState {
  // Seeds are always strings: seedrandom(42) and seedrandom('42') differ (toolchain.md).
  return { ...seedrandom.alea(String(seed), { state: true }).state() };
}

export function restoreRng(state: RngState): Rng {
  const generator = seedrandom.alea('', { state: { ...state } });
  return {
    next: () => generator(),
    save: () => ({ ...generator.state() }),
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
