// The zone of possible agreement: every package that each required signatory would sign now (no red line crossed,
// each at or above its reservation value). It opens and closes as reservations move during a game; the UI draws it.
import { type ScoredPackage, buildSearchSpace, scored, walkPackages } from './packageSearch';
import type { BargainingProblem } from './problem';

export interface ZoneOfAgreement {
  /** How many packages are acceptable. */
  count: number;
  /** The first `limit` of them, in lexicographic package order. */
  packages: ScoredPackage[];
}

/** Every acceptable package: the count, and the first `limit` of them (default: all). */
export function zoneOfAgreement(problem: BargainingProblem, options: { limit?: number } = {}): ZoneOfAgreement {
  const limit = Math.max(0, options.limit ?? Infinity);
  const packages: ScoredPackage[] = [];
  let count = 0;
  walkPackages(buildSearchSpace(problem), {
    acceptableOnly: true,
    visit: (pkg, utilities) => {
      count++;
      if (packages.length < limit) packages.push(scored(pkg, utilities));
    },
  });
  return { count, packages };
}
