// The game in progress survives a reload: after every change the session is written to a Storage (localStorage in
// the browser, a fake in tests) as a replay file with a small envelope. Reading it back never throws and never loses
// it: a save that cannot be restored — broken JSON, another format, a newer version, a scenario this build lacks, or
// actions the engine no longer allows — is copied aside for the player to download, with one line saying why.
import { compileScenario } from '../engine';
import type { CompiledScenario, GameState, PartyId, Terms } from '../engine';
import {
  appendActions,
  describeValue,
  findJsonSyntaxError,
  parseReplay,
  recordReplay,
  REPLAY_FORMAT,
  verifyReplay,
} from '../replay';
import type { LiveReplay, Replay, ScenarioLookup } from '../replay';
import { loadScenarioText } from '../scenario/loadScenario';
import type { Scenario } from '../scenario/schema/scenario';
import type { SessionState, SessionStore } from './session';
import { keepRejectedSave } from './rejectedSaves';
import { playBackActions } from './sessionPlayback';

/** The parts of the Web Storage API the autosave uses; `localStorage` is one. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const SAVE_FORMAT = 'ceasefire-summit-save';
export const SAVE_VERSION = 1;
/** Where the live game is kept; the version is in the key so a later format can sit beside this one. */
export const AUTOSAVE_KEY = `ceasefire-summit.autosave.v${SAVE_VERSION}`;
/** How problems name the save, as a replay's problems name its file. */
const SAVE_NAME = 'autosave';

export interface Autosave {
  format: typeof SAVE_FORMAT;
  version: typeof SAVE_VERSION;
  /** When it was written, as the caller's clock said (the store never reads one); absent when not given. */
  savedAt?: string;
  /** Where the scenario came from: a bundled file name, or the file the player opened. */
  scenarioFileName: string;
  /** The scenario itself, for one this build does not bundle (a file the player opened); absent otherwise. */
  scenarioContent?: Scenario;
  /** The game: scenario id and content hash, seed, seats, every action with its checkpoint. */
  replay: Replay;
  /** What each human seat was composing, so a reload keeps it; absent in saves written before drafts were kept. */
  seatDrafts?: Record<PartyId, Terms>;
}

export type AutosaveReadResult =
  | { kind: 'none' }
  /** `compiled` and `state` (the state after the last action) are what the save was checked against. */
  | { kind: 'ok'; save: Autosave; compiled: CompiledScenario; state: GameState }
  /**
   * `line`: what is wrong and where; `keptAsideId`: the save's id among the rejected saves (rejectedSaves.ts), or
   * null when there was no room to copy it there and it stays under the autosave key.
   */
  | { kind: 'problem'; line: string; keptAsideId: string | null };

export interface AutosaveOptions {
  /** Where the scenario came from, as the session has it. */
  scenarioFileName: string;
  /** Put the scenario itself in the save (for one this build does not bundle). */
  embedScenario: boolean;
  /** The caller's clock, if it wants the save dated. */
  savedAt?: string;
  /** The human seats' drafts in progress. */
  seatDrafts?: Record<PartyId, Terms>;
}

/** The save of a recorded game. */
export function buildAutosave(compiled: CompiledScenario, replay: Replay, options: AutosaveOptions): Autosave {
  return {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    ...(options.savedAt === undefined ? {} : { savedAt: options.savedAt }),
    scenarioFileName: options.scenarioFileName,
    ...(options.embedScenario ? { scenarioContent: compiled.scenario } : {}),
    replay,
    ...(options.seatDrafts && Object.keys(options.seatDrafts).length > 0 ? { seatDrafts: options.seatDrafts } : {}),
  };
}

/** Writes the save; false (never an exception) when the storage refuses it — full, disabled, or private mode. */
export function writeAutosave(storage: StorageLike, save: Autosave): boolean {
  try {
    storage.setItem(AUTOSAVE_KEY, JSON.stringify(save));
    return true;
  } catch {
    return false;
  }
}

export function clearAutosave(storage: StorageLike): void {
  try {
    storage.removeItem(AUTOSAVE_KEY);
  } catch {
    // Storage that cannot be reached holds nothing to clear.
  }
}

/**
 * The saved game, checked all the way: it parses, it is this format and version, its scenario is here in the same
 * version (or inside the save), and its actions replay to the states recorded. Anything else is a 'problem'; the
 * text is then kept aside with the rejected saves, dated `keptAt` (the caller's clock), or left where it was if that
 * copy fails: nothing is lost, and a rejected save never takes the place of an earlier one.
 */
export function readAutosave(
  storage: StorageLike,
  scenarios: ScenarioLookup,
  options: { keptAt?: string } = {},
): AutosaveReadResult {
  let raw: string | null;
  try {
    raw = storage.getItem(AUTOSAVE_KEY);
  } catch {
    return { kind: 'none' }; // storage that cannot be read (disabled by the browser) has no save to offer
  }
  if (raw === null) return { kind: 'none' };
  let checked: CheckedSave | string;
  try {
    checked = checkSave(raw, scenarios);
  } catch (error) {
    // A bug of ours, not the save's; the save is still kept and the problem is still one line.
    checked = `${SAVE_NAME}: could not be checked: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (typeof checked !== 'string') return { kind: 'ok', ...checked };
  const line = checked.replace(/\s+/g, ' ').trim();
  return { kind: 'problem', line, keptAsideId: keepAside(storage, raw, { ...options, problem: line }) };
}

function keepAside(storage: StorageLike, raw: string, about: { keptAt?: string; problem: string }): string | null {
  const id = keepRejectedSave(storage, raw, about);
  if (id === null) return null;
  try {
    storage.removeItem(AUTOSAVE_KEY);
  } catch {
    // The copy is safe; the original staying too loses nothing.
  }
  return id;
}

interface CheckedSave {
  save: Autosave;
  compiled: CompiledScenario;
  state: GameState;
}

const SAVE_KEYS = ['format', 'version', 'savedAt', 'scenarioFileName', 'scenarioContent', 'replay', 'seatDrafts'];

/** The checked save, or the one line that says what is wrong with it and where. */
function checkSave(raw: string, scenarios: ScenarioLookup): CheckedSave | string {
  const at = (path: string, message: string) => `${SAVE_NAME}: ${path}: ${message}`;
  if (raw.trim() === '') return `${SAVE_NAME}: the save is empty`;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    const syntax = findJsonSyntaxError(raw);
    const where = syntax ? `${syntax.line}:${syntax.column}` : '1:1';
    return `${SAVE_NAME}:${where}: not valid JSON: ${syntax?.message ?? 'unreadable'}`;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return `${SAVE_NAME}: a save is a JSON object {"format": "${SAVE_FORMAT}", …}, but this holds ${describeValue(value)}`;
  const record = value as Record<string, unknown>;
  if (record.format !== SAVE_FORMAT)
    return at(
      'format',
      record.format === REPLAY_FORMAT
        ? `this is a replay file, not a save (format "${REPLAY_FORMAT}")`
        : `this is not a Ceasefire Summit save: expected "${SAVE_FORMAT}", found ${describeValue(record.format)}`,
    );
  if (record.version !== SAVE_VERSION) {
    const newer = typeof record.version === 'number' && record.version > SAVE_VERSION;
    return at(
      'version',
      newer
        ? `the save was written by a newer version of the game (save version ${record.version}; this one reads ${SAVE_VERSION})`
        : `unknown save version ${describeValue(record.version)}; this version of the game reads ${SAVE_VERSION}`,
    );
  }
  const unknown = Object.keys(record).find((key) => !SAVE_KEYS.includes(key));
  if (unknown !== undefined) return at(unknown, 'unknown field');
  if (record.savedAt !== undefined && (typeof record.savedAt !== 'string' || record.savedAt.length > 100))
    return at('savedAt', `expected a text, found ${describeValue(record.savedAt)}`);
  const fileName = record.scenarioFileName;
  if (typeof fileName !== 'string' || fileName === '' || fileName.length > 500)
    return at('scenarioFileName', `expected the scenario's file name, found ${describeValue(fileName)}`);
  if (record.replay === undefined) return at('replay', 'missing: the save holds no game');

  // The game is a replay file inside the save: its own reader names the field, under `replay`.
  const parsed = parseReplay(JSON.stringify(record.replay), `${SAVE_NAME}: replay`);
  if (!parsed.ok) {
    const more = parsed.errors.length > 1 ? ` (and ${parsed.errors.length - 1} more problems)` : '';
    return `${parsed.errors[0] ?? `${SAVE_NAME}: replay: unreadable`}${more}`;
  }
  const replay = parsed.replay;
  const { id, hash } = replay.scenario;

  let compiled: CompiledScenario;
  if (record.scenarioContent !== undefined) {
    const loaded = loadScenarioText(JSON.stringify(record.scenarioContent), fileName);
    if (!loaded.ok) {
      const first = loaded.errors[0];
      const path = first?.path ? `scenarioContent.${first.path}` : 'scenarioContent';
      return at(path, `the saved scenario is not valid: ${first?.message ?? 'unreadable'}`);
    }
    compiled = compileScenario(loaded.scenario);
    if (compiled.scenario.id !== id)
      return at(
        'scenarioContent',
        `the saved scenario is "${compiled.scenario.id}", but the game was played on "${id}"`,
      );
    if (compiled.hash !== hash)
      return at(
        'scenarioContent',
        `the saved scenario is not the version the game was played on (content hash ${compiled.hash}, expected ${hash})`,
      );
  } else {
    const found = scenarios(id, hash);
    if (!found)
      return at('replay.scenario.id', `unknown scenario "${id}": this version of the game has no scenario of that id`);
    if (found.scenario.id !== id || found.hash !== hash)
      return at(
        'replay.scenario.hash',
        `the game was saved with another version of scenario "${id}" (content hash ${hash}; the one here is ${found.hash})`,
      );
    compiled = found;
  }

  const verified = verifyReplay(compiled, replay);
  if (!verified.ok) {
    const where = verified.at === null ? 'replay' : `replay.actions[${verified.at}]`;
    return at(where, `the saved game does not play back: ${verified.reason}`);
  }
  const save: Autosave = {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    ...(typeof record.savedAt === 'string' ? { savedAt: record.savedAt } : {}),
    scenarioFileName: fileName,
    ...(record.scenarioContent !== undefined ? { scenarioContent: compiled.scenario } : {}),
    replay,
    ...draftsOf(record.seatDrafts),
  };
  return { save, compiled, state: verified.state };
}

/**
 * The drafts in a save, when they have the shape of drafts (seat → issue → option); otherwise none. Drafts are a
 * convenience, not the game: a damaged record of them costs the player their unsent clauses, never the save.
 */
function draftsOf(value: unknown): { seatDrafts?: Record<PartyId, Terms> } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  const drafts: Record<PartyId, Terms> = {};
  for (const [party, terms] of Object.entries(value as Record<string, unknown>)) {
    if (terms === null || typeof terms !== 'object' || Array.isArray(terms)) continue;
    const clauses = Object.entries(terms as Record<string, unknown>).filter(
      (clause): clause is [string, string] => typeof clause[1] === 'string',
    );
    drafts[party] = Object.fromEntries(clauses);
  }
  return Object.keys(drafts).length > 0 ? { seatDrafts: drafts } : {};
}

export interface AutosaveSessionOptions {
  /** The scenarios this build bundles: a game on one of them is saved without the scenario's content. */
  scenarios?: ScenarioLookup;
  /** The caller's clock, to date each save; the store never reads one. */
  now?: () => string;
  /** Called when a write fails (storage full or disabled): the game goes on, unsaved. */
  onWriteFailed?: () => void;
}

/**
 * Saves the session after every change of its game (and once now, if a game is running); returns the unsubscribe
 * function. The replay grows action by action rather than being rebuilt, so a save costs the new actions only.
 * Restore a saved game (restoreSession) before subscribing, so the save is not overwritten by a half-restored game.
 */
export function autosaveSession(
  store: SessionStore,
  storage: StorageLike,
  options: AutosaveSessionOptions = {},
): () => void {
  let recorded: { initial: GameState; actions: SessionState['actions']; live: LiveReplay; embed: boolean } | null =
    null;

  const save = (session: SessionState) => {
    const { compiled, initial, actions, fileName, seatDrafts } = session;
    if (!compiled || !initial) {
      recorded = null; // the game ended; its save stays until a new game overwrites it or the UI clears it
      return;
    }
    try {
      recorded = extend(compiled, recorded, initial, actions, options.scenarios);
      const savedAt = options.now?.();
      const written = writeAutosave(
        storage,
        buildAutosave(compiled, recorded.live.replay, {
          scenarioFileName: fileName ?? `${compiled.scenario.id}.yaml`,
          embedScenario: recorded.embed,
          ...(savedAt === undefined ? {} : { savedAt }),
          seatDrafts: { ...seatDrafts },
        }),
      );
      if (!written) options.onWriteFailed?.();
    } catch {
      // Saving must never stop the game; the next change tries again from scratch.
      recorded = null;
      options.onWriteFailed?.();
    }
  };

  save(store.getState());
  return store.subscribe((session, previous) => {
    const changed =
      session.actions !== previous.actions ||
      session.initial !== previous.initial ||
      session.seatDrafts !== previous.seatDrafts;
    if (changed) save(session);
  });
}

/** The recording, brought up to the session's actions: appended to when the session only added actions. */
function extend(
  compiled: CompiledScenario,
  recorded: { initial: GameState; actions: SessionState['actions']; live: LiveReplay; embed: boolean } | null,
  initial: GameState,
  actions: SessionState['actions'],
  scenarios: ScenarioLookup | undefined,
) {
  const continues =
    recorded !== null &&
    recorded.initial === initial &&
    recorded.actions.length <= actions.length &&
    recorded.actions.every((action, index) => actions[index] === action);
  if (continues && recorded) {
    const live = appendActions(compiled, recorded.live, actions.slice(recorded.actions.length));
    return { ...recorded, actions, live };
  }
  const bundled = scenarios?.(compiled.scenario.id, compiled.hash);
  const start: LiveReplay = { replay: recordReplay(compiled, { initial, steps: [] }), state: initial };
  return {
    initial,
    actions,
    live: appendActions(compiled, start, actions),
    embed: bundled?.hash !== compiled.hash,
  };
}

/**
 * Plays a checked save back into a session store through its own start, then its moves as dispatch would play them
 * (sessionPlayback.ts, in one pass): the AI's moves come from the AI again and must match the save. On failure the
 * session is ended and the line says where the two parted.
 */
export function restoreSession(
  store: SessionStore,
  checked: { save: Autosave; compiled: CompiledScenario },
): { ok: true } | { ok: false; problem: string } {
  const { replay, scenarioFileName } = checked.save;
  const target = replay.actions;
  const fail = (problem: string) => {
    store.getState().end();
    return { ok: false as const, problem };
  };
  try {
    store.getState().start({
      scenario: checked.compiled.scenario,
      fileName: scenarioFileName,
      seed: replay.seed,
      seats: replay.seats,
    });
  } catch (error) {
    return fail(`the saved game cannot start: ${error instanceof Error ? error.message : String(error)}`);
  }
  const { game, actions, lastEvents, seatDrafts, draftTerms } = store.getState();
  if (!game) return fail('the saved game cannot start');
  const played = playBackActions(checked.compiled, { game, actions, lastEvents, seatDrafts, draftTerms }, target);
  if (!played.ok) return fail(played.problem);
  store.setState(played.fields);
  store.getState().adoptDrafts(checked.save.seatDrafts);
  return { ok: true };
}
