// How an AI writes a text. The convenor searches the package space for the largest Nash product among the required
// signatories, as it believes their preferences to be, avoiding every red line it knows of; a counter-drafter
// looks for the text best for itself that it believes the others would still sign.
import type { BargainingProblem, Package } from '../bargainingProblem';
import { believedProblem, packageToTerms, termsToPackage } from '../bargaining';
import type { CompiledScenario } from '../compile';
import type { GameState, PartyId, Terms } from '../types';
import { aiRandom } from './aiRandom';

export type DraftObjective = 'nash' | 'self';

const RESTARTS = 3;
/** Scores within this of the best count as equally good (scores are Nash products of surpluses, ~0.001–0.1). */
const NEAR_BEST = 0.002;
const MAX_PASSES = 6;

/**
 * The problem laid out for the search: for each clause (issue i, option o), every party's contribution in one flat
 * array, and how many parties are known to veto it. Trying a clause then costs one pass over the parties.
 */
interface ClauseTable {
  parties: number;
  optionCounts: number[];
  /** gains[i][o][p] */
  gains: Float64Array[][];
  /** vetoes[i][o]: how many parties veto option o of issue i. */
  vetoes: number[][];
  reservation: Float64Array;
}

function clauseTable(problem: BargainingProblem): ClauseTable {
  const parties = problem.parties.length;
  const gains: Float64Array[][] = [];
  const vetoes: number[][] = [];
  problem.issues.forEach((issue, i) => {
    const issueGains: Float64Array[] = [];
    const issueVetoes: number[] = [];
    for (let o = 0; o < issue.options.length; o++) {
      const gain = new Float64Array(parties);
      let count = 0;
      for (let p = 0; p < parties; p++) {
        gain[p] = problem.contribution[p]?.[i]?.[o] ?? 0;
        if (problem.vetoed[p]?.[i]?.[o]) count++;
      }
      issueGains.push(gain);
      issueVetoes.push(count);
    }
    gains.push(issueGains);
    vetoes.push(issueVetoes);
  });
  return {
    parties,
    optionCounts: problem.issues.map((issue) => issue.options.length),
    gains,
    vetoes,
    reservation: Float64Array.from(problem.reservation),
  };
}

/**
 * Scores packages from per-party utility sums: any known veto is out (-10); if everyone clears the need they are
 * believed to have, more is better (Nash product, or the drafter's own utility); otherwise the worst gap counts.
 */
function scoreSums(
  table: ClauseTable,
  objective: DraftObjective,
  selfIndex: number,
  sums: Float64Array,
  vetoes: number,
) {
  if (vetoes > 0) return -10;
  let product = 1;
  let worst = Infinity;
  for (let p = 0; p < table.parties; p++) {
    const surplus = sums[p]! - table.reservation[p]!;
    if (surplus < worst) worst = surplus;
    product *= (surplus > 0 ? surplus : 0) + 0.01;
  }
  if (worst < 0) return worst;
  return objective === 'self' && selfIndex >= 0 ? 1 + sums[selfIndex]! + product * 0.01 : 1 + product;
}

/**
 * Coordinate ascent from a start: change one clause at a time while it helps. Utility sums are updated by the one
 * clause that changes, so each try costs one step per party, not a full re-evaluation.
 */
function climb(
  table: ClauseTable,
  objective: DraftObjective,
  selfIndex: number,
  start: Package,
): { pkg: Package; value: number } {
  const { parties, gains } = table;
  const pkg = [...start];
  const sums = new Float64Array(parties);
  let vetoes = 0;
  for (let i = 0; i < pkg.length; i++) {
    const gain = gains[i]![pkg[i]!]!;
    for (let p = 0; p < parties; p++) sums[p]! += gain[p]!;
    vetoes += table.vetoes[i]![pkg[i]!]!;
  }
  let value = scoreSums(table, objective, selfIndex, sums, vetoes);
  const trial = new Float64Array(parties);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let improved = false;
    for (let i = 0; i < pkg.length; i++) {
      const kept = pkg[i]!;
      const keptGain = gains[i]![kept]!;
      for (let o = 0; o < table.optionCounts[i]!; o++) {
        if (o === kept) continue;
        const gain = gains[i]![o]!;
        for (let p = 0; p < parties; p++) trial[p] = sums[p]! - keptGain[p]! + gain[p]!;
        const trialVetoes = vetoes - table.vetoes[i]![kept]! + table.vetoes[i]![o]!;
        const candidate = scoreSums(table, objective, selfIndex, trial, trialVetoes);
        if (candidate > value + 1e-12) {
          value = candidate;
          pkg[i] = o;
          vetoes = trialVetoes;
          sums.set(trial);
          improved = true;
          break;
        }
      }
    }
    if (!improved) break;
  }
  return { pkg, value };
}

/** Each party's favourite clause per issue: natural starting points for the search. */
function favourite(problem: BargainingProblem, p: number): Package {
  return problem.issues.map((issue, i) => {
    let best = 0;
    issue.options.forEach((_, o) => {
      if ((problem.contribution[p]?.[i]?.[o] ?? 0) > (problem.contribution[p]?.[i]?.[best] ?? 0)) best = o;
    });
    return best;
  });
}

export function searchDraft(
  compiled: CompiledScenario,
  state: GameState,
  party: PartyId,
  objective: DraftObjective,
): { terms: Terms; score: number } {
  const problem = believedProblem(compiled, state, party);
  const selfIndex = problem.parties.indexOf(party);
  const random = aiRandom(state, party, 'draft');
  const starts: Package[] = [];
  const previous = [...state.drafts].reverse().find((draft) => draft.by === party);
  if (previous) starts.push(termsToPackage(problem, previous.terms));
  if (selfIndex >= 0) starts.push(favourite(problem, selfIndex));
  // The pen searches widely; a counter-drafter mostly refines its own line, which keeps its search short.
  const restarts = objective === 'nash' ? RESTARTS : 0;
  for (let r = 0; r < restarts; r++)
    starts.push(problem.issues.map((issue) => Math.floor(random() * issue.options.length)));

  const table = clauseTable(problem);
  const results = starts.map((start) => climb(table, objective, selfIndex, start));
  const bestValue = Math.max(...results.map((result) => result.value));
  // Among texts about as good as the best, the drafter's own leaning decides: different seeds, different stories.
  const nearBest = results.filter((result) => result.value >= bestValue - NEAR_BEST);
  const chosen = nearBest[Math.floor(random() * nearBest.length)] ?? results[0];
  return { terms: packageToTerms(problem, chosen?.pkg ?? []), score: chosen?.value ?? -Infinity };
}
