// The debrief as files a teacher keeps: JSON (everything, self-describing, versioned) and CSV (two tables for a
// spreadsheet). Pure functions of a recorded game — its compiled scenario, first state, action list and current
// state — finished or still in progress. The debrief's own numbers come from buildDebrief (src/store/debrief.ts),
// so the export, the Debrief scene and the printed report always agree.
//
// CSV: two files, one table each, because the two tables have different columns and a spreadsheet reads a
// rectangular table best:
//   rounds  — one row per round: news, drafts, answers, and every meter as the round closed;
//   parties — one row per party: its utility of the text against its no-deal value, the Nash point, its answer,
//             ratification, the fate of its red lines and its meters at the end.
// Both start with the scenario and the seed, so tables from several tables of one class (the same seed played in
// parallel) can be pasted under each other and compared. Files follow RFC 4180 (comma, CRLF, fields with commas,
// quotes or line breaks quoted, quotes doubled). Numbers use a dot and fixed decimals: utilities, values and
// distances 3, meters and trust 1, counts none. A text cell that starts with = + - @ (or a tab or carriage return)
// gets a leading apostrophe, so a spreadsheet never runs scenario or player text as a formula.
import type {
  Action,
  CompiledScenario,
  GameState,
  LogEntry,
  Outcome,
  PartyId,
  RatificationResult,
  SeatKind,
  Terms,
} from '../engine';
import { applyAction, reservationValue, stateHash } from '../engine';
import { classFileName } from './classFileNames';
import type { ClassFileKind } from './classFileNames';
import { buildDebrief } from './debrief';
import { outcomeSentence } from './outcomeStory';
import type { Durability, RedLineFate, TextKind, TurningPoint } from './debrief';
import type { SessionState } from './session';

export const DEBRIEF_FORMAT = 'ceasefire-summit-debrief';
export const DEBRIEF_VERSION = 1;

/** Everything an export needs; the session holds exactly this. */
export interface RecordedGame {
  compiled: CompiledScenario;
  /** The state before the first action. */
  initial: GameState;
  /** Every action since `initial`, the AI's included. */
  actions: readonly Action[];
  /** The game now: finished, or in progress. */
  game: GameState;
}

export type AnswerWord = 'accept' | 'refuse';

export interface RoundMeters {
  shared: Record<string, number>;
  /** parties[party][meter] */
  parties: Record<PartyId, Record<string, number>>;
  /** trust[from][to] */
  trust: Record<PartyId, Record<PartyId, number>>;
}

export interface ExportedRound {
  round: number;
  news: { event: string; title: string; injected: boolean }[];
  levers: { party: PartyId; lever: string; label: string; target: PartyId | null }[];
  meetings: { party: PartyId; with: PartyId }[];
  pledges: { party: PartyId; issue: string; refuses: string[]; text: string }[];
  drafts: { id: string; by: PartyId; terms: Terms }[];
  /** Answers given this round, in the order given; Russia's to last round's drafts arrive here through the channel. */
  answers: {
    draftId: string;
    party: PartyId;
    answer: AnswerWord;
    reason: string;
    /** What the answer revealed: the text's utility to the party and the utility it needed, when it said so. */
    utility: number | null;
    need: number | null;
    redLines: string[];
  }[];
  walkOuts: { party: PartyId; reason: string }[];
  /**
   * The meters as the round closed: after its last answer, before the world moved on (drift) — and for the last
   * round, as the game ended or stands now. Null only if the action list could not be replayed (see `notes`).
   */
  meters: RoundMeters | null;
}

export interface FinalParty {
  party: PartyId;
  name: string;
  role: string;
  signatory: boolean;
  seat: SeatKind;
  /** Utility of the measured text (the debrief's own number for a signatory); null when no text was tabled. */
  utility: number | null;
  reservation: number;
  surplus: number | null;
  /** What the Nash point would have given it; signatories only. */
  nashUtility: number | null;
  /** Its answer to the measured text: it drafted it, accepted or refused it, or never answered (null). */
  answer: AnswerWord | 'drafted' | null;
  ratification: RatificationResult | null;
  redLines: { held: number; wornDown: number; crossed: number };
  meters: Record<string, number>;
}

export interface DebriefExport {
  format: typeof DEBRIEF_FORMAT;
  version: typeof DEBRIEF_VERSION;
  scenario: { id: string; title: string; language: string; contentHash: string };
  engineVersion: string;
  seed: string;
  seats: Record<PartyId, SeatKind>;
  status: 'finished' | 'in-progress';
  outcome: Outcome['kind'] | 'in-progress';
  headline: string;
  /** Names for every id used below, so the file reads on its own. */
  parties: { id: PartyId; name: string; shortName: string; role: string; signatory: boolean }[];
  issues: { id: string; label: string; options: { id: string; label: string }[] }[];
  meters: { id: string; label: string; scope: 'party' | 'shared'; min: number; max: number }[];
  rounds: ExportedRound[];
  final: {
    outcome: Outcome | null;
    round: number;
    deadline: number;
    /** Which text is measured: the signed deal, a signed deal not ratified, the last draft, or none. */
    text: { kind: TextKind; terms: Terms | null };
    /** Per party; for the required signatories exactly the Debrief scene's numbers. */
    utilities: Record<PartyId, number | null>;
    reservationValues: Record<PartyId, number>;
    parties: FinalParty[];
    nash: { terms: Terms | null; utilities: Record<PartyId, number | null>; sameClauses: number };
    distanceToNash: number | null;
    distanceToFrontier: number | null;
    durability: Durability | null;
    redLines: RedLineFate[];
    turningPoints: TurningPoint[];
  };
  /** Anything the reader should know about how the file was made (e.g. meters that could not be recovered). */
  notes: string[];
}

/** The session's game as a RecordedGame; null before a game has started. */
export function recordedGameOf(
  session: Pick<SessionState, 'compiled' | 'initial' | 'game' | 'actions'>,
): RecordedGame | null {
  const { compiled, initial, game, actions } = session;
  return compiled && initial && game ? { compiled, initial, game, actions } : null;
}

const APPROXIMATE_NASH_NOTE =
  'The Nash point is approximate: this scenario allows too many possible texts to search them all, so it is the best text found within the search budget.';

const ROLE_WORDS = { convenor: 'convenor', signatory: 'signatory', guarantor: 'guarantor', observer: 'observer' };

export function buildDebriefExport(recorded: RecordedGame): DebriefExport {
  const { compiled, initial, game } = recorded;
  const { scenario } = compiled;
  const debrief = buildDebrief(compiled, initial, game);
  const finished = game.outcome !== null;
  const log = game.log.flat();
  const notes: string[] = [];
  const closing = closingStates(recorded, notes);

  const measuredTerms = measuredTermsOf(game);
  const standing = new Map(debrief.standings.map((row) => [row.party, row]));
  const nashTerms = debrief.deal.nashClauses
    ? Object.fromEntries(debrief.deal.nashClauses.map((clause) => [clause.issueId, clause.optionId]))
    : null;
  const fatesByParty = (party: PartyId) => debrief.redLines.filter((fate) => fate.party === party);
  const ratification = game.outcome && 'ratification' in game.outcome ? game.outcome.ratification : [];

  const finalParties: FinalParty[] = scenario.parties.map((party) => {
    const row = standing.get(party.id);
    const utility = row ? row.utility : measuredTerms ? analysisUtility(compiled, game, party.id, measuredTerms) : null;
    const reservation = row ? row.reservation : reservationValue(compiled, game, party.id);
    const fates = fatesByParty(party.id);
    return {
      party: party.id,
      name: party.name,
      role: ROLE_WORDS[party.role],
      signatory: compiled.isSignatory.has(party.id),
      seat: game.seats[party.id] ?? 'ai',
      utility,
      reservation,
      surplus: utility === null ? null : utility - reservation,
      nashUtility: row?.nashUtility ?? null,
      answer: answerToMeasured(game, party.id),
      ratification: ratification.find((result) => result.party === party.id) ?? null,
      redLines: {
        held: fates.filter((fate) => fate.status === 'held').length,
        wornDown: fates.filter((fate) => fate.status === 'worn-down').length,
        crossed: fates.filter((fate) => fate.status === 'crossed').length,
      },
      meters: { ...(game.partyMeters[party.id] ?? {}) },
    };
  });

  const exported: DebriefExport = {
    format: DEBRIEF_FORMAT,
    version: DEBRIEF_VERSION,
    scenario: { id: scenario.id, title: scenario.title, language: scenario.language, contentHash: game.scenarioHash },
    engineVersion: game.engineVersion,
    seed: game.seed,
    seats: { ...game.seats },
    status: finished ? 'finished' : 'in-progress',
    outcome: game.outcome?.kind ?? 'in-progress',
    headline: '',
    parties: scenario.parties.map((party) => ({
      id: party.id,
      name: party.name,
      shortName: party.shortName,
      role: ROLE_WORDS[party.role],
      signatory: compiled.isSignatory.has(party.id),
    })),
    issues: scenario.issues.map((issue) => ({
      id: issue.id,
      label: issue.label,
      options: issue.options.map((option) => ({ id: option.id, label: option.label })),
    })),
    meters: scenario.meters.map((meter) => ({
      id: meter.id,
      label: meter.label,
      scope: meter.scope,
      min: meter.min,
      max: meter.max,
    })),
    rounds: Array.from({ length: game.round }, (_, index) =>
      exportRound(game, log, index + 1, closing.get(index + 1) ?? null),
    ),
    final: {
      outcome: game.outcome,
      round: game.round,
      deadline: game.deadline,
      text: { kind: debrief.deal.kind, terms: measuredTerms },
      utilities: Object.fromEntries(finalParties.map((row) => [row.party, row.utility])),
      reservationValues: Object.fromEntries(finalParties.map((row) => [row.party, row.reservation])),
      parties: finalParties,
      nash: {
        terms: nashTerms,
        utilities: Object.fromEntries(debrief.standings.map((row) => [row.party, row.nashUtility])),
        sameClauses: debrief.deal.sameAsNash,
      },
      distanceToNash: debrief.deal.distanceToNash,
      distanceToFrontier: debrief.deal.distanceToFrontier,
      durability: debrief.durability,
      redLines: debrief.redLines,
      turningPoints: debrief.turningPoints,
    },
    notes: debrief.deal.nashApproximate ? [...notes, APPROXIMATE_NASH_NOTE] : notes,
  };
  exported.headline = outcomeHeadline(exported);
  return exported;
}

/** The debrief as a JSON file's text. */
export function debriefJson(exported: DebriefExport): string {
  return `${JSON.stringify(exported, null, 2)}\n`;
}

/** The outcome in one sentence, for the top of a report. */
export function outcomeHeadline(exported: Pick<DebriefExport, 'final' | 'parties'>): string {
  const outcome = exported.final.outcome;
  const name = (id: PartyId | null) => exported.parties.find((party) => party.id === id)?.name ?? id ?? 'A party';
  if (!outcome) return `Talks in progress: round ${exported.final.round} of ${exported.final.deadline}`;
  return outcomeSentence(outcome, name);
}

/**
 * A file name for the export, the same as the table's replay file but for its kind, e.g.
 * `paris-2026_class-4b_france_2026-12-08_1015.debrief.json` (see classFileNames.ts); `savedAt` is the browser's clock.
 */
export function debriefFileName(
  exported: Pick<DebriefExport, 'scenario' | 'seed' | 'seats'>,
  savedAt: Date,
  kind: Exclude<ClassFileKind, 'replay.json'>,
): string {
  return classFileName({ scenarioId: exported.scenario.id, seed: exported.seed, seats: exported.seats }, savedAt, kind);
}

/**
 * The state each round closed in, found by replaying the action list: the last state of round r before the world
 * moved on, and the game itself for its last round. If the list does not replay to the game (it always does for
 * a session), only the last round keeps its meters, and a note says so.
 */
function closingStates(recorded: RecordedGame, notes: string[]): Map<number, GameState> {
  const { compiled, initial, game, actions } = recorded;
  const closing = new Map<number, GameState>();
  try {
    let state = initial;
    for (const action of actions) {
      const next = applyAction(compiled, state, action).state;
      if (next.round !== state.round) closing.set(state.round, state);
      state = next;
    }
    if (stateHash(state) !== stateHash(game)) throw new Error('the action list does not lead to this game');
  } catch {
    closing.clear();
    notes.push(
      'The meters of earlier rounds could not be recovered: the action list does not replay to this game. Only the last round has them.',
    );
  }
  closing.set(game.round, game);
  return closing;
}

function metersOf(state: GameState): RoundMeters {
  return {
    shared: { ...state.sharedMeters },
    parties: Object.fromEntries(Object.entries(state.partyMeters).map(([party, row]) => [party, { ...row }])),
    trust: Object.fromEntries(Object.entries(state.trust).map(([party, row]) => [party, { ...row }])),
  };
}

function exportRound(
  game: GameState,
  log: readonly LogEntry[],
  round: number,
  closing: GameState | null,
): ExportedRound {
  const entries = log.filter((entry) => entry.round === round);
  const draftById = new Map(game.drafts.map((draft) => [draft.id, draft]));
  const exported: ExportedRound = {
    round,
    news: [],
    levers: [],
    meetings: [],
    pledges: [],
    drafts: game.drafts
      .filter((draft) => draft.round === round)
      .map((draft) => ({ id: draft.id, by: draft.by, terms: { ...draft.terms } })),
    answers: [],
    walkOuts: [],
    meters: closing ? metersOf(closing) : null,
  };
  for (const entry of entries) {
    switch (entry.type) {
      case 'news':
        exported.news.push({ event: entry.event, title: entry.title, injected: entry.injected });
        break;
      case 'lever-played':
        exported.levers.push({ party: entry.party, lever: entry.lever, label: entry.label, target: entry.target });
        break;
      case 'meeting-held':
        exported.meetings.push({ party: entry.party, with: entry.with });
        break;
      case 'pledge-made':
        exported.pledges.push({
          party: entry.party,
          issue: entry.issue,
          refuses: [...entry.refuses],
          text: entry.text,
        });
        break;
      case 'answer': {
        const record = draftById.get(entry.draftId)?.answers[entry.party];
        exported.answers.push({
          draftId: entry.draftId,
          party: entry.party,
          answer: entry.accept ? 'accept' : 'refuse',
          reason: entry.reason,
          utility: record?.utility ?? null,
          need: record?.need ?? null,
          redLines: [...(record?.redLines ?? [])],
        });
        break;
      }
      case 'walk-out':
        exported.walkOuts.push({ party: entry.party, reason: entry.reason });
        break;
      default:
        break;
    }
  }
  return exported;
}

function measuredTermsOf(game: GameState): Terms | null {
  const outcome = game.outcome;
  if (outcome?.kind === 'ceasefire' || outcome?.kind === 'ratification-failed') return { ...outcome.terms };
  const last = game.drafts[game.drafts.length - 1];
  return last ? { ...last.terms } : null;
}

function measuredDraft(game: GameState) {
  const outcome = game.outcome;
  if (outcome?.kind === 'ceasefire' || outcome?.kind === 'ratification-failed')
    return game.drafts.find((draft) => draft.id === outcome.draftId) ?? null;
  return game.drafts[game.drafts.length - 1] ?? null;
}

function answerToMeasured(game: GameState, party: PartyId): FinalParty['answer'] {
  const draft = measuredDraft(game);
  if (!draft) return null;
  if (draft.by === party) return 'drafted';
  const answer = draft.answers[party];
  return answer ? (answer.accept ? 'accept' : 'refuse') : null;
}

/**
 * The text's worth to a party that does not sign, computed as the debrief computes it for signatories (the
 * analysis's weighted sum: weights normalised, issues summed in order), so every utility in the file is comparable.
 */
function analysisUtility(compiled: CompiledScenario, game: GameState, party: PartyId, terms: Terms): number {
  const p = compiled.partyIndex.get(party);
  if (p === undefined) return 0;
  const weights = game.weights[party] ?? {};
  const total = compiled.issueIds.reduce((sum, issueId) => sum + Math.max(0, weights[issueId] ?? 0), 0);
  if (total <= 0) return 0;
  let utility = 0;
  compiled.issueIds.forEach((issueId, i) => {
    const o = Math.max(0, compiled.optionIds[i]?.indexOf(terms[issueId] ?? '') ?? 0);
    utility += (Math.max(0, weights[issueId] ?? 0) / total) * (compiled.values[p]?.[i]?.[o] ?? 0);
  });
  return utility;
}

// --- CSV ----------------------------------------------------------------------------------------------------------

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell: guarded against formulas, quoted when it holds a comma, a quote or a line break (RFC 4180). */
export function csvText(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** A number cell with fixed decimals and a dot; empty for a missing number. Numbers need no formula guard. */
export function csvNumber(value: number | null | undefined, decimals: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  const text = value.toFixed(decimals);
  // toFixed gives "-0.000" for tiny negatives; a spreadsheet should see 0.
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
}

function csvLines(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.join(',')).join('\r\n') + '\r\n';
}

const UTILITY_DECIMALS = 3;
const METER_DECIMALS = 1;

/** One row per round. */
export function debriefRoundsCsv(exported: DebriefExport): string {
  const shared = exported.meters.filter((meter) => meter.scope === 'shared');
  const perParty = exported.meters.filter((meter) => meter.scope === 'party');
  const signatories = exported.parties.filter((party) => party.signatory).map((party) => party.id);
  const header = [
    'scenario',
    'seed',
    'round',
    'news',
    'drafts tabled',
    'drafted by',
    'accepted',
    'refused',
    'most signatures for a draft of this round',
    'signatures needed',
    ...shared.map((meter) => meter.label),
    ...exported.parties.flatMap((party) => perParty.map((meter) => `${meter.label} (${party.shortName})`)),
    ...exported.parties.map((party) => `Trust in ${party.shortName} (average)`),
  ];
  const name = (id: PartyId) => exported.parties.find((party) => party.id === id)?.shortName ?? id;
  const allAnswers = exported.rounds.flatMap((round) => round.answers);
  const rows = exported.rounds.map((round) => {
    const signatures = round.drafts.map(
      (draft) =>
        (signatories.includes(draft.by) ? 1 : 0) +
        allAnswers.filter(
          (answer) => answer.draftId === draft.id && answer.answer === 'accept' && signatories.includes(answer.party),
        ).length,
    );
    const meters = round.meters;
    return [
      csvText(exported.scenario.id),
      csvText(exported.seed),
      csvNumber(round.round, 0),
      csvText(round.news.map((news) => news.title).join('; ')),
      csvNumber(round.drafts.length, 0),
      csvText(round.drafts.map((draft) => name(draft.by)).join('; ')),
      csvNumber(round.answers.filter((answer) => answer.answer === 'accept').length, 0),
      csvNumber(round.answers.filter((answer) => answer.answer === 'refuse').length, 0),
      csvNumber(signatures.length > 0 ? Math.max(...signatures) : null, 0),
      csvNumber(signatories.length, 0),
      ...shared.map((meter) => csvNumber(meters?.shared[meter.id], METER_DECIMALS)),
      ...exported.parties.flatMap((party) =>
        perParty.map((meter) => csvNumber(meters?.parties[party.id]?.[meter.id], METER_DECIMALS)),
      ),
      ...exported.parties.map((party) => csvNumber(meters ? averageTrustIn(meters, party.id) : null, METER_DECIMALS)),
    ];
  });
  return csvLines([header.map(csvText), ...rows]);
}

/** One row per party, at the end (or now, for a game in progress). */
export function debriefPartiesCsv(exported: DebriefExport): string {
  const perParty = exported.meters.filter((meter) => meter.scope === 'party');
  const durability = exported.final.durability;
  const header = [
    'scenario',
    'seed',
    'outcome',
    'party',
    'name',
    'role',
    'signature required',
    'seat',
    'utility of the text',
    'no-deal value',
    'utility minus no-deal value',
    'utility at the Nash point',
    'answer to the text',
    'ratified',
    'ratification value',
    'ratification needed',
    'red lines held',
    'red lines worn down',
    'red lines crossed',
    'distance to the Nash point',
    'months the ceasefire held',
    ...perParty.map((meter) => meter.label),
  ];
  const rows = exported.final.parties.map((row) => [
    csvText(exported.scenario.id),
    csvText(exported.seed),
    csvText(exported.outcome),
    csvText(row.party),
    csvText(row.name),
    csvText(row.role),
    csvText(row.signatory ? 'yes' : 'no'),
    csvText(row.seat),
    csvNumber(row.utility, UTILITY_DECIMALS),
    csvNumber(row.reservation, UTILITY_DECIMALS),
    csvNumber(row.surplus, UTILITY_DECIMALS),
    csvNumber(row.nashUtility, UTILITY_DECIMALS),
    csvText(row.answer ?? ''),
    csvText(row.ratification ? (row.ratification.passed ? 'yes' : 'no') : ''),
    csvNumber(row.ratification?.value, METER_DECIMALS),
    csvNumber(row.ratification?.needed, METER_DECIMALS),
    csvNumber(row.redLines.held, 0),
    csvNumber(row.redLines.wornDown, 0),
    csvNumber(row.redLines.crossed, 0),
    csvNumber(exported.final.distanceToNash, UTILITY_DECIMALS),
    csvNumber(durability?.monthsHeld, 0),
    ...perParty.map((meter) => csvNumber(row.meters[meter.id], METER_DECIMALS)),
  ]);
  return csvLines([header.map(csvText), ...rows]);
}

function averageTrustIn(meters: RoundMeters, party: PartyId): number | null {
  const values = Object.entries(meters.trust)
    .filter(([from]) => from !== party)
    .map(([, row]) => row[party])
    .filter((value): value is number => value !== undefined);
  return values.length > 0 ? values.reduce((sum, value) => sum + value, 0) / values.length : null;
}
