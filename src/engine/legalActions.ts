// What a party could do now, each with whether it is allowed and, if not, why — so a screen can grey an action out
// and explain it, and tests can walk random legal games. Actions with free parameters (a draft's terms, a pledge's
// options) appear once as a template; their details are checked when they are taken.
import type { CompiledScenario } from './compile';
import { pendingDrafts } from './flow';
import { whyIllegal } from './legality';
import type { Action, GameState, LegalOption, PartyId } from './types';

export function legalActions(compiled: CompiledScenario, state: GameState, party: PartyId): LegalOption[] {
  const candidates: Action[] = [];
  for (const lever of compiled.scenario.levers) {
    if (!lever.playableBy.includes(party)) continue;
    if (!lever.targets) candidates.push({ type: 'playLever', party, lever: lever.id });
    else
      for (const target of lever.targets)
        if (target !== party) candidates.push({ type: 'playLever', party, lever: lever.id, target });
  }
  for (const other of compiled.partyIds)
    if (other !== party) candidates.push({ type: 'holdMeeting', party, with: other });
  const firstIssue = compiled.scenario.issues[0];
  if (firstIssue?.options[0])
    candidates.push({ type: 'makePledge', party, issue: firstIssue.id, refuses: [firstIssue.options[0].id] });
  const lastDraft = state.drafts[state.drafts.length - 1];
  const templateTerms =
    lastDraft?.terms ??
    Object.fromEntries(compiled.scenario.issues.map((issue) => [issue.id, issue.options[0]?.id ?? '']));
  candidates.push({ type: 'tableDraft', party, terms: templateTerms });
  for (const draft of pendingDrafts(compiled, state, party)) {
    candidates.push({ type: 'answerDraft', party, draftId: draft.id, accept: true });
    candidates.push({ type: 'answerDraft', party, draftId: draft.id, accept: false });
  }
  candidates.push({ type: 'endPhase', party });
  if (compiled.signatories.includes(party)) candidates.push({ type: 'walkOut', party });
  return candidates.map((action) => {
    const reason = whyIllegal(compiled, state, action);
    return { action, allowed: reason === null, reason };
  });
}

/** Facilitator actions are not a seat's: listed separately for the facilitator panel. */
export function facilitatorActions(compiled: CompiledScenario, state: GameState): LegalOption[] {
  const candidates: Action[] = [
    state.paused ? { type: 'resume' } : { type: 'pause' },
    { type: 'extendDeadline', rounds: 1 },
    ...compiled.scenario.events.map((event): Action => ({ type: 'injectEvent', event: event.id })),
    { type: 'endGame' },
  ];
  return candidates.map((action) => {
    const reason = whyIllegal(compiled, state, action);
    return { action, allowed: reason === null, reason };
  });
}
