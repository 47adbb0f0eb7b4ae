// An action in a few words, for messages that name where a replay went wrong: "action 12 (tableDraft by france)".
import type { Action } from '../engine';
import { idText } from '../scenario/quoteText';

// Every id is read from a replay or a link, so each goes through idText: a draft id holding a newline must not
// split the message that names its action.

export function describeAction(action: Action): string {
  switch (action.type) {
    case 'playLever':
      return `playLever ${idText(action.lever)} by ${idText(action.party)}${action.target === undefined ? '' : ` on ${idText(action.target)}`}`;
    case 'holdMeeting':
      return `holdMeeting by ${idText(action.party)} with ${idText(action.with)}`;
    case 'makePledge':
      return `makePledge by ${idText(action.party)} on ${idText(action.issue)}`;
    case 'answerDraft':
      return `answerDraft by ${idText(action.party)} to ${idText(action.draftId)}: ${action.accept ? 'accept' : 'reject'}`;
    case 'injectEvent':
      return `injectEvent ${idText(action.event)}`;
    case 'extendDeadline':
      return `extendDeadline by ${action.rounds}`;
    case 'pause':
    case 'resume':
    case 'endGame':
      return action.type;
    default:
      return `${action.type} by ${idText(action.party)}`;
  }
}
