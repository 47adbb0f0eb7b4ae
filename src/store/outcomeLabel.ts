// How a game ended, in a few words for a table cell or a pill: the same words in Compare and in the replay viewer.
// A game the facilitator stopped ends as at the deadline in the rules, but a class must not read it as one.
import type { Outcome } from '../engine';

export function outcomeLabel(outcome: Outcome | null): string {
  switch (outcome?.kind) {
    case 'ceasefire':
      return outcome.held ? 'Ceasefire, held' : 'Ceasefire, broke down';
    case 'ratification-failed':
      return 'Signed, not ratified';
    case 'collapse':
      return outcome.cause === 'walk-out' ? 'Collapse: walk-out' : 'Collapse: escalation';
    case 'deadline':
      return outcome.endedByFacilitator ? 'Ended by the facilitator' : 'Deadline, no deal';
    default:
      return 'Unfinished';
  }
}
