// The Kalai–Smorodinsky solution over the discrete package space: the acceptable package that maximises the smallest
// share any party gets of the way from its reservation value to its ideal, min_p (u_p − r_p) / (ideal_p − r_p).
// Where Nash rewards total gains, Kalai rewards proportional fairness: each side gets the same fraction of what it
// could hope for.
//
// Which ideal. Two readings are offered, and the default is the textbook one:
// - 'acceptable' (default): ideal_p is p's best utility among the acceptable packages (no veto, everyone at or above
//   reservation). This is Kalai and Smorodinsky's own definition — the ideal point of the individually rational part
//   of the feasible set — and it is what makes the solution depend only on deals that could actually be signed: a
//   party does not get a larger yardstick because of a package that someone else would refuse.
// - 'unvetoed': ideal_p is p's best utility over every package no party vetoes, ignoring reservations. It is the
//   best p could get if the others only enforced their red lines; cheaper (it needs no search, because vetoes are per
//   option: it is the sum over issues of p's best open option) and stable as reservations move during a game.
// Both ideals are maxima over supersets of the acceptable set, so every ratio is at most 1. A party whose ideal equals
// its reservation gains nothing in any acceptable package; its ratio is taken as 1 (it reaches its ideal), so it
// never decides the minimum. With no such constraint at all (no parties) every acceptable package scores 1.
import { buildSearchSpace, type SearchSpace, walkPackages } from './packageSearch';
import type { BargainingProblem, Package } from './problem';
import { BOUND_SLACK } from './utilities';

export type KalaiIdeal = 'acceptable' | 'unvetoed';

export interface KalaiPoint {
  package: Package;
  utilities: number[];
  /** min_p (u_p − r_p) / (ideal_p − r_p), in [0, 1]. */
  value: number;
  /** The ideal point the ratios were measured against. */
  ideal: number[];
}

/**
 * Each party's ideal utility under the chosen reading (see the file comment), or null if there is no package to take
 * it over (no acceptable package for 'acceptable', some issue with every option vetoed for 'unvetoed').
 */
export function idealPoint(problem: BargainingProblem, ideal: KalaiIdeal = 'acceptable'): number[] | null {
  const space = buildSearchSpace(problem);
  return ideal === 'acceptable' ? bestAcceptableUtilities(space) : bestUnvetoedUtilities(space);
}

/** The Kalai score of one package's utilities: see the file comment for the conventions. */
export function kalaiValue(
  utilities: ArrayLike<number>,
  reservation: ArrayLike<number>,
  ideal: ArrayLike<number>,
): number {
  let value = 1;
  for (let p = 0; p < utilities.length; p++) {
    const range = ideal[p]! - reservation[p]!;
    if (range > 0) value = Math.min(value, (utilities[p]! - reservation[p]!) / range);
  }
  return value;
}

/**
 * The acceptable package with the largest Kalai value, or null if no package is acceptable. Ties go to the
 * lexicographically smallest package.
 */
export function kalaiPoint(problem: BargainingProblem, options: { ideal?: KalaiIdeal } = {}): KalaiPoint | null {
  const space = buildSearchSpace(problem);
  const ideal = options.ideal === 'unvetoed' ? bestUnvetoedUtilities(space) : bestAcceptableUtilities(space);
  if (ideal === null) return null;
  const { partyCount, bestRemaining, reservation } = space;
  let best: KalaiPoint | null = null;
  let bestValue = -Infinity;

  walkPackages(space, {
    acceptableOnly: true,
    // Branch and bound, as for Nash: the smallest ratio of each party's best reachable gain bounds the subtree.
    skipSubtree: (depth, partial) => {
      if (best === null) return false;
      const remaining = bestRemaining[depth]!;
      let bound = 1;
      for (let p = 0; p < partyCount; p++) {
        const range = ideal[p]! - reservation[p]!;
        if (range > 0) bound = Math.min(bound, (partial[p]! + remaining[p]! - reservation[p]!) / range);
      }
      return bound * (1 + 1e-9) + 1e-12 < bestValue;
    },
    visit: (pkg, utilities) => {
      const value = kalaiValue(utilities, reservation, ideal);
      if (value > bestValue) {
        bestValue = value;
        best = { package: [...pkg], utilities: Array.from(utilities), value, ideal: [...ideal] };
      }
    },
  });
  return best;
}

/** Each party's best utility over the acceptable packages (one walk, skipping subtrees that cannot raise any). */
function bestAcceptableUtilities(space: SearchSpace): number[] | null {
  const { partyCount, bestRemaining } = space;
  const best = new Array<number>(partyCount).fill(-Infinity);
  let found = false;
  walkPackages(space, {
    acceptableOnly: true,
    skipSubtree: (depth, partial) => {
      if (!found) return false;
      const remaining = bestRemaining[depth]!;
      for (let p = 0; p < partyCount; p++) {
        if (partial[p]! + remaining[p]! + BOUND_SLACK > best[p]!) return false;
      }
      return true;
    },
    visit: (_pkg, utilities) => {
      found = true;
      for (let p = 0; p < partyCount; p++) best[p] = Math.max(best[p]!, utilities[p]!);
    },
  });
  return found ? best : null;
}

/**
 * Each party's best utility over the packages nobody vetoes: its best open option on every issue, summed in issue
 * order from 0 — exactly how that best package's utility is summed, so the value is bit-identical to it.
 */
function bestUnvetoedUtilities(space: SearchSpace): number[] | null {
  const { partyCount, openOptions, contributions } = space;
  if (openOptions.some((options) => options.length === 0)) return null;
  const best = new Array<number>(partyCount).fill(0);
  openOptions.forEach((options, i) => {
    const contribution = contributions[i]!;
    for (let p = 0; p < partyCount; p++) {
      best[p] = best[p]! + Math.max(...options.map((o) => contribution[o * partyCount + p]!));
    }
  });
  return best;
}
