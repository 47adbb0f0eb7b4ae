// The Pareto frontier of the zone of agreement: the acceptable packages that no other acceptable package dominates
// (at least as good for every party, strictly better for one). Packages with identical utilities do not dominate
// each other, so all of them are on the frontier when one is.
//
// Algorithm: build the frontier issue by issue instead of filtering all packages at the end. Utility is a sum over
// issues, so if a package's choices on the first k issues are dominated (as a partial sum) by other open choices on
// those issues, swapping them in gives a package that dominates it, has no veto (only open options are used) and is
// still acceptable (every utility went up or stayed). Hence every frontier package extends a non-dominated prefix,
// and it is enough to extend the skyline of level k by the open options of issue k+1 and take the skyline again,
// dropping prefixes that cannot reach someone's reservation. At the last level, the skyline of the acceptable
// candidates is the frontier: any acceptable package off it is dominated by a frontier package, which is a
// candidate. On the flagship size this compares a few thousand candidates per level instead of 160,000 packages.
//
// One floating-point catch: "swapping in a better prefix gives a strictly better package" can fail in the last bit.
// Prefix sums 0 and 5e-324 differ, but adding 2e-7 to each gives the same double, so both packages have equal
// utilities and both belong on the frontier. Intermediate levels therefore drop a prefix only when its dominator is
// ahead by more than a small margin (prefixMargin) somewhere, a gap that the few remaining roundings cannot close; the last level
// uses the exact definition.
import { buildSearchSpace, type ScoredPackage, type SearchSpace, walkPackages } from './packageSearch';
import type { BargainingProblem, Package } from './problem';
import { dominates, skylineIndexes } from './skyline';
import { BOUND_SLACK, isAcceptable, packageUtilities } from './utilities';

export interface ParetoFrontier {
  /** How many acceptable packages are on the frontier. */
  count: number;
  /** The first `limit` of them, in lexicographic package order. */
  packages: ScoredPackage[];
}

/** The Pareto frontier of the acceptable packages; `limit` caps the list returned (default: all). */
export function paretoFrontier(problem: BargainingProblem, options: { limit?: number } = {}): ParetoFrontier {
  const frontier = frontierOfAcceptable(problem);
  const limit = Math.max(0, options.limit ?? Infinity);
  const packages: ScoredPackage[] = [];
  for (let f = 0; f < frontier.count && packages.length < limit; f++) {
    packages.push({ package: frontier.packages[f]!, utilities: frontier.utilitiesAt(f) });
  }
  return { count: frontier.count, packages };
}

/** Whether `pkg` is acceptable and no acceptable package dominates it. */
export function isParetoOptimal(problem: BargainingProblem, pkg: Package): boolean {
  if (!isAcceptable(problem, pkg)) return false;
  const target = packageUtilities(problem, pkg);
  const space = buildSearchSpace(problem);
  const { partyCount, bestRemaining } = space;
  let dominated = false;
  walkPackages(space, {
    acceptableOnly: true,
    // A subtree in which some party cannot get back up to its utility in `pkg` holds no dominator.
    skipSubtree: (depth, partial) => {
      const remaining = bestRemaining[depth]!;
      for (let p = 0; p < partyCount; p++) {
        if (partial[p]! + remaining[p]! < target[p]! - BOUND_SLACK) return true;
      }
      return false;
    },
    visit: (_pkg, utilities) => {
      dominated = dominates(utilities, 0, target, 0, partyCount);
      return dominated;
    },
  });
  return !dominated;
}

/** The frontier with flat utilities, in lexicographic package order (distance.ts reads every point of it). */
export interface FlatFrontier {
  count: number;
  partyCount: number;
  packages: Package[];
  /** utilities[f * partyCount + p]. */
  utilities: Float64Array;
  utilitiesAt(f: number): number[];
}

/** One level of the construction: the surviving prefixes over issues 0..k, each as (parent prefix, option). */
interface Level {
  count: number;
  parent: Int32Array;
  option: Int32Array;
  /** Partial utilities, summed in issue order from 0 as packageUtilities does, so they are bit-identical. */
  utilities: Float64Array;
}

export function frontierOfAcceptable(problem: BargainingProblem): FlatFrontier {
  const space = buildSearchSpace(problem);
  const { partyCount, issueCount, openOptions, contributions, bestRemaining, reservation } = space;
  const margin = prefixMargin(space);
  const levels: Level[] = [];
  let current: Level = {
    count: 1,
    parent: Int32Array.of(-1),
    option: Int32Array.of(-1),
    utilities: new Float64Array(partyCount),
  };
  // With no issue, the one empty package still has to meet the reservations.
  if (issueCount === 0) current = keepAcceptable(current, reservation);

  for (let i = 0; i < issueCount; i++) {
    const options = openOptions[i]!;
    const contribution = contributions[i]!;
    const last = i === issueCount - 1;
    const remaining = bestRemaining[i + 1]!;
    const parent: number[] = [];
    const option: number[] = [];
    const utilities: number[] = [];
    const sums = new Float64Array(partyCount);
    for (let k = 0; k < current.count; k++) {
      for (const o of options) {
        let viable = true;
        for (let p = 0; p < partyCount; p++) {
          const sum = current.utilities[k * partyCount + p]! + contribution[o * partyCount + p]!;
          sums[p] = sum;
          // Last issue: the exact reservation test; before it, the bound with slack (see BOUND_SLACK).
          if (last ? !(sum >= reservation[p]!) : sum + remaining[p]! < reservation[p]! - BOUND_SLACK) viable = false;
        }
        if (!viable) continue;
        parent.push(k);
        option.push(o);
        for (let p = 0; p < partyCount; p++) utilities.push(sums[p]!);
      }
    }
    levels.push(current);
    const candidates = Float64Array.from(utilities);
    const kept = skylineIndexes(candidates, parent.length, partyCount, last ? 0 : margin);
    current = {
      count: kept.length,
      parent: Int32Array.from(kept, (k) => parent[k]!),
      option: Int32Array.from(kept, (k) => option[k]!),
      utilities: gather(candidates, kept, partyCount),
    };
  }

  // Read each package back through its chain of parents, then order the frontier lexicographically.
  const packages: Package[] = [];
  for (let k = 0; k < current.count; k++) {
    const pkg = new Array<number>(issueCount);
    let index = k;
    let level = current;
    for (let i = issueCount - 1; i >= 0; i--) {
      pkg[i] = level.option[index]!;
      index = level.parent[index]!;
      level = levels[i]!;
    }
    packages.push(pkg);
  }
  const order = packages.map((_pkg, k) => k).sort((a, b) => compareLexicographically(packages[a]!, packages[b]!));
  const utilities = gather(current.utilities, order, partyCount);
  return {
    count: current.count,
    partyCount,
    packages: order.map((k) => packages[k]!),
    utilities,
    utilitiesAt: (f) => Array.from(utilities.subarray(f * partyCount, (f + 1) * partyCount)),
  };
}

/**
 * The margin: each remaining addition can shrink a gap between two sums by at most one unit in the last place of
 * the largest magnitude involved (about 2.2e-16 of it), so 1e-9 of that magnitude outlasts any realistic number of
 * issues. The magnitude bound is the largest sum of absolute contributions any party can collect.
 */
function prefixMargin(space: SearchSpace): number {
  let magnitude = 1;
  for (let p = 0; p < space.partyCount; p++) {
    let sum = 0;
    space.contributions.forEach((contribution) => {
      let largest = 0;
      for (let k = p; k < contribution.length; k += space.partyCount) {
        largest = Math.max(largest, Math.abs(contribution[k]!));
      }
      sum += largest;
    });
    magnitude = Math.max(magnitude, sum);
  }
  return 1e-9 * magnitude;
}

function keepAcceptable(level: Level, reservation: Float64Array): Level {
  const acceptable = Array.from(reservation).every((r, p) => level.utilities[p]! >= r);
  return acceptable ? level : { ...level, count: 0 };
}

function gather(points: Float64Array, indexes: number[], dimension: number): Float64Array {
  const out = new Float64Array(indexes.length * dimension);
  indexes.forEach((k, position) => out.set(points.subarray(k * dimension, (k + 1) * dimension), position * dimension));
  return out;
}

function compareLexicographically(a: Package, b: Package): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
