// The one enumerator every analysis shares. It walks the package space issue by issue, depth first, in
// lexicographic order of packages, keeping one row of per-party running sums per depth. That is the odometer's
// incremental update (choosing option o at depth d costs one addition per party, and only the issues that changed
// are recomputed), but without subtracting the old option, so the sums never drift: a package's utilities here are
// bit-identical to packageUtilities(), and exact comparisons (reservations, ties) agree everywhere.
// Vetoed options are never picked, so a vetoed prefix prunes its whole subtree, and callers can prune more with
// bounds built from the per-suffix best remaining contributions.
import { assertWellFormedProblem } from './problemShape';
import type { BargainingProblem, Package } from './problem';
import { BOUND_SLACK, bestRemainingUtility, openOptions } from './utilities';

/** The problem laid out for fast enumeration: built once per analysis call, never stored. */
export interface SearchSpace {
  partyCount: number;
  issueCount: number;
  /** Per issue, the options no party vetoes, ascending: the only ones a walk visits. */
  openOptions: number[][];
  /** contributions[i][o * partyCount + p]: one option's effect on every party, contiguous. */
  contributions: Float64Array[];
  /** bestRemaining[d][p]: the most party p can still add from issues d.. onward (see bestRemainingUtility). */
  bestRemaining: Float64Array[];
  reservation: Float64Array;
}

export function buildSearchSpace(problem: BargainingProblem): SearchSpace {
  assertWellFormedProblem(problem);
  const partyCount = problem.parties.length;
  const contributions = problem.issues.map((issue, i) => {
    const flat = new Float64Array(issue.options.length * partyCount);
    for (let o = 0; o < issue.options.length; o++) {
      for (let p = 0; p < partyCount; p++) flat[o * partyCount + p] = problem.contribution[p]?.[i]?.[o] ?? 0;
    }
    return flat;
  });
  return {
    partyCount,
    issueCount: problem.issues.length,
    openOptions: openOptions(problem),
    contributions,
    bestRemaining: bestRemainingUtility(problem).map((row) => Float64Array.from(row)),
    reservation: Float64Array.from(problem.reservation),
  };
}

/**
 * How many prefixes and packages one walk may visit. A search within it is exact; a problem too large for it (a
 * scenario at the format's bounds with many parties and no vetoes can hold 5^16 packages) stops there with the best
 * found so far, and says so, rather than freezing the page. About a second on a school laptop.
 */
export const WALK_BUDGET = 4_000_000;

export interface PackageWalk {
  /** Visit only packages every party accepts; prefixes that cannot reach someone's reservation are pruned. */
  acceptableOnly: boolean;
  /**
   * Called before entering the subtree of packages that extend the current prefix (issues 0..depth-1 chosen, their
   * running sums in `partial`, depth < issueCount); return true to skip it. Bounds: partial[p] +
   * bestRemaining[depth][p]. Not called for single packages: `visit` sees those.
   */
  skipSubtree?: (depth: number, partial: Float64Array) => boolean;
  /**
   * Called once per package, in lexicographic order. `pkg` and `utilities` are reused buffers: copy what you keep.
   * Return true to stop the walk.
   */
  visit: (pkg: readonly number[], utilities: Float64Array) => boolean | void;
  /** Prefixes and packages the walk may visit before it stops (default WALK_BUDGET). */
  budget?: number;
}

/** Walks the packages; returns false when it stopped at its budget before the walk was complete. */
export function walkPackages(space: SearchSpace, walk: PackageWalk): boolean {
  const { partyCount, issueCount, openOptions: open, contributions, bestRemaining, reservation } = space;
  const sums = Array.from({ length: issueCount + 1 }, () => new Float64Array(partyCount));
  const pkg = new Array<number>(issueCount).fill(0);
  const { acceptableOnly, skipSubtree, visit } = walk;
  let stopped = false;
  let budget = walk.budget ?? WALK_BUDGET;
  let complete = true;

  const cannotReachReservations = (depth: number, partial: Float64Array): boolean => {
    const remaining = bestRemaining[depth]!;
    for (let p = 0; p < partyCount; p++) {
      if (partial[p]! + remaining[p]! < reservation[p]! - BOUND_SLACK) return true;
    }
    return false;
  };

  const meetsReservations = (utilities: Float64Array): boolean => {
    for (let p = 0; p < partyCount; p++) if (!(utilities[p]! >= reservation[p]!)) return false;
    return true;
  };

  const descend = (depth: number): void => {
    if (--budget < 0) {
      stopped = true;
      complete = false;
      return;
    }
    const partial = sums[depth]!;
    if (depth === issueCount) {
      if (acceptableOnly && !meetsReservations(partial)) return;
      if (visit(pkg, partial) === true) stopped = true;
      return;
    }
    if (acceptableOnly && cannotReachReservations(depth, partial)) return;
    if (skipSubtree?.(depth, partial)) return;
    const next = sums[depth + 1]!;
    const contribution = contributions[depth]!;
    for (const option of open[depth]!) {
      pkg[depth] = option;
      const base = option * partyCount;
      for (let p = 0; p < partyCount; p++) next[p] = partial[p]! + contribution[base + p]!;
      descend(depth + 1);
      if (stopped) return;
    }
  };

  descend(0);
  return complete;
}

/** A package with its utilities, copied out of the walk's buffers. */
export interface ScoredPackage {
  package: Package;
  utilities: number[];
}

export function scored(pkg: readonly number[], utilities: Float64Array): ScoredPackage {
  return { package: [...pkg], utilities: Array.from(utilities) };
}
