// An AI party's answer to a draft, with its reason in words and numbers. It never says anything untrue (the
// engine checks); when it does not trust the drafter it may withhold the numbers or which red line is crossed.
import type { CompiledScenario } from '../compile';
import { optionLabel, redLinesCrossed, utilityOf } from '../model';
import type { Action, Draft, GameState, PartyId, Terms } from '../types';
import { neededUtility } from './concession';

/** Below this trust in the drafter, a party keeps its numbers and private red lines to itself. */
const CANDOUR_TRUST = 35;

const twoDecimals = (value: number) => Math.round(value * 100) / 100;

/**
 * Whether the party would accept these terms from `drafter`, without wording a reason: what a counter-drafter asks
 * itself about each text on the table before it writes its own. Same rule as decideAnswer.
 */
export function wouldAccept(
  compiled: CompiledScenario,
  state: GameState,
  party: PartyId,
  terms: Terms,
  drafter: PartyId,
) {
  if (redLinesCrossed(compiled, state, party, terms).some((line) => line.binding)) return false;
  if (state.pledges.some((p) => p.party === party && !p.broken && p.refuses.includes(terms[p.issue] ?? '')))
    return false;
  return utilityOf(compiled, state, party, terms) >= neededUtility(compiled, state, party, drafter);
}

export function decideAnswer(compiled: CompiledScenario, state: GameState, party: PartyId, draft: Draft): Action {
  // A party away from the table speaks to the envoy who carries the text, not to its author.
  const listener = compiled.party.get(party)?.reachedThrough ?? draft.by;
  const candid = (state.trust[party]?.[listener] ?? compiled.scenario.rules.trust.start) >= CANDOUR_TRUST;
  const base = { type: 'answerDraft' as const, party, draftId: draft.id };

  const crossed = redLinesCrossed(compiled, state, party, draft.terms);
  const binding = crossed.filter((line) => line.binding);
  if (binding.length > 0) {
    const named = binding.filter((line) => line.public || candid);
    if (named.length === 0) return { ...base, accept: false, reason: 'rejects: the text crosses one of our red lines' };
    const first = named[0]!;
    const clause = optionLabel(compiled, first.issue, first.option);
    return {
      ...base,
      accept: false,
      reason: `rejects: "${clause}" crosses a red line: ${first.reason}`,
      redLines: named.map((line) => `${line.issue}/${line.option}`),
    };
  }

  const pledged = state.pledges.find(
    (pledge) => pledge.party === party && !pledge.broken && pledge.refuses.includes(draft.terms[pledge.issue] ?? ''),
  );
  if (pledged) {
    const clause = optionLabel(compiled, pledged.issue, draft.terms[pledged.issue] ?? '');
    return { ...base, accept: false, reason: `rejects: we pledged in public not to sign "${clause}"` };
  }

  const utility = utilityOf(compiled, state, party, draft.terms);
  const need = neededUtility(compiled, state, party, draft.by);
  const accept = utility >= need;
  if (!candid) return { ...base, accept, reason: accept ? 'accepts' : 'rejects: not enough for us yet' };
  const numbers = statedNumbers(twoDecimals(utility), twoDecimals(need), accept);
  // A worn-down red line no longer vetoes, but a candid party says which clause costs it so much.
  const softened = accept ? [] : crossed.filter((line) => !line.binding);
  const costly = softened[0]
    ? `; "${optionLabel(compiled, softened[0].issue, softened[0].option)}" weighs heavily against it`
    : '';
  return {
    ...base,
    accept,
    reason: accept ? `accepts: ${numbers}` : `rejects: ${numbers}${costly}`,
    utility: twoDecimals(utility),
    need: twoDecimals(need),
    ...(softened.length > 0 ? { redLines: softened.map((line) => `${line.issue}/${line.option}`) } : {}),
  };
}

/**
 * "this gives us 0.41; we need 0.55 now". A rejection whose two numbers round alike would read as a contradiction
 * ("gives us 0.91; we need 0.91"), so it says "just short" instead of repeating the number.
 */
export function statedNumbers(utility: number, need: number, accept: boolean): string {
  const gives = `this gives us ${utility.toFixed(2)}`;
  if (accept) return `${gives}; we need ${need.toFixed(2)}`;
  if (utility.toFixed(2) === need.toFixed(2)) return `${gives}, just short of what we need now`;
  return `${gives}; we need ${need.toFixed(2)} now`;
}
