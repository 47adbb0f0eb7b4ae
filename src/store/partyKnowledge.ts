// What one seat knows of one party, as data for the Summit's party panel. Only what that seat may know: the party's
// public side (position, public red lines, pledges, its trust in you, its answers, which every seat hears), and
// its priorities as this seat learnt them in meetings — the engine's blurred insight, with how sure it is — never
// the party's true weights or floor. Of its own party a seat knows everything its brief says.
import { reservationValue } from '../engine';
import type { CompiledScenario, GameState, PartyId } from '../engine';
import { optionLabel } from '../engine/model';
import { partyMood } from './partyMood';
import { priorityWords } from './roleBrief';
import type { PriorityWords } from './roleBrief';
import { oneLine } from './oneLine';

export type Sureness = 'exact' | 'sure' | 'fairly sure' | 'a rough idea' | 'a vague idea';

export interface PriorityBelief {
  issue: string;
  label: string;
  /** The weight as this seat believes it, 0..1, and the range the noise of its source leaves open. */
  believed: number;
  low: number;
  high: number;
  words: PriorityWords;
}

export interface PriorityKnowledge {
  /** Your own brief, a meeting (or a lever that reveals), or nothing learnt yet. */
  source: 'your brief' | 'learnt' | 'unknown';
  /** The round it was learnt in, for `learnt`. */
  round: number | null;
  sureness: Sureness;
  /** ± on each weight, 0 for your own. */
  noise: number;
  /** Most important first; empty when unknown. */
  lines: PriorityBelief[];
}

export interface AnswerKnown {
  draftId: string;
  round: number;
  accept: boolean;
  reason: string;
}

export interface PartyKnowledge {
  party: PartyId;
  name: string;
  shortName: string;
  leader: string;
  isYou: boolean;
  mustSign: boolean;
  /** "Not at the table: reached through the USA", or null. */
  presence: string | null;
  publicPosition: string;
  /** Clauses it will not sign, as every seat knows: public red lines, those named in its answers, its pledges. */
  knownRedLines: string[];
  priorities: PriorityKnowledge;
  pledges: { round: number; text: string; broken: boolean }[];
  /** Its trust in you, on the scenario's scale, and the mood word the table shows; null for your own party. */
  trust: { value: number; min: number; max: number; mood: string } | null;
  /** Every answer it gave, oldest first. */
  answers: AnswerKnown[];
  /** The latest need it stated in an answer ("we need 0.55"), and when. */
  latestNeed: { value: number; round: number } | null;
  /** Its floor (what no deal is worth to it now): known only for your own party. */
  floor: number | null;
}

/** How sure a reading blurred by ±noise is, in words a class reads. */
export function surenessOf(noise: number): Sureness {
  if (noise <= 0) return 'exact';
  if (noise <= 0.1) return 'sure';
  if (noise <= 0.2) return 'fairly sure';
  if (noise <= 0.3) return 'a rough idea';
  return 'a vague idea';
}

export function partyKnowledge(
  compiled: CompiledScenario,
  game: GameState,
  viewer: PartyId,
  partyId: PartyId,
): PartyKnowledge | null {
  const party = compiled.party.get(partyId);
  if (!party) return null;
  const isYou = partyId === viewer;
  const carrier = party.reachedThrough ? compiled.party.get(party.reachedThrough)?.shortName : undefined;
  const answers = answersOf(game, partyId);
  const stated = [...game.drafts]
    .map((draft) => draft.answers[partyId])
    .filter((answer) => answer !== undefined && answer.need !== null)
    .sort((a, b) => (a?.round ?? 0) - (b?.round ?? 0))
    .pop();
  return {
    party: partyId,
    name: party.name,
    shortName: party.shortName,
    leader: party.leaders.map((leader) => `${leader.name}, ${leader.title}`).join(' · '),
    isYou,
    mustSign: compiled.isSignatory.has(partyId),
    presence: party.atTable ? null : `Not at the table: reached through ${carrier ?? party.reachedThrough ?? '—'}`,
    publicPosition: party.publicPosition.replace(/\s+/g, ' ').trim(),
    knownRedLines: knownRedLines(compiled, game, partyId, isYou),
    priorities: isYou ? ownPriorities(compiled, game, partyId) : learntPriorities(compiled, game, viewer, partyId),
    pledges: game.pledges
      .filter((pledge) => pledge.party === partyId)
      .map((pledge) => ({ round: pledge.round, text: pledge.text, broken: pledge.broken })),
    trust: isYou ? null : trustOf(compiled, game, viewer, partyId),
    answers,
    latestNeed: stated && stated.need !== null ? { value: stated.need, round: stated.round } : null,
    floor: isYou ? reservationValue(compiled, game, partyId) : null,
  };
}

function answersOf(game: GameState, partyId: PartyId): AnswerKnown[] {
  return game.drafts.flatMap((draft) => {
    const answer = draft.answers[partyId];
    return answer
      ? [{ draftId: draft.id, round: answer.round, accept: answer.accept, reason: oneLine(answer.reason) }]
      : [];
  });
}

function trustOf(compiled: CompiledScenario, game: GameState, viewer: PartyId, partyId: PartyId) {
  const { min, max, start } = compiled.scenario.rules.trust;
  const value = game.trust[partyId]?.[viewer] ?? start;
  return { value, min, max, mood: partyMood(compiled, game, partyId, viewer).label };
}

function ownPriorities(compiled: CompiledScenario, game: GameState, partyId: PartyId): PriorityKnowledge {
  return {
    source: 'your brief',
    round: null,
    sureness: 'exact',
    noise: 0,
    lines: beliefLines(compiled, game.weights[partyId] ?? {}, 0),
  };
}

function learntPriorities(
  compiled: CompiledScenario,
  game: GameState,
  viewer: PartyId,
  partyId: PartyId,
): PriorityKnowledge {
  const insight = game.insights[viewer]?.[partyId];
  if (!insight) return { source: 'unknown', round: null, sureness: 'a vague idea', noise: 1, lines: [] };
  return {
    source: 'learnt',
    round: insight.round,
    sureness: surenessOf(insight.noise),
    noise: insight.noise,
    lines: beliefLines(compiled, insight.weights, insight.noise),
  };
}

function beliefLines(compiled: CompiledScenario, weights: Record<string, number>, noise: number): PriorityBelief[] {
  const top = Math.max(0, ...compiled.issueIds.map((issue) => weights[issue] ?? 0));
  return compiled.scenario.issues
    .map((issue) => {
      const believed = weights[issue.id] ?? 0;
      return {
        issue: issue.id,
        label: issue.label,
        believed,
        low: Math.max(0, believed - noise),
        high: Math.min(1, believed + noise),
        words: priorityWords(believed, top),
      };
    })
    .sort((a, b) => b.believed - a.believed);
}

function knownRedLines(compiled: CompiledScenario, game: GameState, partyId: PartyId, isYou: boolean): string[] {
  const keys = new Set<string>();
  for (const line of compiled.party.get(partyId)?.redLines ?? [])
    if (line.public || isYou) for (const option of line.forbidden) keys.add(`${line.issue}/${option}`);
  for (const draft of game.drafts) for (const key of draft.answers[partyId]?.redLines ?? []) keys.add(key);
  for (const pledge of game.pledges)
    if (pledge.party === partyId && !pledge.broken)
      for (const option of pledge.refuses) keys.add(`${pledge.issue}/${option}`);
  return [...keys].map((key) => {
    const slash = key.indexOf('/');
    const issue = key.slice(0, slash);
    const issueLabel = compiled.scenario.issues.find((candidate) => candidate.id === issue)?.label ?? issue;
    return `${issueLabel}: ${optionLabel(compiled, issue, key.slice(slash + 1))}`;
  });
}
