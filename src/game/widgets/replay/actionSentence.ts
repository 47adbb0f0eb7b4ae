// A recorded action as the replay viewer's headline, in the words the Summit's news uses: party names as the table
// knows them, levers and issues by their labels, and a pass named for the phase it ended ("Russia is done with the
// diplomacy of round 3") — never the action's type or a party's id.
import type { Action, GameState, SessionState } from '../../../store';

type Compiled = NonNullable<SessionState['compiled']>;

const PHASE_WORDS: Record<GameState['phase'], string> = {
  diplomacy: 'the diplomacy',
  drafting: 'the text',
  answers: 'the answers',
  ended: 'the talks',
};

/** `before` is the state the action was played in: a pass is named by the phase and round it ended. */
export function actionSentence(compiled: Compiled, action: Action, before: GameState): string {
  const name = (party: string) => compiled.party.get(party)?.shortName ?? party;
  switch (action.type) {
    case 'playLever': {
      const lever = compiled.scenario.levers.find((candidate) => candidate.id === action.lever)?.label ?? action.lever;
      return `${name(action.party)} plays ${lever}${action.target === undefined ? '' : ` on ${name(action.target)}`}.`;
    }
    case 'holdMeeting':
      return `${name(action.party)} meets ${name(action.with)} in private.`;
    case 'makePledge': {
      const issue = compiled.scenario.issues.find((candidate) => candidate.id === action.issue)?.label ?? action.issue;
      return `${name(action.party)} makes a public pledge on ${issue}.`;
    }
    case 'tableDraft':
      return `${name(action.party)} tables a text.`;
    case 'answerDraft':
      return `${name(action.party)} ${action.accept ? 'accepts' : 'rejects'} draft ${action.draftId}.`;
    case 'endPhase':
      return `${name(action.party)} is done with ${PHASE_WORDS[before.phase]} of round ${before.round}.`;
    case 'walkOut':
      return `${name(action.party)} walks out of the talks.`;
    case 'injectEvent': {
      const event = compiled.scenario.events.find((candidate) => candidate.id === action.event)?.title ?? action.event;
      return `The facilitator brings in news: ${event}.`;
    }
    case 'extendDeadline':
      return `The facilitator extends the deadline by ${action.rounds} round${action.rounds === 1 ? '' : 's'}.`;
    case 'pause':
      return 'The facilitator pauses the talks.';
    case 'resume':
      return 'The facilitator resumes the talks.';
    case 'endGame':
      return 'The facilitator ends the talks.';
  }
}
