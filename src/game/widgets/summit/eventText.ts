// The game's events as sentences for the news feed and the screen-reader log: party names as players know them,
// option labels instead of ids. Events that only mark time (a phase beginning) return null and are not shown.
import type { GameEvent, SessionState } from '../../../store';

type Compiled = NonNullable<SessionState['compiled']>;

export function eventText(compiled: Compiled, event: GameEvent): string | null {
  const name = (party: string | null) => (party === null ? '—' : (compiled.party.get(party)?.shortName ?? party));
  const option = (issue: string, id: string) =>
    compiled.scenario.issues.find((candidate) => candidate.id === issue)?.options.find((o) => o.id === id)?.label ?? id;
  switch (event.type) {
    case 'round-started':
      return `Round ${event.round} of ${event.deadline} begins.`;
    case 'news':
      return `News${event.injected ? ' (from the facilitator)' : ''}: ${event.title}. ${oneLine(event.text)}`;
    case 'lever-played':
      return `${name(event.party)} plays ${event.label}${event.target === null ? '' : ` on ${name(event.target)}`}.`;
    case 'meeting-held':
      return `${name(event.party)} meets ${name(event.with)}.`;
    case 'pledge-made':
      return `${name(event.party)} pledges in public: ${oneLine(event.text)}`;
    case 'pledge-broken':
      return `${name(event.party)} breaks its public pledge on "${option(event.issue, event.option)}".`;
    case 'draft-tabled':
      return `${name(event.party)} tables draft ${event.draftId}.`;
    case 'draft-relayed':
      return `${name(event.via)} carries draft ${event.draftId} to ${name(event.to)}; the answer comes in round ${event.dueRound}.`;
    case 'answer':
      return `${name(event.party)} ${oneLine(event.reason)}`;
    case 'phase-started':
      return null;
    case 'deadline-extended':
      return `The deadline moves to round ${event.deadline}.`;
    case 'paused':
      return 'The facilitator pauses the talks.';
    case 'resumed':
      return 'The facilitator resumes the talks.';
    case 'walk-out':
      return `${name(event.party)} walks out: ${oneLine(event.reason)}`;
    case 'signed':
      return `Draft ${event.draftId} is signed by every party whose signature is needed.`;
    case 'ratification':
      return `Ratification: ${event.results
        .map((result) => `${name(result.party)} ${result.passed ? 'ratifies' : 'fails to ratify'}`)
        .join(', ')}.`;
    case 'epilogue':
      return event.held
        ? `The ceasefire holds for all ${event.months.length} months.`
        : `The ceasefire breaks down in month ${event.months.find((month) => month.brokeDown)?.month ?? '?'}.`;
    case 'game-ended':
      return event.endedByFacilitator
        ? 'The facilitator has ended the talks: nothing was signed.'
        : `The talks are over: ${outcomeWords[event.outcome]}.`;
  }
}

export const outcomeWords = {
  ceasefire: 'a ceasefire is signed',
  'ratification-failed': 'a ceasefire is signed but not ratified',
  collapse: 'the talks have collapsed',
  deadline: 'the deadline has passed with nothing signed',
} as const;

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
