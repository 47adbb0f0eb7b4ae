// The game's events as terminal lines, for `npm run replay -- show`: short, one per event, party names as players
// know them.
import type { CompiledScenario, GameEvent, GameState, Outcome, Terms } from '../engine';
import { oneLine } from './args';

export function eventText(compiled: CompiledScenario, event: GameEvent): string {
  const name = (party: string | null) => (party === null ? '—' : (compiled.party.get(party)?.shortName ?? party));
  switch (event.type) {
    case 'round-started':
      return `round ${event.round} begins (deadline: round ${event.deadline})`;
    case 'news':
      return `news${event.injected ? ' (injected by the facilitator)' : ''}: ${oneLine(event.title)}`;
    case 'lever-played':
      return `${name(event.party)} plays "${oneLine(event.label)}"${event.target === null ? '' : ` on ${name(event.target)}`}`;
    case 'meeting-held':
      return `${name(event.party)} meets ${name(event.with)}`;
    case 'pledge-made':
      return `${name(event.party)} pledges on ${event.issue}: ${oneLine(event.text)}`;
    case 'pledge-broken':
      return `${name(event.party)} breaks its pledge on ${event.issue} (${event.option})`;
    case 'draft-tabled':
      return `${name(event.party)} tables draft ${event.draftId}: ${termsText(compiled, event.terms)}`;
    case 'draft-relayed':
      return `draft ${event.draftId} is carried to ${name(event.to)} by ${name(event.via)}, due in round ${event.dueRound}`;
    case 'answer':
      return answerLine(name(event.party), event);
    case 'phase-started':
      return `phase: ${event.phase}`;
    case 'deadline-extended':
      return `the deadline is extended by ${event.rounds} round(s), to round ${event.deadline}`;
    case 'paused':
      return 'the facilitator pauses the game';
    case 'resumed':
      return 'the facilitator resumes the game';
    case 'walk-out':
      return `${name(event.party)} walks out: ${oneLine(event.reason)}`;
    case 'signed':
      return `draft ${event.draftId} is signed: ${termsText(compiled, event.terms)}`;
    case 'ratification':
      return `ratification: ${event.results
        .map(
          (r) =>
            `${name(r.party)} ${r.passed ? 'passes' : 'fails'} (${r.meter} ${r.value.toFixed(2)}, needs ${r.needed.toFixed(2)})`,
        )
        .join('; ')}`;
    case 'epilogue': {
      const breakdown = event.months.find((month) => month.brokeDown);
      return event.held
        ? `epilogue: the ceasefire holds for all ${event.months.length} months`
        : `epilogue: the ceasefire breaks down in month ${breakdown?.month ?? '?'}`;
    }
    case 'game-ended':
      return `the game ends: ${event.outcome}`;
  }
}

/** "Ukraine rejects d1: this gives us …"; a bare answer (a human seat's yes or no) is not said twice. */
export function answerLine(name: string, event: { draftId: string; accept: boolean; reason: string }): string {
  const verb = event.accept ? 'accepts' : 'rejects';
  const reason = oneLine(event.reason).replace(new RegExp(`^${verb}:?\\s*`), '');
  return `${name} ${verb} ${event.draftId}${reason === '' ? '' : `: ${reason}`}`;
}

export function termsText(compiled: CompiledScenario, terms: Terms): string {
  return compiled.issueIds.map((issue) => `${issue}=${terms[issue] ?? '—'}`).join(', ');
}

export function outcomeText(outcome: Outcome | null): string {
  if (outcome === null) return 'not over';
  switch (outcome.kind) {
    case 'ceasefire':
      return `ceasefire signed in round ${outcome.round}, ${outcome.held ? 'held' : `held ${outcome.monthsHeld} months`}`;
    case 'ratification-failed':
      return `signed in round ${outcome.round}, ratification failed`;
    case 'collapse':
      return `collapse in round ${outcome.round} (${outcome.cause}${outcome.party === null ? '' : ` by ${outcome.party}`})`;
    case 'deadline':
      return `deadline reached in round ${outcome.round}, nothing signed`;
  }
}

export function stateLine(state: GameState): string {
  return `round ${state.round}, phase ${state.phase}${state.paused ? ' (paused)' : ''}; outcome: ${outcomeText(state.outcome)}`;
}
