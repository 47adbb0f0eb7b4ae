// The figures `npm run simulate` reports, tallied game by game: how games end, how long they take, what gets signed,
// whether it holds, what each party ends with, and how far each deal lies from the Nash point. Pure: the CLI owns
// the loop and the clock.
import { distanceToPoint, nashPoint } from '../analysis';
import type { BargainingProblem } from '../analysis';
import { packageToTerms, reservationValue, termsToPackage, trueProblem, utilityOf } from '../engine';
import type { CompiledScenario, GameState, Terms } from '../engine';

export interface PackageCount {
  terms: Terms;
  count: number;
  /** Share of agreements (signed texts). */
  share: number;
}

export interface NashFigures {
  /** The Nash point of the first game's opening state (true preferences, reservation values and binding red lines). */
  terms: Terms;
  utilities: Record<string, number>;
  /** Mean Euclidean distance, in the signatories' utility space, from each signed text to the Nash point. */
  meanDistance: number | null;
  agreementsMeasured: number;
}

export interface SimulationSummary {
  games: number;
  /** A text was signed: a ratified ceasefire or a ratification that failed. */
  agreements: number;
  agreementRate: number;
  collapseRate: number;
  deadlineRate: number;
  ceasefireRate: number;
  collapses: { escalation: number; walkOut: number };
  /** Signed texts a parliament or council then refused. */
  ratificationFailures: number;
  /** Ratification failures as a share of signed texts; null when nothing was signed. */
  ratificationFailureRate: number | null;
  /** The round each game ended in. */
  meanRounds: number;
  epilogue: { ceasefires: number; heldRate: number | null; meanMonthsHeld: number | null };
  /** Share of agreements taken by the most common package; null when nothing was signed. */
  topPackageShare: number | null;
  topPackages: PackageCount[];
  /** Per party: utility of the signed text at the end, or its reservation value at the end when nothing was signed. */
  meanUtility: Record<string, number>;
  /** Null when the analysis finds no acceptable package at the start (an empty zone of agreement). */
  nash: NashFigures | null;
  meanNashDistance: number | null;
}

const TOP_PACKAGES = 5;

export class SimulationTally {
  private games = 0;
  private readonly kinds = { ceasefire: 0, 'ratification-failed': 0, collapse: 0, deadline: 0 };
  private readonly collapses = { escalation: 0, walkOut: 0 };
  private rounds = 0;
  private held = 0;
  private monthsHeld = 0;
  private readonly packages = new Map<string, { terms: Terms; count: number }>();
  private readonly utilitySums: Record<string, number>;
  private readonly nash: { problem: BargainingProblem; pkg: number[]; utilities: number[] } | null;
  private nashDistanceSum = 0;
  private nashMeasured = 0;

  /** `opening`: the state the Nash point is computed on, once for the whole run. */
  constructor(
    private readonly compiled: CompiledScenario,
    opening: GameState,
  ) {
    this.utilitySums = Object.fromEntries(compiled.partyIds.map((id) => [id, 0]));
    const problem = trueProblem(compiled, opening);
    const point = nashPoint(problem);
    this.nash = point ? { problem, pkg: point.package, utilities: point.utilities } : null;
  }

  add(state: GameState): void {
    const { outcome } = state;
    if (outcome === null) throw new Error(`a game with seed ${state.seed} did not end`);
    this.games++;
    this.kinds[outcome.kind]++;
    this.rounds += outcome.round;
    if (outcome.kind === 'collapse') this.collapses[outcome.cause === 'walk-out' ? 'walkOut' : 'escalation']++;
    if (outcome.kind === 'ceasefire') {
      if (outcome.held) this.held++;
      this.monthsHeld += outcome.monthsHeld;
    }
    const terms = outcome.kind === 'ceasefire' || outcome.kind === 'ratification-failed' ? outcome.terms : null;
    for (const party of this.compiled.partyIds)
      this.utilitySums[party] =
        (this.utilitySums[party] ?? 0) +
        (terms ? utilityOf(this.compiled, state, party, terms) : reservationValue(this.compiled, state, party));
    if (terms === null) return;
    const key = this.compiled.issueIds.map((issue) => terms[issue] ?? '').join('\u0000');
    const entry = this.packages.get(key) ?? { terms, count: 0 };
    entry.count++;
    this.packages.set(key, entry);
    if (this.nash) {
      this.nashDistanceSum += distanceToPoint(
        this.nash.problem,
        termsToPackage(this.nash.problem, terms),
        this.nash.pkg,
      );
      this.nashMeasured++;
    }
  }

  summary(): SimulationSummary {
    const games = this.games;
    const share = (count: number, of: number) => (of === 0 ? null : count / of);
    const rate = (count: number) => share(count, games) ?? 0;
    const agreements = this.kinds.ceasefire + this.kinds['ratification-failed'];
    const ceasefires = this.kinds.ceasefire;
    // Most common first; ties in the scenario's option order, so the same run always prints the same list.
    const topPackages = [...this.packages.entries()]
      .sort(([keyA, a], [keyB, b]) => b.count - a.count || (keyA < keyB ? -1 : keyA > keyB ? 1 : 0))
      .slice(0, TOP_PACKAGES)
      .map(([, { terms, count }]) => ({ terms, count, share: count / agreements }));
    const meanNashDistance = this.nash ? share(this.nashDistanceSum, this.nashMeasured) : null;
    return {
      games,
      agreements,
      agreementRate: rate(agreements),
      collapseRate: rate(this.kinds.collapse),
      deadlineRate: rate(this.kinds.deadline),
      ceasefireRate: rate(ceasefires),
      collapses: { ...this.collapses },
      ratificationFailures: this.kinds['ratification-failed'],
      ratificationFailureRate: share(this.kinds['ratification-failed'], agreements),
      meanRounds: share(this.rounds, games) ?? 0,
      epilogue: {
        ceasefires,
        heldRate: share(this.held, ceasefires),
        meanMonthsHeld: share(this.monthsHeld, ceasefires),
      },
      topPackageShare: topPackages[0]?.share ?? null,
      topPackages,
      meanUtility: Object.fromEntries(
        Object.entries(this.utilitySums).map(([party, sum]) => [party, share(sum, games) ?? 0]),
      ),
      nash: this.nash
        ? {
            terms: packageToTerms(this.nash.problem, this.nash.pkg),
            utilities: Object.fromEntries(
              this.nash.problem.parties.map((party, p) => [party, this.nash?.utilities[p] ?? 0]),
            ),
            meanDistance: meanNashDistance,
            agreementsMeasured: this.nashMeasured,
          }
        : null,
      meanNashDistance,
    };
  }
}
