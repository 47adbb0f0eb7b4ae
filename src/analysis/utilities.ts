// What a package is worth to each party and whether every required signatory could sign it: the two questions every
// other analysis asks. Also the per-issue facts the searches prune with (which options nobody vetoes, and the most
// each party can still gain from the remaining issues).
import type { BargainingProblem, Package } from './problem';

/** Throws a RangeError naming the first thing wrong with `pkg` (length, or an option that does not exist). */
export function assertValidPackage(problem: BargainingProblem, pkg: Package): void {
  if (pkg.length !== problem.issues.length) {
    throw new RangeError(`package has ${pkg.length} choices but the problem has ${problem.issues.length} issues`);
  }
  problem.issues.forEach((issue, i) => {
    const option = pkg[i];
    if (option === undefined || !Number.isInteger(option) || option < 0 || option >= issue.options.length) {
      throw new RangeError(
        `package[${i}] = ${String(option)} is not an option of issue "${issue.id}" (0..${issue.options.length - 1})`,
      );
    }
  });
}

/**
 * Each party's utility of `pkg`, in the order of `problem.parties`. The sum runs over the issues in order, starting
 * from 0: every search in this folder accumulates in the same order, so they produce bit-identical utilities and
 * therefore agree exactly on reservation checks and ties.
 */
export function packageUtilities(problem: BargainingProblem, pkg: Package): number[] {
  assertValidPackage(problem, pkg);
  return problem.parties.map((party, p) => {
    let utility = 0;
    pkg.forEach((option, i) => {
      const value = problem.contribution[p]?.[i]?.[option];
      if (value === undefined)
        throw new RangeError(`contribution[${p}][${i}][${option}] is missing (party "${party}")`);
      utility += value;
    });
    return utility;
  });
}

/** Whether `pkg` crosses one of party p's binding red lines. */
export function crossesRedLine(problem: BargainingProblem, partyIndex: number, pkg: Package): boolean {
  assertValidPackage(problem, pkg);
  return pkg.some((option, i) => problem.vetoed[partyIndex]?.[i]?.[option] === true);
}

/** Whether any party vetoes `pkg`. */
export function isVetoed(problem: BargainingProblem, pkg: Package): boolean {
  return problem.parties.some((_party, p) => crossesRedLine(problem, p, pkg));
}

/** Every required signatory would sign `pkg` now: no red line crossed and each gets at least its reservation value. */
export function isAcceptable(problem: BargainingProblem, pkg: Package): boolean {
  if (isVetoed(problem, pkg)) return false;
  const utilities = packageUtilities(problem, pkg);
  return utilities.every((utility, p) => utility >= (problem.reservation[p] ?? Infinity));
}

/**
 * Per issue, the options no party vetoes, ascending. A veto is per option, so the packages nobody vetoes are exactly
 * the product of these lists: a search that only ever picks from them skips every vetoed subtree at once.
 */
export function openOptions(problem: BargainingProblem): number[][] {
  return problem.issues.map((issue, i) =>
    issue.options.map((_option, o) => o).filter((o) => !problem.vetoed.some((byParty) => byParty[i]?.[o] === true)),
  );
}

/**
 * bestRemaining[d][p]: the most party p can still add from issues d, d+1, … (open options only), so a prefix with
 * running sum s can reach at most s + bestRemaining[d][p]. Row `issues.length` is all zeros. An issue with no open
 * option contributes 0 here; no package survives it anyway.
 * Floating-point note: this suffix is summed in the other direction from a package's utility, so it may differ from
 * the true maximum in the last bits; the searches compare it with a small slack (BOUND_SLACK) for that reason.
 */
export function bestRemainingUtility(problem: BargainingProblem): number[][] {
  const open = openOptions(problem);
  const issueCount = problem.issues.length;
  const rows: number[][] = Array.from({ length: issueCount + 1 }, () => problem.parties.map(() => 0));
  for (let i = issueCount - 1; i >= 0; i--) {
    const options = open[i] ?? [];
    rows[i] = problem.parties.map((_party, p) => {
      const best = Math.max(0, ...options.map((o) => problem.contribution[p]?.[i]?.[o] ?? 0));
      return best + (rows[i + 1]?.[p] ?? 0);
    });
  }
  return rows;
}

/**
 * How far a bound computed from bestRemainingUtility may fall short of a utility summed the usual way. Utilities live
 * in [0, 1] and sums have a handful of terms, so rounding differences are around 1e-16; this leaves a wide margin
 * and only ever makes a search prune a little less.
 */
export const BOUND_SLACK = 1e-9;
