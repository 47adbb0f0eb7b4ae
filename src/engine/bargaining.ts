// Builds the bargaining problem among the required signatories from a game state — the true one (for analysis and
// debriefs) or as one party believes it to be (for an AI that must draft without reading others' minds). The AI
// builds one for every text it writes, so vetoes are marked by index, never by string keys.
import type { BargainingProblem } from './bargainingProblem';
import type { CompiledScenario } from './compile';
import { reservationValue } from './model';
import type { GameState, PartyId, Terms } from './types';

/** Where nothing is known yet, a party assumes the others need this much from a deal. */
export const PRIOR_NEED = 0.5;
/** A rejection without numbers still says the text was not enough: assume it needs at least this much more. */
const SILENT_REJECTION_MARGIN = 0.03;

/** Contributions from weights: what each option adds to the party's utility, weights normalised to sum 1. */
function contributionsFor(compiled: CompiledScenario, party: PartyId, weights: Record<string, number>): number[][] {
  const p = compiled.partyIndex.get(party) ?? 0;
  let total = 0;
  for (const issueId of compiled.issueIds) total += Math.max(0, weights[issueId] ?? 0);
  return compiled.issueIds.map((issueId, i) => {
    const weight = total > 0 ? Math.max(0, weights[issueId] ?? 0) / total : 0;
    return (compiled.values[p]?.[i] ?? []).map((value) => weight * value);
  });
}

function noVetoes(compiled: CompiledScenario): boolean[][] {
  return compiled.optionIds.map((options) => options.map(() => false));
}

function markVeto(compiled: CompiledScenario, table: boolean[][], issueId: string, optionId: string): void {
  const i = compiled.issueIndex.get(issueId);
  const o = i === undefined ? undefined : compiled.optionIndex[i]?.get(optionId);
  if (i !== undefined && o !== undefined && table[i]) table[i][o] = true;
}

/** The party's own red lines that are still binding (firm enough to veto). */
function bindingVetoes(compiled: CompiledScenario, state: GameState, party: PartyId): boolean[][] {
  const table = noVetoes(compiled);
  const bindingAt = compiled.scenario.rules.redLineBindingAt;
  compiled.party.get(party)?.redLines.forEach((line, index) => {
    if ((state.firmness[party]?.[index] ?? line.firmness) < bindingAt) return;
    for (const option of line.forbidden) markVeto(compiled, table, line.issue, option);
  });
  return table;
}

function issuesOf(compiled: CompiledScenario): BargainingProblem['issues'] {
  return compiled.issueIds.map((id, i) => ({ id, options: compiled.optionIds[i] ?? [] }));
}

/** The real problem now: true weights, reservation values and binding red lines of every required signatory. */
export function trueProblem(compiled: CompiledScenario, state: GameState): BargainingProblem {
  const parties = compiled.signatories;
  return {
    parties,
    issues: issuesOf(compiled),
    contribution: parties.map((party) => contributionsFor(compiled, party, state.weights[party] ?? {})),
    reservation: parties.map((party) => reservationValue(compiled, state, party)),
    vetoed: parties.map((party) => bindingVetoes(compiled, state, party)),
  };
}

/**
 * The problem as `observer` sees it: its own true preferences, and for every other signatory the weights it has
 * learnt (or equal weights on the issues they care about), the red lines that are public or were named in answers
 * or pledges, and the need it is believed to have (see believedNeed).
 */
export function believedProblem(compiled: CompiledScenario, state: GameState, observer: PartyId): BargainingProblem {
  const parties = compiled.signatories;
  const contribution = parties.map((party) => {
    if (party === observer) return contributionsFor(compiled, party, state.weights[party] ?? {});
    const insight = state.insights[observer]?.[party];
    if (insight) return contributionsFor(compiled, party, insight.weights);
    const preferences = compiled.party.get(party)?.preferences ?? {};
    const prior: Record<string, number> = {};
    for (const issueId of compiled.issueIds) prior[issueId] = (preferences[issueId]?.weight ?? 0) > 0 ? 1 : 0;
    return contributionsFor(compiled, party, prior);
  });
  return {
    parties,
    issues: issuesOf(compiled),
    contribution,
    reservation: parties.map((party, p) =>
      party === observer
        ? reservationValue(compiled, state, party)
        : believedNeed(compiled, state, party, contribution[p] ?? []),
    ),
    vetoed: parties.map((party) =>
      party === observer ? bindingVetoes(compiled, state, party) : knownVetoes(compiled, state, party),
    ),
  };
}

/** Red lines everyone knows a party has: its public ones, those it named in answers, and its unbroken pledges. */
function knownVetoes(compiled: CompiledScenario, state: GameState, party: PartyId): boolean[][] {
  const table = noVetoes(compiled);
  for (const line of compiled.party.get(party)?.redLines ?? [])
    if (line.public) for (const option of line.forbidden) markVeto(compiled, table, line.issue, option);
  for (const draft of state.drafts) {
    for (const key of draft.answers[party]?.redLines ?? []) {
      const slash = key.indexOf('/');
      markVeto(compiled, table, key.slice(0, slash), key.slice(slash + 1));
    }
  }
  for (const pledge of state.pledges)
    if (pledge.party === party && !pledge.broken)
      for (const option of pledge.refuses) markVeto(compiled, table, pledge.issue, option);
  return table;
}

/**
 * What a party is believed to need, learnt from its latest rejections on utility: the need it stated, corrected by
 * how far our model of it was off on that very text (if it said a text gave it 0.25 where we thought 0.55, it needs
 * 0.30 more than our model suggests); for a rejection without numbers, a little more than that text. Without any
 * such answer, a prior.
 */
function believedNeed(compiled: CompiledScenario, state: GameState, party: PartyId, believed: number[][]): number {
  let latestRound = -1;
  let need = PRIOR_NEED;
  for (const draft of state.drafts) {
    const answer = draft.answers[party];
    if (!answer || answer.accept || answer.redLines.length > 0 || answer.round < latestRound) continue;
    let believedUtility = 0;
    for (let i = 0; i < compiled.issueIds.length; i++) {
      const o = compiled.optionIndex[i]?.get(draft.terms[compiled.issueIds[i] ?? ''] ?? '') ?? 0;
      believedUtility += believed[i]?.[o] ?? 0;
    }
    const needHere =
      answer.need !== null && answer.utility !== null
        ? answer.need + (believedUtility - answer.utility)
        : believedUtility + SILENT_REJECTION_MARGIN;
    // Several rejections in the same round: the most demanding one counts.
    need = answer.round === latestRound ? Math.max(need, needHere) : needHere;
    latestRound = answer.round;
  }
  return need;
}

export function termsToPackage(problem: BargainingProblem, terms: Terms): number[] {
  return problem.issues.map((issue) => Math.max(0, issue.options.indexOf(terms[issue.id] ?? '')));
}

export function packageToTerms(problem: BargainingProblem, pkg: readonly number[]): Terms {
  return Object.fromEntries(problem.issues.map((issue, i) => [issue.id, issue.options[pkg[i] ?? 0] ?? '']));
}
