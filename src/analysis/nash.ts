// The Nash bargaining solution over the discrete package space: the acceptable package that maximises the product of
// the parties' gains over their reservation values. The convenor AI drafts toward it and the debrief measures the
// class's deal against it.
import { buildSearchSpace, walkPackages } from './packageSearch';
import type { BargainingProblem, Package } from './problem';

export interface NashPoint {
  package: Package;
  utilities: number[];
  /** Π_p (u_p − r_p), multiplied in party order. 0 when some party gains nothing (still a possible agreement). */
  product: number;
  /** Set when the package space was too large to search whole: the best package found within the walk's budget. */
  approximate?: true;
}

/** Π_p (utilities[p] − reservation[p]), in party order, so every caller gets the same floating-point value. */
export function nashProduct(utilities: ArrayLike<number>, reservation: ArrayLike<number>): number {
  let product = 1;
  for (let p = 0; p < utilities.length; p++) product *= utilities[p]! - reservation[p]!;
  return product;
}

/**
 * The acceptable package with the largest Nash product, or null if no package is acceptable (the zone of possible
 * agreement is empty). Ties go to the lexicographically smallest package: the walk is in lexicographic order and only
 * a strictly larger product replaces the best so far.
 */
export function nashPoint(problem: BargainingProblem, budget?: number): NashPoint | null {
  const space = buildSearchSpace(problem);
  const { partyCount, bestRemaining, reservation } = space;
  let best: NashPoint | null = null;
  let bestProduct = -Infinity;

  const complete = walkPackages(space, {
    acceptableOnly: true,
    ...(budget === undefined ? {} : { budget }),
    // Branch and bound: the product of each party's best reachable gain bounds every package below this prefix. A
    // subtree is skipped only when even its bound (given a relative margin for rounding, since the bound is summed in
    // a different order) falls short of the best so far; ties cannot win, so nothing is lost by skipping.
    skipSubtree: (depth, partial) => {
      if (best === null) return false;
      const remaining = bestRemaining[depth]!;
      let bound = 1;
      for (let p = 0; p < partyCount; p++) bound *= Math.max(0, partial[p]! + remaining[p]! - reservation[p]!);
      return bound * (1 + 1e-9) + 1e-12 < bestProduct;
    },
    visit: (pkg, utilities) => {
      const product = nashProduct(utilities, reservation);
      if (product > bestProduct) {
        bestProduct = product;
        best = { package: [...pkg], utilities: Array.from(utilities), product };
      }
    },
  });
  // Assigned inside the walk's callback, which TypeScript does not follow.
  const found = best as NashPoint | null;
  return found && !complete ? { ...found, approximate: true } : found;
}
