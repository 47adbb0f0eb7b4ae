// Per-party outcome of a deal, for debriefs: what each party got against what no deal was worth to it, and whether
// the deal crosses its red lines (a signed deal never does, but a draft or a forced outcome may).
import type { BargainingProblem, Package } from './problem';
import { crossesRedLine, packageUtilities } from './utilities';

export interface PartyOutcome {
  party: string;
  /** The party's utility of the deal; null when there is no deal. */
  utility: number | null;
  reservation: number;
  /** utility − reservation; null when there is no deal (each party is simply left with its reservation value). */
  surplus: number | null;
  /** Whether the deal crosses one of this party's red lines; false when there is no deal. */
  vetoed: boolean;
}

/** One row per party, in the order of `problem.parties`; `pkg` null means no deal. */
export function partySummary(problem: BargainingProblem, pkg: Package | null): PartyOutcome[] {
  const utilities = pkg === null ? null : packageUtilities(problem, pkg);
  return problem.parties.map((party, p) => {
    const reservation = problem.reservation[p] ?? Number.NaN;
    const utility = utilities?.[p] ?? null;
    return {
      party,
      utility,
      reservation,
      surplus: utility === null ? null : utility - reservation,
      vetoed: pkg !== null && crossesRedLine(problem, p, pkg),
    };
  });
}
