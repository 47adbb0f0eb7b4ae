// An action in a few words, for messages that name where a replay went wrong: "action 12 (tableDraft by france)".
import type { Action } from '../engine';

export function describeAction(action: Action): string {
  switch (action.type) {
    case 'playLever':
      return `playLever ${action.lever} by ${action.party}${action.target === undefined ? '' : ` on ${action.target}`}`;
    case 'holdMeeting':
      return `holdMeeting by ${action.party} with ${action.with}`;
    case 'makePledge':
      return `makePledge by ${action.party} on ${action.issue}`;
    case 'answerDraft':
      return `answerDraft by ${action.party} to ${action.draftId}: ${action.accept ? 'accept' : 'reject'}`;
    case 'injectEvent':
      return `injectEvent ${action.event}`;
    case 'extendDeadline':
      return `extendDeadline by ${action.rounds}`;
    case 'pause':
    case 'resume':
    case 'endGame':
      return action.type;
    default:
      return `${action.type} by ${action.party}`;
  }
}
