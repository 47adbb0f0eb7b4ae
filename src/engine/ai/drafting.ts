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
 * Scores packages from per-party utility sums: any known veto is out (-10); if everyone clears the need they are
 * believed to have, more is better (Nash product, or the drafter's own utility); otherwise the worst gap counts.
 */
function scoreSums(
  problem: BargainingProblem,
  objective: DraftObjective,
  selfIndex: number,
  sums: number[],
  vetoes: number,
) {
  if (vetoes > 0) return -10;
  let product = 1;
  let worst = Infinity;
  for (let p = 0; p < sums.length; p++) {
    const surplus = (sums[p] ?? 0) - (problem.reservation[p] ?? 0);
    worst = Math.min(worst, surplus);
    product *= Math.max(surplus, 0) + 0.01;
  }
  if (worst < 0) return worst;
  return objective === 'self' && selfIndex >= 0 ? 1 + (sums[selfIndex] ?? 0) + product * 0.01 : 1 + product;
}

/**
 * Coordinate ascent from a start: change one clause at a time while it helps. Utility sums are updated by the one
 * clause that changes, so each try costs one step per party, not a full re-evaluation.
 */
function climb(
  problem: BargainingProblem,
  objective: DraftObjective,
  selfIndex: number,
  start: Package,
): { pkg: Package; value: number } {
  const parties = problem.parties.length;
  const pkg = [...start];
  const sums = new Array<number>(parties).fill(0);
  let vetoes = 0;
  for (let i = 0; i < pkg.length; i++) {
    for (let p = 0; p < parties; p++) {
      sums[p]! += problem.contribution[p]?.[i]?.[pkg[i] ?? 0] ?? 0;
      if (problem.vetoed[p]?.[i]?.[pkg[i] ?? 0]) vetoes++;
    }
  }
  let value = scoreSums(problem, objective, selfIndex, sums, vetoes);
  const trial = new Array<number>(parties).fill(0);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let improved = false;
    for (let i = 0; i < pkg.length; i++) {
      const kept = pkg[i] ?? 0;
      const options = problem.issues[i]?.options.length ?? 0;
      for (let o = 0; o < options; o++) {
        if (o === kept) continue;
        let trialVetoes = vetoes;
        for (let p = 0; p < parties; p++) {
          const row = problem.contribution[p]?.[i];
          trial[p] = (sums[p] ?? 0) - (row?.[kept] ?? 0) + (row?.[o] ?? 0);
          if (problem.vetoed[p]?.[i]?.[kept]) trialVetoes--;
          if (problem.vetoed[p]?.[i]?.[o]) trialVetoes++;
        }
        const candidate = scoreSums(problem, objective, selfIndex, trial, trialVetoes);
        if (candidate > value + 1e-12) {
          value = candidate;
          pkg[i] = o;
          vetoes = trialVetoes;
          for (let p = 0; p < parties; p++) sums[p] = trial[p] ?? 0;
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
  const restarts = objective === 'nash' ? RESTARTS : 1;
  for (let r = 0; r < restarts; r++)
    starts.push(problem.issues.map((issue) => Math.floor(random() * issue.options.length)));

  const results = starts.map((start) => climb(problem, objective, selfIndex, start));
  const bestValue = Math.max(...results.map((result) => result.value));
  // Among texts about as good as the best, the drafter's own leaning decides: different seeds, different stories.
  const nearBest = results.filter((result) => result.value >= bestValue - NEAR_BEST);
  const chosen = nearBest[Math.floor(random() * nearBest.length)] ?? results[0];
  return { terms: packageToTerms(problem, chosen?.pkg ?? []), score: chosen?.value ?? -Infinity };
}
