// Brute-force references for the property tests: every package enumerated naïvely (no pruning, no incremental sums,
// no skyline), each solution concept written straight from its definition. Slow and obviously right, so the fast
// algorithms in src/analysis can be checked against them. Deliberately imports nothing from src/analysis.
import type { BargainingProblem, Package } from '../../../src/analysis/problem';

/** Every package, vetoed or not, in lexicographic order (an odometer over the option counts). */
export function everyPackage(problem: BargainingProblem): Package[] {
  const counts = problem.issues.map((issue) => issue.options.length);
  if (counts.some((count) => count === 0)) return [];
  const packages: Package[] = [];
  const current = counts.map(() => 0);
  for (;;) {
    packages.push([...current]);
    let i = counts.length - 1;
    while (i >= 0 && current[i] === counts[i]! - 1) {
      current[i] = 0;
      i--;
    }
    if (i < 0) return packages;
    current[i]!++;
  }
}

export function naiveUtilities(problem: BargainingProblem, pkg: Package): number[] {
  return problem.parties.map((_party, p) => {
    let utility = 0;
    for (let i = 0; i < pkg.length; i++) utility += problem.contribution[p]![i]![pkg[i]!]!;
    return utility;
  });
}

export function naiveVetoed(problem: BargainingProblem, pkg: Package): boolean {
  return problem.parties.some((_party, p) => pkg.some((option, i) => problem.vetoed[p]![i]![option]));
}

export function naiveAcceptable(problem: BargainingProblem, pkg: Package): boolean {
  if (naiveVetoed(problem, pkg)) return false;
  const utilities = naiveUtilities(problem, pkg);
  return utilities.every((utility, p) => utility >= problem.reservation[p]!);
}

export function referenceZone(problem: BargainingProblem): Package[] {
  return everyPackage(problem).filter((pkg) => naiveAcceptable(problem, pkg));
}

/** First (lexicographically smallest) acceptable package with the largest Π (u − r). */
export function referenceNash(problem: BargainingProblem): { package: Package; product: number } | null {
  let best: { package: Package; product: number } | null = null;
  for (const pkg of referenceZone(problem)) {
    const utilities = naiveUtilities(problem, pkg);
    let product = 1;
    utilities.forEach((utility, p) => (product *= utility - problem.reservation[p]!));
    if (best === null || product > best.product) best = { package: pkg, product };
  }
  return best;
}

/** Each party's best utility over the acceptable packages, or over the packages nobody vetoes. */
export function referenceIdeal(problem: BargainingProblem, over: 'acceptable' | 'unvetoed'): number[] | null {
  const pool =
    over === 'acceptable' ? referenceZone(problem) : everyPackage(problem).filter((pkg) => !naiveVetoed(problem, pkg));
  if (pool.length === 0) return null;
  const all = pool.map((pkg) => naiveUtilities(problem, pkg));
  return problem.parties.map((_party, p) => Math.max(...all.map((utilities) => utilities[p]!)));
}

/** First acceptable package with the largest min over parties of (u − r) / (ideal − r); parties with no range: 1. */
export function referenceKalai(
  problem: BargainingProblem,
  over: 'acceptable' | 'unvetoed',
): { package: Package; value: number; ideal: number[] } | null {
  const zone = referenceZone(problem);
  const ideal = referenceIdeal(problem, over);
  if (zone.length === 0 || ideal === null) return null;
  let best: { package: Package; value: number; ideal: number[] } | null = null;
  for (const pkg of zone) {
    const utilities = naiveUtilities(problem, pkg);
    const ratios = utilities.flatMap((utility, p) => {
      const range = ideal[p]! - problem.reservation[p]!;
      return range > 0 ? [(utility - problem.reservation[p]!) / range] : [];
    });
    const value = Math.min(1, ...ratios);
    if (best === null || value > best.value) best = { package: pkg, value, ideal };
  }
  return best;
}

/** Acceptable packages that no acceptable package dominates, by comparing every pair. */
export function referenceFrontier(problem: BargainingProblem): Package[] {
  const zone = referenceZone(problem).map((pkg) => ({ pkg, utilities: naiveUtilities(problem, pkg) }));
  const dominates = (a: number[], b: number[]) => a.every((x, p) => x >= b[p]!) && a.some((x, p) => x > b[p]!);
  return zone
    .filter(({ utilities }) => !zone.some((other) => dominates(other.utilities, utilities)))
    .map(({ pkg }) => pkg);
}

export function euclideanDistance(a: number[], b: number[]): number {
  return Math.sqrt(a.reduce((sum, x, p) => sum + (x - b[p]!) ** 2, 0));
}
