// Distances in utility space, for the debrief: how far the class's deal is from a reference deal (the Nash point, say)
// and from the Pareto frontier — how much every party together left on the table. Plain Euclidean distance between
// utility vectors; utilities are already normalised to [0, 1] per party, so no party's axis dominates by scale.
import { frontierOfAcceptable } from './pareto';
import type { BargainingProblem, Package } from './problem';
import { packageUtilities } from './utilities';

/** Euclidean distance between the utility vectors of `pkg` and `target`. */
export function distanceToPoint(problem: BargainingProblem, pkg: Package, target: Package): number {
  return euclidean(packageUtilities(problem, pkg), packageUtilities(problem, target));
}

/**
 * The smallest distance from `pkg`'s utility vector to that of any package on the Pareto frontier of the acceptable
 * packages: 0 for a frontier package (or one with the same utilities as a frontier package). `pkg` itself need not
 * be acceptable. Null when the frontier is empty (no acceptable package), since there is nothing to measure against.
 */
export function distanceToFrontier(problem: BargainingProblem, pkg: Package): number | null {
  const here = packageUtilities(problem, pkg);
  const frontier = frontierOfAcceptable(problem);
  if (frontier.count === 0) return null;
  const { partyCount, utilities } = frontier;
  let smallestSquared = Infinity;
  for (let f = 0; f < frontier.count; f++) {
    let squared = 0;
    for (let p = 0; p < partyCount; p++) {
      const difference = utilities[f * partyCount + p]! - here[p]!;
      squared += difference * difference;
    }
    smallestSquared = Math.min(smallestSquared, squared);
  }
  return Math.sqrt(smallestSquared);
}

function euclidean(a: number[], b: number[]): number {
  let squared = 0;
  a.forEach((value, p) => {
    const difference = value - b[p]!;
    squared += difference * difference;
  });
  return Math.sqrt(squared);
}
