// What the Ceasefire and Collapse scenes tell, derived from the finished game as plain data: the agreed clauses
// and the map features they draw, the signatories and their ratification, and — when the talks failed — what broke
// and what the last drafts and answers said. The store may read the engine (architecture.md: game → store →
// engine); the scenes only draw what these functions return.
import type { CompiledScenario, GameState, Outcome, PartyId, Terms } from '../engine';

export interface ClauseLine {
  issueId: string;
  issueLabel: string;
  optionId: string;
  optionLabel: string;
  /** Map feature ids this clause draws (from the scenario's option `map`). */
  mapFeatures: string[];
  /** The parties that back this clause with a guarantee or forces (the option's `guarantors`), in its order. */
  guarantors: PartyId[];
}

export interface RatificationLine {
  party: PartyId;
  partyName: string;
  meterLabel: string;
  value: number;
  needed: number;
  passed: boolean;
}

export interface AnswerLine {
  party: PartyId;
  partyName: string;
  /** null: the party had not answered when the talks ended. */
  accept: boolean | null;
  reason: string;
}

export interface DraftStory {
  draftId: string;
  round: number;
  byName: string;
  clauses: ClauseLine[];
  answers: AnswerLine[];
}

export type BreakCause =
  | { kind: 'escalation'; meterLabel: string; value: number; limit: number }
  | { kind: 'walk-out'; partyName: string; reason: string }
  | { kind: 'deadline'; deadline: number }
  | { kind: 'stopped'; round: number };

export function partyName(compiled: CompiledScenario, party: PartyId | null): string {
  if (party === null) return 'A party';
  return compiled.party.get(party)?.name ?? party;
}

/** One line per issue of a text, in the scenario's issue order. */
export function clausesOf(compiled: CompiledScenario, terms: Terms): ClauseLine[] {
  return compiled.scenario.issues.map((issue) => {
    const optionId = terms[issue.id] ?? '';
    const option = issue.options.find((candidate) => candidate.id === optionId);
    return {
      issueId: issue.id,
      issueLabel: issue.label,
      optionId,
      optionLabel: option?.label ?? '(no clause)',
      mapFeatures: option?.map ?? [],
      guarantors: option?.guarantors ?? [],
    };
  });
}

/** Every party that backs some clause of the text, once, in the order the clauses name them. */
export function guarantorsOf(clauses: readonly ClauseLine[]): PartyId[] {
  return [...new Set(clauses.flatMap((clause) => clause.guarantors))];
}

/** Every feature id a text draws, each once, in clause order. */
export function mapFeaturesOf(clauses: readonly ClauseLine[]): string[] {
  return [...new Set(clauses.flatMap((clause) => clause.mapFeatures))];
}

export function ratificationLines(compiled: CompiledScenario, outcome: Outcome): RatificationLine[] {
  if (outcome.kind !== 'ceasefire' && outcome.kind !== 'ratification-failed') return [];
  return outcome.ratification.map((result) => ({
    party: result.party,
    partyName: partyName(compiled, result.party),
    meterLabel: compiled.meter.get(result.meter)?.label ?? result.meter,
    value: result.value,
    needed: result.needed,
    passed: result.passed,
  }));
}

/** The drafts tabled in the last round that saw any, newest first, with every answer and its reason. */
export function lastDrafts(compiled: CompiledScenario, state: GameState, limit = 2): DraftStory[] {
  return [...state.drafts]
    .reverse()
    .slice(0, limit)
    .map((draft) => ({
      draftId: draft.id,
      round: draft.round,
      byName: partyName(compiled, draft.by),
      clauses: clausesOf(compiled, draft.terms),
      answers: compiled.answerOrder
        .filter((party) => party !== draft.by)
        .map((party) => {
          const answer = draft.answers[party];
          return {
            party,
            partyName: partyName(compiled, party),
            accept: answer ? answer.accept : null,
            reason: answer ? answer.reason : 'No answer before the talks ended.',
          };
        }),
    }));
}

/** Why the talks ended without a deal; null for an outcome that had one. */
export function breakCause(compiled: CompiledScenario, state: GameState): BreakCause | null {
  const outcome = state.outcome;
  if (!outcome) return null;
  if (outcome.kind === 'deadline')
    return outcome.endedByFacilitator
      ? { kind: 'stopped', round: outcome.round }
      : { kind: 'deadline', deadline: state.deadline };
  if (outcome.kind !== 'collapse') return null;
  if (outcome.cause === 'walk-out') {
    const walkOut = state.log
      .flat()
      .reverse()
      .find((entry) => entry.type === 'walk-out');
    const reason = walkOut?.type === 'walk-out' ? walkOut.reason : '';
    return { kind: 'walk-out', partyName: partyName(compiled, outcome.party), reason };
  }
  const { meter, atLeast } = compiled.scenario.rules.collapse;
  return {
    kind: 'escalation',
    meterLabel: compiled.meter.get(meter)?.label ?? meter,
    value: state.sharedMeters[meter] ?? atLeast,
    limit: atLeast,
  };
}

/**
 * A finished game's outcome in one sentence, as the debrief report and the comparison of tables word it. `name`
 * gives a party's name as the caller shows it.
 */
export function outcomeSentence(outcome: Outcome, name: (party: PartyId | null) => string): string {
  switch (outcome.kind) {
    case 'ceasefire':
      return outcome.held
        ? `Ceasefire signed in round ${outcome.round}, ratified, and it held for ${outcome.monthsHeld} months`
        : `Ceasefire signed in round ${outcome.round} and ratified, but it broke down after ${outcome.monthsHeld} ` +
            `month${outcome.monthsHeld === 1 ? '' : 's'}`;
    case 'ratification-failed': {
      const failed = outcome.ratification.filter((result) => !result.passed).map((result) => name(result.party));
      return `Ceasefire signed in round ${outcome.round}, but not ratified in ${failed.join(', ')}`;
    }
    case 'collapse':
      return outcome.cause === 'walk-out'
        ? `Talks collapsed in round ${outcome.round}: ${name(outcome.party)} walked out`
        : `Talks collapsed in round ${outcome.round}: escalation reached its top`;
    case 'deadline':
      return outcome.endedByFacilitator
        ? `The facilitator ended the talks in round ${outcome.round}, before any deal`
        : `The deadline passed in round ${outcome.round} without a deal`;
  }
}
