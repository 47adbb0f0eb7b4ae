// The game as data. GameState is plain JSON: it is saved, hashed, replayed and sent between Node and the browser,
// so it holds no functions, classes, Maps or undefined values — only objects, arrays, strings, numbers, booleans
// and null. Functions that take a state never mutate it.

export type PartyId = string;
export type IssueId = string;
export type OptionId = string;
export type MeterId = string;

/** A ceasefire text: one option per issue. */
export type Terms = Record<IssueId, OptionId>;

export type SeatKind = 'human' | 'ai';

export type Phase = 'diplomacy' | 'drafting' | 'answers' | 'ended';

/** The state of seedrandom's `alea` generator: four numbers, restored exactly on the next draw. */
export interface RngState {
  c: number;
  s0: number;
  s1: number;
  s2: number;
}

export interface Draft {
  id: string;
  round: number;
  by: PartyId;
  terms: Terms;
  /** Answers so far, by party; the drafter's own acceptance is implied. */
  answers: Record<PartyId, AnswerRecord>;
}

export interface AnswerRecord {
  accept: boolean;
  round: number;
  /** The reason given, in words (the AI never states a falsehood; it may withhold numbers). */
  reason: string;
  /** What the answer revealed: the utility the text gives and the utility the party needed, when it said so. */
  utility: number | null;
  need: number | null;
  /** Red-line clauses named in the answer, as `issue/option`. */
  redLines: string[];
}

/** A draft carried to a party away from the table, answered when it arrives. */
export interface RelayedDraft {
  draftId: string;
  to: PartyId;
  dueRound: number;
}

export interface Pledge {
  party: PartyId;
  round: number;
  issue: IssueId;
  /** Options the party publicly refuses to sign. */
  refuses: OptionId[];
  text: string;
  broken: boolean;
}

/** What a party has learnt about another's priorities (weights), with the noise of how it was learnt. */
export interface Insight {
  weights: Record<IssueId, number>;
  noise: number;
  round: number;
}

export interface EpilogueMonth {
  month: number;
  violation: boolean;
  answered: boolean;
  brokeDown: boolean;
}

export type Outcome =
  | {
      kind: 'ceasefire';
      draftId: string;
      terms: Terms;
      round: number;
      ratified: true;
      ratification: RatificationResult[];
      epilogue: EpilogueMonth[];
      held: boolean;
      monthsHeld: number;
    }
  | { kind: 'ratification-failed'; draftId: string; terms: Terms; round: number; ratification: RatificationResult[] }
  | { kind: 'collapse'; round: number; cause: 'escalation' | 'walk-out'; party: PartyId | null }
  | { kind: 'deadline'; round: number; endedByFacilitator?: true };

export interface RatificationResult {
  party: PartyId;
  meter: MeterId;
  value: number;
  needed: number;
  passed: boolean;
}

export interface GameState {
  engineVersion: string;
  scenarioId: string;
  scenarioHash: string;
  seed: string;
  rng: RngState;
  seats: Record<PartyId, SeatKind>;
  round: number;
  deadline: number;
  deadlineExtended: number;
  phase: Phase;
  paused: boolean;
  /** Index into the phase's actor order (see flow.ts). */
  actorIndex: number;
  actionsUsed: Record<PartyId, number>;
  sharedMeters: Record<MeterId, number>;
  partyMeters: Record<PartyId, Record<MeterId, number>>;
  /** trust[from][to]. */
  trust: Record<PartyId, Record<PartyId, number>>;
  /** Current firmness of each party's red lines, by red-line index. */
  firmness: Record<PartyId, number[]>;
  /** Current issue weights (levers and events can shift them). */
  weights: Record<PartyId, Record<IssueId, number>>;
  /** Shifts of the reservation value by effects, on top of its drivers. */
  reservationShift: Record<PartyId, number>;
  /** insights[observer][subject]. */
  insights: Record<PartyId, Record<PartyId, Insight>>;
  /** Goodwill earned by a drafter with a party through concessions (tit-for-tat): goodwill[party][drafter]. */
  goodwill: Record<PartyId, Record<PartyId, number>>;
  drafts: Draft[];
  relayed: RelayedDraft[];
  pledges: Pledge[];
  /** Levers each party has played that may be played only once per game (the log has every lever played). */
  leversPlayed: Record<PartyId, string[]>;
  eventsHappened: Record<string, number>;
  /** The log, one list per round (log[0] is round 1): appending copies only the current round's list. */
  log: LogEntry[][];
  outcome: Outcome | null;
}

/** Everything that happens, in words and data: the feed the screens show and the debrief reads. */
export type LogEntry = { round: number } & GameEvent;

export type GameEvent =
  | { type: 'round-started'; round: number; deadline: number }
  | { type: 'news'; event: string; title: string; text: string; injected: boolean }
  | { type: 'lever-played'; party: PartyId; lever: string; target: PartyId | null; label: string }
  | { type: 'meeting-held'; party: PartyId; with: PartyId }
  | { type: 'pledge-made'; party: PartyId; issue: IssueId; refuses: OptionId[]; text: string }
  | { type: 'pledge-broken'; party: PartyId; issue: IssueId; option: OptionId }
  | { type: 'draft-tabled'; draftId: string; party: PartyId; terms: Terms }
  | { type: 'draft-relayed'; draftId: string; to: PartyId; via: PartyId; dueRound: number }
  | { type: 'answer'; draftId: string; party: PartyId; accept: boolean; reason: string }
  | { type: 'phase-started'; phase: Phase }
  | { type: 'deadline-extended'; rounds: number; deadline: number }
  | { type: 'paused' }
  | { type: 'resumed' }
  | { type: 'walk-out'; party: PartyId; reason: string }
  | { type: 'signed'; draftId: string; terms: Terms }
  | { type: 'ratification'; results: RatificationResult[] }
  | { type: 'epilogue'; months: EpilogueMonth[]; held: boolean }
  | { type: 'game-ended'; outcome: Outcome['kind']; endedByFacilitator?: true };

/** Every way the game can change. Facilitator actions have no party: the teacher is not a seat. */
export type Action =
  | { type: 'playLever'; party: PartyId; lever: string; target?: PartyId }
  | { type: 'holdMeeting'; party: PartyId; with: PartyId }
  | { type: 'makePledge'; party: PartyId; issue: IssueId; refuses: OptionId[] }
  | { type: 'tableDraft'; party: PartyId; terms: Terms }
  | {
      type: 'answerDraft';
      party: PartyId;
      draftId: string;
      accept: boolean;
      /** The reason in words; optional for a human. */
      reason?: string;
      /** What the answer reveals, checked true by the engine: the utility the text gives, the utility needed, */
      utility?: number;
      need?: number;
      /** and the red lines (`issue/option`) it crosses. */
      redLines?: string[];
    }
  | { type: 'endPhase'; party: PartyId }
  | { type: 'walkOut'; party: PartyId }
  | { type: 'injectEvent'; event: string }
  | { type: 'extendDeadline'; rounds: number }
  | { type: 'pause' }
  | { type: 'resume' }
  /** The facilitator stops the talks where they stand: the game ends as at the deadline, without a text. */
  | { type: 'endGame' };

export type ActionType = Action['type'];

export interface ActionResult {
  state: GameState;
  events: GameEvent[];
}

/** One entry of legalActions: an action a party could take now, or one it cannot, with the reason why. */
export interface LegalOption {
  action: Action;
  allowed: boolean;
  reason: string | null;
}
