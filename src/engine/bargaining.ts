// Builds the bargaining problem among the required signatories from a game state — the true one (for analysis and
// debriefs) or as one party believes it to be (for an AI that must draft without reading others' minds).
import type { BargainingProblem } from './bargainingProblem';
import type { CompiledScenario } from './compile';
import { reservationValue } from './model';
import type { GameState, PartyId, Terms } from './types';

/** Contributions from weights: what each option adds to the party's utility, weights normalised to sum 1. */
function contributionsFor(compiled: CompiledScenario, party: PartyId, weights: Record<string, number>): number[][] {
  const p = compiled.partyIndex.get(party) ?? 0;
  const total = compiled.issueIds.reduce((sum, issueId) => sum + Math.max(0, weights[issueId] ?? 0), 0);
  return compiled.issueIds.map((issueId, i) => {
    const weight = total > 0 ? Math.max(0, weights[issueId] ?? 0) / total : 0;
    return (compiled.values[p]?.[i] ?? []).map((value) => weight * value);
  });
}

function vetoesFor(compiled: CompiledScenario, isVetoed: (issueId: string, optionId: string) => boolean): boolean[][] {
  return compiled.issueIds.map((issueId, i) =>
    (compiled.optionIds[i] ?? []).map((optionId) => isVetoed(issueId, optionId)),
  );
}

function bindingVetoes(compiled: CompiledScenario, state: GameState, party: PartyId) {
  const binding = new Set<string>();
  const redLines = compiled.party.get(party)?.redLines ?? [];
  redLines.forEach((line, index) => {
    if ((state.firmness[party]?.[index] ?? line.firmness) < compiled.scenario.rules.redLineBindingAt) return;
    for (const option of line.forbidden) binding.add(`${line.issue}/${option}`);
  });
  return binding;
}

/** The real problem now: true weights, reservation values and binding red lines of every required signatory. */
export function trueProblem(compiled: CompiledScenario, state: GameState): BargainingProblem {
  const parties = compiled.signatories;
  return {
    parties,
    issues: compiled.issueIds.map((id, i) => ({ id, options: compiled.optionIds[i] ?? [] })),
    contribution: parties.map((party) => contributionsFor(compiled, party, state.weights[party] ?? {})),
    reservation: parties.map((party) => reservationValue(compiled, state, party)),
    vetoed: parties.map((party) => {
      const binding = bindingVetoes(compiled, state, party);
      return vetoesFor(compiled, (issueId, optionId) => binding.has(`${issueId}/${optionId}`));
    }),
  };
}

/** Where nothing is known yet, a party assumes the others need this much from a deal. */
export const PRIOR_NEED = 0.5;
/** A rejection without numbers still says the text was not enough: assume it needs at least this much more. */
const SILENT_REJECTION_MARGIN = 0.03;

/**
 * The problem as `observer` sees it: its own true preferences, and for every other signatory the weights it has
 * learnt (or equal weights on the issues they care about), the red lines that are public or were named in answers,
 * and the need they last stated (or a prior).
 */
export function believedProblem(compiled: CompiledScenario, state: GameState, observer: PartyId): BargainingProblem {
  const parties = compiled.signatories;
  const publicOrNamed = namedRedLines(compiled, state);
  const contribution = parties.map((party) => {
    if (party === observer) return contributionsFor(compiled, party, state.weights[party] ?? {});
    const insight = state.insights[observer]?.[party];
    if (insight) return contributionsFor(compiled, party, insight.weights);
    const prior = Object.fromEntries(
      compiled.issueIds.map((issueId) => [
        issueId,
        (compiled.party.get(party)?.preferences[issueId]?.weight ?? 0) > 0 ? 1 : 0,
      ]),
    );
    return contributionsFor(compiled, party, prior);
  });
  return {
    parties,
    issues: compiled.issueIds.map((id, i) => ({ id, options: compiled.optionIds[i] ?? [] })),
    contribution,
    reservation: parties.map((party, p) =>
      party === observer
        ? reservationValue(compiled, state, party)
        : believedNeed(compiled, state, party, contribution[p] ?? []),
    ),
    vetoed: parties.map((party) => {
      const known =
        party === observer ? bindingVetoes(compiled, state, party) : (publicOrNamed.get(party) ?? new Set());
      return vetoesFor(compiled, (issueId, optionId) => known.has(`${issueId}/${optionId}`));
    }),
  };
}

/** Red lines everyone knows of: the public ones, and those named in answers so far. */
function namedRedLines(compiled: CompiledScenario, state: GameState): Map<PartyId, Set<string>> {
  const known = new Map<PartyId, Set<string>>();
  for (const party of compiled.scenario.parties) {
    const set = new Set<string>();
    for (const line of party.redLines)
      if (line.public) for (const option of line.forbidden) set.add(`${line.issue}/${option}`);
    known.set(party.id, set);
  }
  for (const draft of state.drafts)
    for (const [party, answer] of Object.entries(draft.answers))
      for (const key of answer.redLines) known.get(party)?.add(key);
  for (const pledge of state.pledges)
    if (!pledge.broken) for (const option of pledge.refuses) known.get(pledge.party)?.add(`${pledge.issue}/${option}`);
  return known;
}

/**
 * What a party is believed to need, learnt from its latest rejections on utility: the need it stated, corrected by
 * how far our model of it was off on that very text (if it said a text gave it 0.25 where we thought 0.55, it needs
 * 0.30 more than our model suggests); for a rejection without numbers, a little more than that text. Without any
 * such answer, a prior.
 */
function believedNeed(compiled: CompiledScenario, state: GameState, party: PartyId, believed: number[][]): number {
  const believedUtilityOf = (terms: Terms) =>
    compiled.issueIds.reduce((sum, issueId, i) => {
      const o = compiled.optionIndex[i]?.get(terms[issueId] ?? '') ?? 0;
      return sum + (believed[i]?.[o] ?? 0);
    }, 0);
  let latest = null as { round: number; need: number } | null;
  for (const draft of state.drafts) {
    const answer = draft.answers[party];
    if (!answer || answer.accept || answer.redLines.length > 0 || (latest && answer.round < latest.round)) continue;
    // With numbers: the stated need, corrected by our model's error on that text. Without: more than that text.
    const need =
      answer.need !== null && answer.utility !== null
        ? answer.need + (believedUtilityOf(draft.terms) - answer.utility)
        : believedUtilityOf(draft.terms) + SILENT_REJECTION_MARGIN;
    latest = { round: answer.round, need: Math.max(latest?.round === answer.round ? latest.need : 0, need) };
  }
  return latest?.need ?? PRIOR_NEED;
}

export function termsToPackage(problem: BargainingProblem, terms: Terms): number[] {
  return problem.issues.map((issue) => Math.max(0, issue.options.indexOf(terms[issue.id] ?? '')));
}

export function packageToTerms(problem: BargainingProblem, pkg: readonly number[]): Terms {
  return Object.fromEntries(problem.issues.map((issue, i) => [issue.id, issue.options[pkg[i] ?? 0] ?? '']));
}
