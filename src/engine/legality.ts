// Whether an action is allowed now, and if not, why — in words a player can read on a greyed-out button. This is
// the one place legality is decided: applyAction refuses what it refuses, legalActions lists what it allows.
import { idText } from '../scenario/quoteText';
import type { CompiledScenario } from './compile';
import { describeCondition, failingCondition } from './effects';
import { currentActor, pendingDrafts } from './flow';
import { meterValue, redLinesCrossed, utilityOf } from './model';
import type { Action, GameState, PartyId, Terms } from './types';

export class IllegalActionError extends Error {
  readonly action: Action;
  readonly reason: string;
  constructor(action: Action, reason: string) {
    super(`illegal action ${action.type}: ${reason}`);
    this.name = 'IllegalActionError';
    this.action = action;
    this.reason = reason;
  }
}

export function whyIllegal(compiled: CompiledScenario, state: GameState, action: Action): string | null {
  if (state.phase === 'ended') return 'the game is over';
  switch (action.type) {
    case 'pause':
      return state.paused ? 'the game is already paused' : null;
    case 'resume':
      return state.paused ? null : 'the game is not paused';
    case 'endGame':
      return null;
    case 'injectEvent':
      return compiled.event.has(action.event) ? null : `there is no news event "${action.event}" in this scenario`;
    case 'extendDeadline': {
      const left = compiled.scenario.rules.maxDeadlineExtension - state.deadlineExtended;
      if (!Number.isInteger(action.rounds) || action.rounds < 1)
        return 'extend by a whole number of rounds, at least 1';
      if (action.rounds > left)
        return left === 0
          ? 'the deadline cannot be extended any further'
          : `the deadline can be extended by ${left} more round(s) at most`;
      return null;
    }
    default:
      break;
  }
  if (state.paused) return 'the facilitator has paused the game';
  if (!compiled.party.has(action.party)) return `there is no party "${action.party}"`;
  const actor = currentActor(compiled, state);
  // Ids here may come from a replay or a link rather than the scenario: shown escaped, so a reason stays one line.
  const partyName = (id: PartyId) => compiled.party.get(id)?.shortName ?? idText(id);
  const notYourTurn = actor === null ? 'nobody can act now' : `it is ${partyName(actor)}'s turn`;

  switch (action.type) {
    case 'playLever':
    case 'holdMeeting':
    case 'makePledge': {
      if (state.phase !== 'diplomacy') return 'levers, meetings and pledges belong to the diplomacy phase';
      if (actor !== action.party) return notYourTurn;
      const used = state.actionsUsed[action.party] ?? 0;
      if (used >= compiled.scenario.rules.actionsPerRound) return 'no actions left this round';
      if (action.type === 'playLever') return whyLeverIllegal(compiled, state, action);
      if (action.type === 'holdMeeting') return whyMeetingIllegal(compiled, action.party, action.with);
      return whyPledgeIllegal(compiled, state, action);
    }
    case 'tableDraft':
      if (state.phase !== 'drafting') return 'drafts are tabled in the drafting phase';
      if (actor !== action.party) {
        const { pen, counterDrafts } = compiled.scenario.rules;
        if (action.party !== pen && !counterDrafts.includes(action.party))
          return 'only the party holding the pen and those allowed counter-drafts table texts';
        return notYourTurn;
      }
      return whyTermsInvalid(compiled, action.terms);
    case 'answerDraft': {
      if (state.phase !== 'answers') return 'drafts are answered in the answers phase';
      if (!compiled.signatories.includes(action.party)) return 'only the required signatories answer drafts';
      const pending = pendingDrafts(compiled, state, action.party);
      const draft = pending.find((candidate) => candidate.id === action.draftId);
      if (!draft) return `draft ${idText(action.draftId)} is not waiting for an answer from ${partyName(action.party)}`;
      if (actor !== action.party) return notYourTurn;
      return whyRevealUntrue(compiled, state, action.party, draft.terms, action);
    }
    case 'endPhase':
      if (state.phase === 'answers') return 'every pending draft needs an answer first';
      return actor === action.party ? null : notYourTurn;
    case 'walkOut':
      if (!compiled.signatories.includes(action.party)) return 'only a party whose signature is needed can walk out';
      return actor === action.party ? null : notYourTurn;
  }
}

function whyLeverIllegal(
  compiled: CompiledScenario,
  state: GameState,
  action: Extract<Action, { type: 'playLever' }>,
): string | null {
  const lever = compiled.lever.get(action.lever);
  if (!lever) return `there is no lever "${action.lever}"`;
  if (!lever.playableBy.includes(action.party)) return `${lever.label} is not yours to play`;
  if (lever.targets) {
    if (action.target === undefined) return `${lever.label} needs a target`;
    if (action.target === action.party) return 'a lever cannot target its own player';
    if (!lever.targets.includes(action.target)) return `${lever.label} cannot target ${action.target}`;
  } else if (action.target !== undefined) return `${lever.label} takes no target`;
  if (lever.oncePerGame && (state.leversPlayed[action.party] ?? []).includes(lever.id))
    return `${lever.label} can be played once per game, and you have played it`;
  for (const meterId in lever.cost) {
    const cost = lever.cost[meterId] ?? 0;
    const have = meterValue(state, meterId, action.party);
    if (have < cost)
      return `costs ${cost} ${compiled.meter.get(meterId)?.label ?? meterId}; you have ${Math.floor(have)}`;
  }
  const failing = failingCondition(compiled, state, lever.conditions, {
    self: action.party,
    target: action.target ?? null,
  });
  return failing ? describeCondition(compiled, failing) : null;
}

function whyMeetingIllegal(compiled: CompiledScenario, party: PartyId, other: PartyId): string | null {
  const self = compiled.party.get(party);
  const them = compiled.party.get(other);
  if (!them) return `there is no party "${other}"`;
  if (other === party) return 'a meeting takes two parties';
  // A party away from the table meets only the party that carries drafts to it.
  if (!them.atTable && them.reachedThrough !== party) return `${them.shortName} is not at the table`;
  if (self && !self.atTable && self.reachedThrough !== other) return `${self.shortName} is not at the table`;
  return null;
}

function whyPledgeIllegal(
  compiled: CompiledScenario,
  state: GameState,
  action: Extract<Action, { type: 'makePledge' }>,
): string | null {
  const i = compiled.issueIndex.get(action.issue);
  if (i === undefined) return `there is no issue "${action.issue}"`;
  const options = compiled.optionIds[i] ?? [];
  if (!Array.isArray(action.refuses) || action.refuses.length === 0) return 'a pledge refuses at least one option';
  const unknown = action.refuses.find((option) => !options.includes(option));
  if (unknown !== undefined) return `"${unknown}" is not an option of ${action.issue}`;
  if (options.every((option) => action.refuses.includes(option))) return 'a pledge cannot refuse every option';
  const already = state.pledges.some(
    (pledge) =>
      pledge.party === action.party &&
      pledge.issue === action.issue &&
      action.refuses.every((option) => pledge.refuses.includes(option)),
  );
  return already ? 'you have already pledged this' : null;
}

export function whyTermsInvalid(compiled: CompiledScenario, terms: Terms): string | null {
  if (terms === null || typeof terms !== 'object') return 'a draft sets one option for every issue';
  for (const key of Object.keys(terms)) if (!compiled.issueIndex.has(key)) return `there is no issue "${key}"`;
  for (let i = 0; i < compiled.issueIds.length; i++) {
    const issueId = compiled.issueIds[i] ?? '';
    const option = terms[issueId];
    if (option === undefined) return `the draft leaves "${issueId}" open; set one option for every issue`;
    if (!compiled.optionIndex[i]?.has(option)) return `"${option}" is not an option of ${issueId}`;
  }
  return null;
}

/** The engine holds every party to the truth: numbers and red lines given in an answer must be the real ones. */
function whyRevealUntrue(
  compiled: CompiledScenario,
  state: GameState,
  party: PartyId,
  terms: Terms,
  action: Extract<Action, { type: 'answerDraft' }>,
): string | null {
  if (action.utility !== undefined) {
    const actual = utilityOf(compiled, state, party, terms);
    if (Math.abs(actual - action.utility) > 0.0051) return 'an answer may withhold its numbers, but not misstate them';
  }
  if (action.redLines !== undefined) {
    const crossed = new Set(
      redLinesCrossed(compiled, state, party, terms).map((line) => `${line.issue}/${line.option}`),
    );
    if (action.redLines.some((key) => !crossed.has(key)))
      return 'an answer may only name red lines the text really crosses';
  }
  return null;
}
