// Parallel worlds: a teacher collects one replay file per classroom table — the same scenario and seed, different
// players — and compares what each table reached. Pure: replay texts in, one comparison out. Every file is parsed
// and verified (src/replay) before it counts; a file that cannot be read, does not verify, or played another
// scenario or seed than the rest is left out with one line that names it and says why. Never throws for anything a
// file can contain. The numbers per table are the Debrief's own (buildDebrief), so both screens always agree.
import { createGame } from '../engine';
import type { CompiledScenario, GameState, Outcome, PartyId } from '../engine';
import { parseReplay, verifyReplay } from '../replay';
import type { Replay, ScenarioLookup } from '../replay';
import { buildDebrief } from './debrief';
import type { Durability, PartyStanding, TextKind } from './debrief';
import { outcomeLabel } from './outcomeLabel';
import { clausesOf, outcomeSentence, partyName } from './outcomeStory';
import { distinctNames, tableName } from './tableNames';
import type { ClauseLine } from './outcomeStory';
import { oneLine } from './oneLine';

/** A whole class: 30 students in pairs, or 15 tables of two seats each played twice. Past this, files are left out. */
export const MAX_TABLES = 30;
/** Files past this many are not even read: verifying costs time, and no class has this many tables. */
export const MAX_FILES = 3 * MAX_TABLES;
/** The table column shows this many of a table's clauses; the issues where the tables differ come first. */
export const MAX_KEY_CLAUSES = 3;

export interface ReplayFile {
  /** As the player's file system names it, e.g. `table-2.json`; used in every line about the file. */
  fileName: string;
  text: string;
  /** Why the browser could not read the file (then `text` is empty); the file is left out with this reason. */
  readError?: string;
}

export interface WalkOut {
  party: PartyId;
  partyName: string;
  round: number;
  reason: string;
}

export interface TableWorld {
  fileName: string;
  /**
   * How the screen names the table: from its file (tableNames.ts), distinct among the tables compared; the
   * teacher may rename it (withTableNames).
   */
  name: string;
  /** Party names of the seats people played (the rest were the AI), in the scenario's order. */
  humans: string[];
  actions: number;
  outcome: {
    /** 'unfinished': the replay stops before the game ended (a table saved mid-game). */
    kind: Outcome['kind'] | 'unfinished';
    /** A few words for a table cell: "Ceasefire, held", "Collapse: walk-out". */
    label: string;
    /** One sentence, worded as the Debrief export's outcomeHeadline words it. */
    headline: string;
  };
  /** The round the game ended in. */
  round: number;
  /** Which text the figures measure: the signed deal, a signed deal not ratified, the last draft, or none. */
  textKind: TextKind;
  /** Issue by issue, the text signed (ratified or not); null when nothing was signed. */
  signedTerms: ClauseLine[] | null;
  /** The signed clauses that tell this table from the others (see MAX_KEY_CLAUSES); empty when nothing was signed. */
  keyClauses: ClauseLine[];
  /** Each required signatory's utility of the measured text against its reservation value (the Debrief's). */
  standings: PartyStanding[];
  /** Distance in utility space from the measured text to the Nash point; null without a text or a Nash point. */
  distanceToNash: number | null;
  /** Issues on which the measured text and the Nash point chose the same option. */
  sameAsNash: number;
  durability: Durability | null;
  walkOuts: WalkOut[];
}

export interface IssueComparison {
  issueId: string;
  issueLabel: string;
  /** Per table, in table order: the option it signed on this issue, or null when it signed nothing. */
  signed: ({ optionId: string; optionLabel: string } | null)[];
  /** How many different options the signing tables chose: 1 when they all agree, 0 when no table signed. */
  distinctOptions: number;
}

export interface RejectedReplay {
  fileName: string;
  /** One line that starts with the file name and says what is wrong. */
  reason: string;
}

export interface ParallelWorlds {
  /** The scenario and seed every compared table played; null when no file could be compared. */
  scenario: { id: string; title: string; contentHash: string } | null;
  seed: string | null;
  /** Required signatories, in table order: the rows of each table's standings. */
  signatories: { party: PartyId; name: string; shortName: string }[];
  tables: TableWorld[];
  issues: IssueComparison[];
  rejected: RejectedReplay[];
}

interface VerifiedFile {
  file: ReplayFile;
  replay: Replay;
  compiled: CompiledScenario;
  initial: GameState;
  final: GameState;
}

/**
 * Compares the replays of one scenario and seed played at several tables. The compared group is the largest set of
 * files sharing scenario, content hash and seed (the earliest file breaks a tie); files are taken in natural name
 * order, so `table-2` comes before `table-10`.
 */
export function compareParallelWorlds(files: readonly ReplayFile[], scenarios: ScenarioLookup): ParallelWorlds {
  const ordered = [...files].sort((a, b) => naturalOrder(a.fileName, b.fileName));
  const rejected: RejectedReplay[] = [];
  const verified: VerifiedFile[] = [];
  ordered.forEach((file, index) => {
    if (index >= MAX_FILES) {
      rejected.push(reject(file, `not read: at most ${MAX_FILES} files are read at once`));
      return;
    }
    const result = readVerified(file, scenarios);
    if ('reason' in result) rejected.push(result);
    else verified.push(result);
  });

  const group = largestGroup(verified);
  const tables: VerifiedFile[] = [];
  for (const candidate of verified) {
    const mismatch = group ? groupMismatch(candidate, group) : null;
    if (mismatch !== null) rejected.push(reject(candidate.file, mismatch));
    else if (tables.length >= MAX_TABLES)
      rejected.push(reject(candidate.file, `left out: at most ${MAX_TABLES} tables are compared at once`));
    else tables.push(candidate);
  }
  // Rejections come from several passes; the list reads best in the order the files were named.
  rejected.sort((a, b) => naturalOrder(a.fileName, b.fileName));

  const first = tables[0];
  if (!first) return { scenario: null, seed: null, signatories: [], tables: [], issues: [], rejected };
  const { compiled } = first;
  const worlds = tables.map((table) => tableWorld(table));
  distinctNames(worlds.map((world) => world.name)).forEach((name, index) => {
    const world = worlds[index];
    if (world) world.name = name;
  });
  const issues = compareIssues(compiled, worlds);
  const keyIssues = keyIssueOrder(issues);
  for (const world of worlds)
    world.keyClauses = world.signedTerms
      ? keyIssues.flatMap((index) => world.signedTerms?.[index] ?? []).slice(0, MAX_KEY_CLAUSES)
      : [];
  return {
    scenario: { id: compiled.scenario.id, title: compiled.scenario.title, contentHash: compiled.hash },
    seed: first.replay.seed,
    signatories: compiled.signatories.map((party) => ({
      party,
      name: partyName(compiled, party),
      shortName: compiled.party.get(party)?.shortName ?? party,
    })),
    tables: worlds,
    issues,
    rejected,
  };
}

function readVerified(file: ReplayFile, scenarios: ScenarioLookup): VerifiedFile | RejectedReplay {
  if (file.readError !== undefined) return reject(file, `could not be read: ${file.readError}`);
  const parsed = parseReplay(file.text, file.fileName);
  if (!parsed.ok) {
    // parseReplay's lines already start with the file name.
    const [firstError = `${file.fileName}: unreadable`, ...others] = parsed.errors;
    return { fileName: file.fileName, reason: oneLine(firstError) + moreProblems(others.length) };
  }
  const { replay } = parsed;
  let compiled: CompiledScenario | null | undefined;
  try {
    compiled = scenarios(replay.scenario.id, replay.scenario.hash);
  } catch (error) {
    return reject(file, `scenario "${replay.scenario.id}" could not be loaded: ${errorText(error)}`);
  }
  if (!compiled)
    return reject(
      file,
      `plays scenario "${replay.scenario.id}", which this game does not have; open that scenario file first`,
    );
  const result = verifyReplay(compiled, replay);
  if (!result.ok) return reject(file, `does not verify: ${result.reason}`);
  const initial = initialState(compiled, replay);
  if (!initial) return reject(file, 'does not verify: the game cannot be started from its seed and seats');
  return { file, replay, compiled, initial, final: result.state };
}

/** The game's first state (verifyReplay returns only the last); verification has already started it once. */
function initialState(compiled: CompiledScenario, replay: Replay): GameState | null {
  try {
    return createGame(compiled, { seed: replay.seed, seats: replay.seats });
  } catch {
    return null;
  }
}

interface GroupKey {
  scenarioId: string;
  contentHash: string;
  seed: string;
  /** Files in the group, in order. */
  members: VerifiedFile[];
}

function keyOf(file: VerifiedFile): string {
  return JSON.stringify([file.replay.scenario.id, file.replay.scenario.hash, file.replay.seed]);
}

function largestGroup(files: readonly VerifiedFile[]): GroupKey | null {
  const groups = new Map<string, GroupKey>();
  for (const file of files) {
    const key = keyOf(file);
    const group = groups.get(key);
    if (group) group.members.push(file);
    else
      groups.set(key, {
        scenarioId: file.replay.scenario.id,
        contentHash: file.replay.scenario.hash,
        seed: file.replay.seed,
        members: [file],
      });
  }
  let best: GroupKey | null = null;
  // Map keeps insertion order, so on a tie the group of the earliest file stays.
  for (const group of groups.values()) if (!best || group.members.length > best.members.length) best = group;
  return best;
}

/** Why a file does not belong with the compared group, or null when it does. */
function groupMismatch(file: VerifiedFile, group: GroupKey): string | null {
  const { replay } = file;
  const others =
    group.members.length === 1
      ? (group.members[0]?.file.fileName ?? 'the other table')
      : `the other ${group.members.length} tables`;
  if (replay.scenario.id !== group.scenarioId)
    return `plays scenario "${replay.scenario.id}", but ${others} played "${group.scenarioId}"`;
  if (replay.scenario.hash !== group.contentHash)
    return (
      `was played on another version of scenario "${group.scenarioId}" (content hash ${replay.scenario.hash}, ` +
      `${others}: ${group.contentHash})`
    );
  if (replay.seed !== group.seed)
    return `plays seed ${JSON.stringify(replay.seed)}, but ${others} played seed ${JSON.stringify(group.seed)}`;
  return null;
}

function tableWorld({ file, replay, compiled, initial, final }: VerifiedFile): TableWorld {
  const humans = compiled.partyIds
    .filter((party) => replay.seats[party] === 'human')
    .map((p) => partyName(compiled, p));
  const debrief = buildDebrief(compiled, initial, final);
  const outcome = final.outcome;
  const signed = outcome?.kind === 'ceasefire' || outcome?.kind === 'ratification-failed' ? outcome.terms : null;
  return {
    fileName: file.fileName,
    name: tableName(file.fileName, humans),
    humans,
    actions: replay.actions.length,
    outcome: {
      kind: outcome ? outcome.kind : 'unfinished',
      label: outcomeLabel(outcome),
      headline: tableOutcomeSentence(compiled, final),
    },
    round: outcome?.round ?? final.round,
    textKind: debrief.deal.kind,
    signedTerms: signed ? clausesOf(compiled, signed) : null,
    keyClauses: [],
    standings: debrief.standings,
    distanceToNash: debrief.deal.distanceToNash,
    sameAsNash: debrief.deal.sameAsNash,
    durability: debrief.durability,
    walkOuts: final.log.flat().flatMap((entry) =>
      entry.type === 'walk-out'
        ? [
            {
              party: entry.party,
              partyName: partyName(compiled, entry.party),
              round: entry.round,
              reason: entry.reason,
            },
          ]
        : [],
    ),
  };
}

function tableOutcomeSentence(compiled: CompiledScenario, final: GameState): string {
  const outcome = final.outcome;
  if (!outcome) return `Unfinished: the replay stops in round ${final.round} of ${final.deadline}`;
  return outcomeSentence(outcome, (party) => partyName(compiled, party));
}

function compareIssues(compiled: CompiledScenario, worlds: readonly TableWorld[]): IssueComparison[] {
  return compiled.scenario.issues.map((issue, index) => {
    const signed = worlds.map((world) => {
      const clause = world.signedTerms?.[index];
      return clause ? { optionId: clause.optionId, optionLabel: clause.optionLabel } : null;
    });
    const distinct = new Set(signed.flatMap((option) => (option ? [option.optionId] : [])));
    return { issueId: issue.id, issueLabel: issue.label, signed, distinctOptions: distinct.size };
  });
}

/** Issue indexes, those on which signing tables chose differently first, each part in the scenario's order. */
function keyIssueOrder(issues: readonly IssueComparison[]): number[] {
  const indexes = issues.map((_, index) => index);
  const differing = indexes.filter((index) => (issues[index]?.distinctOptions ?? 0) > 1);
  const agreed = indexes.filter((index) => (issues[index]?.distinctOptions ?? 0) <= 1);
  return [...differing, ...agreed];
}

/** The comparison with the names the teacher gave some tables (by file name); the others keep their own. */
export function withTableNames(worlds: ParallelWorlds, names: ReadonlyMap<string, string>): ParallelWorlds {
  return {
    ...worlds,
    tables: worlds.tables.map((table) => {
      const name = names.get(table.fileName);
      return name ? { ...table, name } : table;
    }),
  };
}

function reject(file: ReplayFile, reason: string): RejectedReplay {
  return { fileName: file.fileName, reason: `${file.fileName}: ${oneLine(reason)}` };
}

function moreProblems(count: number): string {
  return count === 0 ? '' : ` (and ${count} more problem${count === 1 ? '' : 's'})`;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function naturalOrder(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
