// The autosave: the session is written after every change, read back as the same game, and a save that cannot be
// restored is never thrown and never lost — it is moved aside with one line saying what is wrong and where.
import { describe, expect, it } from 'vitest';
import { compileScenario, legalActions, stateHash } from '../../../src/engine';
import type { CompiledScenario } from '../../../src/engine';
import { recordAiGame } from '../../../src/replay';
import type { ScenarioLookup } from '../../../src/replay';
import {
  AUTOSAVE_KEY,
  autosaveSession,
  buildAutosave,
  clearAutosave,
  readAutosave,
  restoreSession,
  writeAutosave,
} from '../../../src/store/autosave';
import type { Autosave, StorageLike } from '../../../src/store/autosave';
import {
  deleteRejectedSave,
  readRejectedSaves,
  REJECTED_SAVE_KEY,
  REJECTED_SAVES_KEY,
} from '../../../src/store/rejectedSaves';
import { createSessionStore, humanToAct } from '../../../src/store/session';
import type { SessionStore } from '../../../src/store/session';
import { compileFile } from '../engine/gameHelpers';

const paris = compileFile('scenarios/paris-2026.yaml');
const tutorial = compileFile('scenarios/tutorial.yaml');
const bundled: ScenarioLookup = (id) => [paris, tutorial].find((compiled) => compiled.scenario.id === id);
const nothingBundled: ScenarioLookup = () => undefined;

/** localStorage in memory, with a quota (in characters, as browsers count) and switches to make it fail. */
class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  constructor(
    private readonly quota = Infinity,
    private readonly unreadable = false,
  ) {}
  getItem(key: string): string | null {
    if (this.unreadable) throw new Error('SecurityError: storage is disabled');
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    let used = key.length + value.length;
    for (const [other, text] of this.items) if (other !== key) used += other.length + text.length;
    if (used > this.quota) {
      const error = new Error("Failed to execute 'setItem' on 'Storage': exceeded the quota.");
      error.name = 'QuotaExceededError';
      throw error;
    }
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/** A Paris game as France, a few human moves in, saved by the subscription after each. */
function playedSession(storage: StorageLike, moves = 12, scenarios: ScenarioLookup = bundled): SessionStore {
  const store = createSessionStore();
  const unsubscribe = autosaveSession(store, storage, { scenarios, now: () => '2026-03-01T10:00:00Z' });
  store.getState().start({
    scenario: paris.scenario,
    fileName: 'scenarios/paris-2026.yaml',
    seed: 'save',
    seats: { france: 'human' },
  });
  for (let move = 0; move < moves; move++) {
    const state = store.getState();
    const party = humanToAct(state);
    if (!party || !state.compiled || !state.game) break;
    const allowed = legalActions(state.compiled, state.game, party).filter(
      (option) => option.allowed && option.action.type !== 'walkOut',
    );
    const action =
      state.game.phase === 'drafting'
        ? { type: 'tableDraft' as const, party, terms: state.draftTerms }
        : allowed[move % allowed.length]!.action;
    expect(state.dispatch(action).ok).toBe(true);
  }
  unsubscribe();
  return store;
}

function savedText(storage: MemoryStorage): string {
  const text = storage.items.get(AUTOSAVE_KEY);
  if (text === undefined) throw new Error('nothing saved');
  return text;
}

function savedObject(storage: MemoryStorage): Autosave {
  return JSON.parse(savedText(storage)) as Autosave;
}

/** Puts `text` as the autosave and reads it: the problem line, after checking the raw text was kept aside. */
function problemOf(text: string, scenarios: ScenarioLookup = bundled): string {
  const storage = new MemoryStorage();
  storage.setItem(AUTOSAVE_KEY, text);
  const result = readAutosave(storage, scenarios);
  if (result.kind !== 'problem') throw new Error(`expected a problem, got ${result.kind}`);
  expect(result.keptAsideId).toBe('r1');
  expect(readRejectedSaves(storage).map((save) => save.text)).toEqual([text]);
  expect(storage.items.has(AUTOSAVE_KEY)).toBe(false);
  expect(result.line).not.toMatch(/\n/);
  return result.line;
}

describe('autosave: save and read back', () => {
  it('saves the session after every action and reads back the same game', () => {
    const storage = new MemoryStorage();
    const store = playedSession(storage);
    const session = store.getState();
    const save = savedObject(storage);
    expect(save).toMatchObject({
      format: 'ceasefire-summit-save',
      version: 1,
      savedAt: '2026-03-01T10:00:00Z',
      scenarioFileName: 'scenarios/paris-2026.yaml',
    });
    expect(save.scenarioContent).toBeUndefined(); // a bundled scenario is named, not copied
    expect(save.replay.actions).toEqual(session.actions);

    const read = readAutosave(storage, bundled);
    if (read.kind !== 'ok') throw new Error(read.kind === 'problem' ? read.line : 'no save');
    expect(stateHash(read.state)).toBe(stateHash(session.game!));
    expect(read.save.replay.finalStateHash).toBe(stateHash(session.game!));

    const restored = createSessionStore();
    expect(restoreSession(restored, read)).toEqual({ ok: true });
    expect(restored.getState().actions).toEqual(session.actions);
    expect(stateHash(restored.getState().game!)).toBe(stateHash(session.game!));
    expect(humanToAct(restored.getState())).toBe(humanToAct(session));
  });

  it('keeps the clauses a seat is composing across a reload; a save without drafts still loads', () => {
    const storage = new MemoryStorage();
    const store = playedSession(storage, 3);
    const unsubscribe = autosaveSession(store, storage, { scenarios: bundled });
    const issue = paris.scenario.issues[0]!;
    const other = issue.options.find((option) => option.id !== store.getState().draftTerms[issue.id])!;
    store.getState().setClause(issue.id, other.id);
    unsubscribe();
    const mine = store.getState().draftTerms;
    expect(savedObject(storage).seatDrafts).toEqual({ france: mine });

    const read = readAutosave(storage, bundled);
    if (read.kind !== 'ok') throw new Error('expected a save');
    const restored = createSessionStore();
    expect(restoreSession(restored, read)).toEqual({ ok: true });
    expect(restored.getState().draftTerms).toEqual(mine);

    const { seatDrafts: _dropped, ...older } = savedObject(storage);
    storage.setItem(AUTOSAVE_KEY, JSON.stringify(older));
    const readOlder = readAutosave(storage, bundled);
    if (readOlder.kind !== 'ok') throw new Error('expected an older save to load');
    const fromOlder = createSessionStore();
    expect(restoreSession(fromOlder, readOlder)).toEqual({ ok: true });
    expect(fromOlder.getState().draftTerms[issue.id]).toBeDefined();
  });

  it('writes a whole replay and reads it back, without a date when no clock is given', () => {
    const storage = new MemoryStorage();
    const replay = recordAiGame(tutorial, 'whole');
    const save = buildAutosave(tutorial, replay, { scenarioFileName: 'scenarios/tutorial.yaml', embedScenario: false });
    expect(writeAutosave(storage, save)).toBe(true);
    const read = readAutosave(storage, bundled);
    expect(read.kind === 'ok' && read.save).toEqual(save);
    expect(read.kind === 'ok' && stateHash(read.state)).toBe(replay.finalStateHash);
    expect('savedAt' in save).toBe(false);
  });

  it('carries a scenario this build does not bundle inside the save', () => {
    const storage = new MemoryStorage();
    const store = playedSession(storage, 4, nothingBundled);
    const save = savedObject(storage);
    expect(save.scenarioContent?.id).toBe('paris-2026');
    const read = readAutosave(storage, nothingBundled);
    expect(read.kind === 'ok' && stateHash(read.state)).toBe(stateHash(store.getState().game!));
  });

  it('reports nothing when there is no save, and clears what it is asked to', () => {
    const storage = new MemoryStorage();
    expect(readAutosave(storage, bundled)).toEqual({ kind: 'none' });
    playedSession(storage, 1);
    clearAutosave(storage);
    expect(readAutosave(storage, bundled)).toEqual({ kind: 'none' });
    storage.setItem(REJECTED_SAVE_KEY, 'old');
    deleteRejectedSave(storage, readRejectedSaves(storage)[0]!.id);
    expect(readRejectedSaves(storage)).toEqual([]);
    expect(storage.items.size).toBe(0);
  });

  it('starts the save anew when a new game starts in the same session', () => {
    const storage = new MemoryStorage();
    const store = createSessionStore();
    const unsubscribe = autosaveSession(store, storage, { scenarios: bundled });
    store
      .getState()
      .start({ scenario: paris.scenario, fileName: 'paris.yaml', seed: 'one', seats: { france: 'human' } });
    store.getState().start({ scenario: tutorial.scenario, fileName: 'tutorial.yaml', seed: 'two', seats: {} });
    unsubscribe();
    const save = savedObject(storage);
    expect(save.replay.scenario.id).toBe('tutorial');
    expect(save.replay.actions).toEqual(store.getState().actions);
    expect(readAutosave(storage, bundled).kind).toBe('ok');
  });
});

describe('autosave: saves that cannot be restored', () => {
  const storage = new MemoryStorage();
  playedSession(storage, 8);
  const good = savedText(storage);
  const edit = (change: (save: Record<string, unknown> & Autosave) => void) => {
    const save = JSON.parse(good) as Record<string, unknown> & Autosave;
    change(save);
    return JSON.stringify(save);
  };

  it('names the place where the JSON breaks', () => {
    expect(problemOf(good.slice(0, 300))).toMatch(/^autosave:1:30\d: not valid JSON: /);
    expect(problemOf('{"format": "ceasefire-summit-save",\n  "version": 1,,\n}')).toMatch(
      /^autosave:2:16: not valid JSON: expected a field name/,
    );
    expect(problemOf('')).toBe('autosave: the save is empty');
  });

  it('refuses another format, a replay file, a newer version, an unknown field', () => {
    expect(problemOf('[1, 2]')).toMatch(/^autosave: a save is a JSON object .* but this holds a list$/);
    expect(problemOf(edit((save) => (save.format = 'other-game' as never)))).toBe(
      'autosave: format: this is not a Ceasefire Summit save: expected "ceasefire-summit-save", found "other-game"',
    );
    expect(problemOf(JSON.stringify(recordAiGame(tutorial, 'file')))).toMatch(
      /^autosave: format: this is a replay file/,
    );
    expect(problemOf(edit((save) => (save.version = 2 as never)))).toBe(
      'autosave: version: the save was written by a newer version of the game (save version 2; this one reads 1)',
    );
    expect(problemOf(edit((save) => (save.cloud = true)))).toBe('autosave: cloud: unknown field');
  });

  it('names the field of the game that is wrong', () => {
    expect(problemOf(edit((save) => (save.replay.seed = 5 as never)))).toMatch(
      /^autosave: replay: seed: expected a text, found 5/,
    );
    expect(problemOf(edit((save) => (save.replay.actions[3] = { type: 'conquer' } as never)))).toMatch(
      /^autosave: replay: actions\[3\]\.type: unknown action type "conquer"/,
    );
    expect(problemOf(edit((save) => delete (save as Partial<Autosave>).replay))).toBe(
      'autosave: replay: missing: the save holds no game',
    );
  });

  it('refuses a save whose actions no longer play back, saying at which action', () => {
    const cut = problemOf(edit((save) => (save.replay.actions = save.replay.actions.slice(0, -3))));
    expect(cut).toMatch(/^autosave: replay\.actions\[\d+\]: the saved game does not play back: /);
    const missing = problemOf(edit((save) => save.replay.actions.splice(2, 1)));
    expect(missing).toMatch(
      /^autosave: replay\.actions\[2\]: the saved game does not play back: the state after action 2/,
    );
    const engine = problemOf(edit((save) => (save.replay.engineVersion = '0.9.0')));
    expect(engine).toMatch(/^autosave: replay: .*recorded with engine 0\.9\.0/);
  });

  it('refuses a save of an unknown scenario, or of another version of it', () => {
    expect(problemOf(good, nothingBundled)).toBe(
      'autosave: replay.scenario.id: unknown scenario "paris-2026": this version of the game has no scenario of that id',
    );
    const revised = compileScenario({ ...paris.scenario, title: 'Paris, revised' });
    expect(problemOf(good, () => revised)).toMatch(
      /^autosave: replay\.scenario\.hash: the game was saved with another version of scenario "paris-2026" \(content hash/,
    );
  });

  it('refuses a carried scenario that is broken or not the one played', () => {
    const carried = (change: (scenario: Record<string, unknown>) => void) =>
      edit((save) => {
        const scenario = structuredClone(paris.scenario) as unknown as Record<string, unknown>;
        change(scenario);
        save.scenarioContent = scenario as never;
      });
    expect(
      problemOf(
        carried((scenario) => (scenario.issues = 'none')),
        nothingBundled,
      ),
    ).toMatch(/^autosave: scenarioContent\.issues: the saved scenario is not valid: /);
    expect(
      problemOf(
        carried((scenario) => (scenario.title = 'Edited')),
        nothingBundled,
      ),
    ).toMatch(
      /^autosave: scenarioContent: the saved scenario is not the version the game was played on \(content hash \w+, expected \w+\)$/,
    );
  });
});

describe('autosave: every rejected save kept', () => {
  /** Puts `text` as the autosave and reads it at `keptAt`, as the browser does at boot. */
  const rejectAt = (storage: MemoryStorage, text: string, keptAt?: string) => {
    storage.setItem(AUTOSAVE_KEY, text);
    const read = readAutosave(storage, bundled, keptAt === undefined ? {} : { keptAt });
    if (read.kind !== 'problem') throw new Error(`expected a problem, got ${read.kind}`);
    return read;
  };

  it('keeps two successive rejected saves, each dated by the caller and with its problem, both offered', () => {
    const storage = new MemoryStorage();
    const first = rejectAt(
      storage,
      '{"format": "ceasefire-summit-save", "version": 1, "replay": ',
      '2026-12-08T05:00:00Z',
    );
    const second = rejectAt(storage, '{"format": "other"}', '2026-12-08T06:00:00Z');
    expect([first.keptAsideId, second.keptAsideId]).toEqual(['r1', 'r2']);
    expect(readRejectedSaves(storage)).toEqual([
      {
        id: 'r1',
        text: '{"format": "ceasefire-summit-save", "version": 1, "replay": ',
        keptAt: '2026-12-08T05:00:00Z',
        problem: first.line,
      },
      { id: 'r2', text: '{"format": "other"}', keptAt: '2026-12-08T06:00:00Z', problem: second.line },
    ]);
    expect(storage.items.has(AUTOSAVE_KEY)).toBe(false);

    // Each stays until the player deletes it; deleting one leaves the other.
    deleteRejectedSave(storage, 'r1');
    expect(readRejectedSaves(storage).map((save) => save.id)).toEqual(['r2']);
    deleteRejectedSave(storage, 'unknown');
    expect(readRejectedSaves(storage).map((save) => save.id)).toEqual(['r2']);
    expect(rejectAt(storage, 'x').keptAsideId).toBe('r3'); // never reuses the id of a deleted one
    expect(readRejectedSaves(storage).at(-1)).toEqual({ id: 'r3', text: 'x', problem: expect.any(String) as string });
  });

  it('still offers the save an earlier build kept in its single slot, and moves it into the list unharmed', () => {
    const storage = new MemoryStorage();
    storage.setItem(REJECTED_SAVE_KEY, 'the old kept save');
    expect(readRejectedSaves(storage)).toEqual([{ id: 'single-slot', text: 'the old kept save' }]);

    rejectAt(storage, 'a new bad save', '2026-12-08T06:00:00Z');
    expect(readRejectedSaves(storage).map(({ id, text }) => [id, text])).toEqual([
      ['r0', 'the old kept save'],
      ['r1', 'a new bad save'],
    ]);
    expect(storage.items.has(REJECTED_SAVE_KEY)).toBe(false);
  });

  it('loses nothing when the list itself is damaged: its text is offered, then kept, as one save', () => {
    const storage = new MemoryStorage();
    storage.setItem(REJECTED_SAVES_KEY, '[{"id": "r1", "text": ');
    expect(readRejectedSaves(storage)).toEqual([{ id: 'unreadable', text: '[{"id": "r1", "text": ' }]);
    rejectAt(storage, 'next');
    expect(readRejectedSaves(storage).map((save) => save.text)).toEqual(['[{"id": "r1", "text": ', 'next']);
  });

  it('keeps the earlier saves as they were when the next one does not fit, and leaves that one in place', () => {
    const storage = new MemoryStorage(700);
    rejectAt(storage, 'first bad save', '2026-12-08T05:00:00Z');
    const kept = storage.items.get(REJECTED_SAVES_KEY);
    const big = `{"format": 1, "padding": "${'x'.repeat(200)}"}`;
    expect(rejectAt(storage, big).keptAsideId).toBeNull();
    expect(storage.items.get(REJECTED_SAVES_KEY)).toBe(kept);
    expect(storage.items.get(AUTOSAVE_KEY)).toBe(big);
  });
});

describe('autosave: storage that fails', () => {
  it('returns false when the storage is full, and the game goes on', () => {
    const full = new MemoryStorage(1000);
    const save = buildAutosave(tutorial, recordAiGame(tutorial, 'full'), {
      scenarioFileName: 't.yaml',
      embedScenario: false,
    });
    expect(writeAutosave(full, save)).toBe(false);

    let failures = 0;
    const store = createSessionStore();
    const unsubscribe = autosaveSession(store, full, { scenarios: bundled, onWriteFailed: () => failures++ });
    expect(() =>
      store.getState().start({ scenario: tutorial.scenario, fileName: 't.yaml', seed: 'q', seats: {} }),
    ).not.toThrow();
    unsubscribe();
    expect(failures).toBe(1);
    expect(store.getState().game?.phase).toBe('ended');
  });

  it('leaves a bad save where it is when there is no room to copy it aside', () => {
    const tight = new MemoryStorage(100);
    tight.setItem(AUTOSAVE_KEY, '{"format": 1, "padding": "xxxxxxxxxxxx"}');
    const result = readAutosave(tight, bundled);
    expect(result).toEqual({
      kind: 'problem',
      line: expect.stringMatching(/^autosave: format: /),
      keptAsideId: null,
    });
    expect(tight.items.get(AUTOSAVE_KEY)).toContain('padding');
  });

  it('has no save to offer when the storage cannot be read', () => {
    const locked = new MemoryStorage(Infinity, true);
    expect(readAutosave(locked, bundled)).toEqual({ kind: 'none' });
    expect(readRejectedSaves(locked)).toEqual([]);
  });
});

describe('autosave: restoring', () => {
  it('says where a save parts from what the game does now', () => {
    const storage = new MemoryStorage();
    playedSession(storage, 6);
    const read = readAutosave(storage, bundled);
    if (read.kind !== 'ok') throw new Error('expected a save');
    // The save claims France is played by the AI: the session then plays France itself and parts from the save.
    const altered = {
      ...read,
      save: {
        ...read.save,
        replay: { ...read.save.replay, seats: { ...read.save.replay.seats, france: 'ai' as const } },
      },
    };
    const store = createSessionStore();
    const result = restoreSession(store, altered satisfies { compiled: CompiledScenario });
    expect(result).toEqual({
      ok: false,
      problem: expect.stringMatching(/^the restored game parts from the save at action \d+/),
    });
    expect(store.getState().game).toBeNull();
  });
});
