// "Last games": the replay of every game this browser finished — and of any game set aside unfinished when another
// one started — kept in the browser's storage, newest first, so that a class never loses a game to one key press.
// The title lists them (open one in the replay viewer, download its replay file). Reading and writing never throw:
// a storage that is full or turned off gives `false`, and the caller says so in a notice.
import { compileScenario } from '../engine';
import { appendActions, recordReplay, REPLAY_FORMAT } from '../replay';
import type { Replay, ScenarioLookup } from '../replay';
import type { CompiledScenario, GameState, Outcome } from '../engine';
import type { Scenario } from '../scenario/schema/scenario';
import type { SessionState } from './session';
import type { StorageLike } from './autosave';
import { classFileName } from './classFileNames';

export const LAST_GAMES_KEY = 'ceasefire-summit.last-games.v1';
/** Where a list that could not be read is kept, as it was, rather than written over. */
export const DAMAGED_LAST_GAMES_KEY = 'ceasefire-summit.last-games.damaged';
/** About 25 KB a Paris game: twenty fit easily beside the autosave in a browser's few megabytes. */
export const MAX_LAST_GAMES = 20;

export type LastGameOutcome = Outcome['kind'] | 'unfinished';

export interface LastGame {
  /** The same game always has the same id (scenario, seed, seats and where it ended), so it is kept once. */
  id: string;
  /** Words a class tells games apart by: the human seats and the seed (the date is shown beside it). */
  name: string;
  scenarioId: string;
  scenarioTitle: string;
  seed: string;
  /** The seats people played, by name; empty for an all-AI game. */
  seatNames: string[];
  outcome: LastGameOutcome;
  endedByFacilitator: boolean;
  /** The round it ended in (or had reached, unfinished). */
  round: number;
  /** When it was kept, by the caller's clock (ISO 8601); absent when none was given. */
  savedAt?: string;
  scenarioFileName: string;
  /** The scenario itself, for one this build does not bundle (a file the player opened). */
  scenarioContent?: Scenario;
  replay: Replay;
}

export interface KeepGameOptions {
  /** The scenarios this build bundles: a game on one of them is kept without the scenario's content. */
  scenarios: ScenarioLookup;
  savedAt?: string;
}

/** The session's game as a "last games" entry; null with no game, or a game no person has moved in yet. */
export function lastGameOfSession(
  session: Pick<SessionState, 'compiled' | 'initial' | 'actions' | 'game' | 'fileName'>,
  options: KeepGameOptions,
): LastGame | null {
  const { compiled, initial, actions, game } = session;
  if (!compiled || !initial || !game) return null;
  const finished = game.outcome !== null;
  if (!finished && !actions.some((action) => 'party' in action && initial.seats[action.party] === 'human')) return null; // a game nobody has played yet holds nothing to lose
  const start = { replay: recordReplay(compiled, { initial, steps: [] }), state: initial };
  const replay = appendActions(compiled, start, actions).replay;
  const bundled = options.scenarios(compiled.scenario.id, compiled.hash);
  return {
    ...describeGame(compiled, game, replay.finalStateHash),
    ...(options.savedAt === undefined ? {} : { savedAt: options.savedAt }),
    scenarioFileName: session.fileName ?? `${compiled.scenario.id}.yaml`,
    ...(bundled?.hash === compiled.hash ? {} : { scenarioContent: compiled.scenario }),
    replay,
  };
}

function describeGame(compiled: CompiledScenario, game: GameState, finalStateHash: string) {
  const humans = Object.keys(game.seats).filter((party) => game.seats[party] === 'human');
  const seatNames = humans.map((party) => compiled.party.get(party)?.shortName ?? party);
  const outcome = game.outcome;
  return {
    id: [compiled.scenario.id, game.seed, humans.join(','), finalStateHash].join('|'),
    name: `${seatNames.length > 0 ? seatNames.join(' + ') : 'All AI'} · seed ${game.seed}`,
    scenarioId: compiled.scenario.id,
    scenarioTitle: compiled.scenario.title,
    seed: game.seed,
    seatNames,
    outcome: outcome?.kind ?? ('unfinished' as const),
    endedByFacilitator: outcome?.kind === 'deadline' && outcome.endedByFacilitator === true,
    round: game.round,
  };
}

/** The games kept in this browser, newest first; an empty list when there are none or the storage cannot be read. */
export function readLastGames(storage: StorageLike): LastGame[] {
  const raw = readRaw(storage);
  if (raw === null) return [];
  const list = parseList(raw);
  return list ?? [];
}

/**
 * Keeps `game` at the head of the list (a game already there stays where it is), the oldest dropped past
 * MAX_LAST_GAMES — or, when the storage is full, as many more of the oldest as it takes. False when even the game
 * alone cannot be written.
 */
export function keepLastGame(storage: StorageLike, game: LastGame): boolean {
  const raw = readRaw(storage);
  const list = raw === null ? [] : parseList(raw);
  if (list === null && raw !== null && !write(storage, DAMAGED_LAST_GAMES_KEY, raw)) return false;
  const current = list ?? [];
  if (current.some((kept) => kept.id === game.id)) return true;
  const next = [game, ...current].slice(0, MAX_LAST_GAMES);
  for (let keep = next.length; keep >= 1; keep--)
    if (write(storage, LAST_GAMES_KEY, JSON.stringify(next.slice(0, keep)))) return true;
  return false;
}

/** The outcome in a few words, as the list shows it. */
export function lastGameOutcomeLabel(game: LastGame): string {
  switch (game.outcome) {
    case 'ceasefire':
      return 'Ceasefire';
    case 'ratification-failed':
      return 'Signed, not ratified';
    case 'collapse':
      return 'Collapse';
    case 'deadline':
      return game.endedByFacilitator ? 'Ended by the facilitator' : 'Deadline';
    case 'unfinished':
      return `Unfinished, round ${game.round}`;
  }
}

/** The replay file's name, as every file a class collects is named (scenario, seed, table, time). */
export function lastGameFileName(game: LastGame): string {
  const subject = { scenarioId: game.scenarioId, seed: game.seed, seats: game.replay.seats };
  return classFileName(subject, game.savedAt === undefined ? null : new Date(game.savedAt), 'replay.json');
}

function readRaw(storage: StorageLike): string | null {
  try {
    return storage.getItem(LAST_GAMES_KEY);
  } catch {
    return null;
  }
}

function write(storage: StorageLike, key: string, text: string): boolean {
  try {
    storage.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}

/** The list, or null when the text is not one (it is then kept aside before anything is written over it). */
function parseList(raw: string): LastGame[] | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!Array.isArray(value)) return null;
  return value.filter(isLastGame);
}

function isLastGame(value: unknown): value is LastGame {
  if (value === null || typeof value !== 'object') return false;
  const entry = value as Record<string, unknown>;
  const texts = ['id', 'name', 'scenarioId', 'scenarioTitle', 'seed', 'scenarioFileName', 'outcome'];
  if (!texts.every((key) => typeof entry[key] === 'string')) return false;
  if (!Array.isArray(entry.seatNames) || typeof entry.round !== 'number') return false;
  const replay = entry.replay as Record<string, unknown> | null;
  return typeof replay === 'object' && replay !== null && replay.format === REPLAY_FORMAT;
}

/** The scenarios a kept game opens with: its own copy, for one this build does not bundle, else the build's. */
export function lastGameScenarios(game: LastGame, bundled: ScenarioLookup): ScenarioLookup {
  const content = game.scenarioContent;
  if (!content) return bundled;
  let compiled: CompiledScenario | undefined;
  return (id, hash) => {
    if (id !== content.id) return bundled(id, hash);
    compiled ??= compileScenario(content);
    return compiled;
  };
}
