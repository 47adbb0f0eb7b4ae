// The bargaining problem among the required signatories: who must agree, the package space, each party's utility
// per clause and what no deal is worth to it. The engine builds it from a game state (bargaining.ts); the analysis
// (src/analysis) knows nothing else about games, so it can be tested on small hand-made problems.

export interface BargainingProblem {
  /** The parties whose agreement is needed (required signatories), in a fixed order used by every array below. */
  parties: string[];
  issues: { id: string; options: string[] }[];
  /**
   * contribution[p][i][o]: what option o of issue i adds to party p's utility, already weighted and normalised, so
   * a package's utility for p is the sum over issues of contribution[p][i][chosen option] (in [0, 1]).
   */
  contribution: number[][][];
  /** reservation[p]: party p's utility of no deal (its reservation value, BATNA). */
  reservation: number[];
  /** vetoed[p][i][o]: option o of issue i crosses one of p's binding red lines, so p will not sign it. */
  vetoed: boolean[][][];
}

/** A package: the index of the chosen option for each issue, in the order of `issues`. */
export type Package = number[];
