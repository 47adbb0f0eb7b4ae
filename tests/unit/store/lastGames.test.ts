// "Last games": every finished game (and any game set aside unfinished) is kept in the browser's storage, newest
// first, at most MAX_LAST_GAMES, once each; a full or broken storage never throws and never loses what was there.
import { describe, expect, it } from 'vitest';
import type { ScenarioLookup } from '../../../src/replay';
import { verifyReplay } from '../../../src/replay';
import type { StorageLike } from '../../../src/store/autosave';
import {
  DAMAGED_LAST_GAMES_KEY,
  keepLastGame,
  LAST_GAMES_KEY,
  lastGameFileName,
  lastGameOfSession,
  lastGameOutcomeLabel,
  lastGameScenarios,
  MAX_LAST_GAMES,
  readLastGames,
} from '../../../src/store/lastGames';
import { savedAtPart } from '../../../src/store/classFileNames';
import { createSessionStore, humanToAct } from '../../../src/store/session';
import type { SessionStore } from '../../../src/store/session';
import { compileFile } from '../engine/gameHelpers';
import { defaultAction } from '../engine/gameHelpers';

const tutorial = compileFile('scenarios/tutorial.yaml');
const bundled: ScenarioLookup = (id) => (id === tutorial.scenario.id ? tutorial : undefined);

class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  constructor(private readonly quota = Infinity) {}
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    let used = value.length;
    for (const [other, text] of this.items) if (other !== key) used += text.length;
    if (used > this.quota) throw new Error('QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/** A tutorial game as Ostrand on `seed`, played `moves` human moves in (or to its end). */
function played(seed: string, moves = Infinity): SessionStore {
  const store = createSessionStore();
  store.getState().start({ scenario: tutorial.scenario, fileName: 'tutorial.yaml', seed, seats: { ostrand: 'human' } });
  for (let move = 0; move < moves; move++) {
    const { compiled, game } = store.getState();
    const party = humanToAct(store.getState());
    if (!compiled || !game || party === null) break;
    store.getState().dispatch(defaultAction(compiled, game, party));
  }
  return store;
}

describe('last games', () => {
  it('keeps a finished game with what tells it apart, and its replay plays back', () => {
    const store = played('kept');
    const game = lastGameOfSession(store.getState(), { scenarios: bundled, savedAt: '2026-12-08T04:31:00.000Z' });
    if (!game) throw new Error('a finished game is kept');
    expect(game).toMatchObject({ name: 'Ostrand · seed kept', seed: 'kept', seatNames: ['Ostrand'] });
    expect(game.outcome).toBe(store.getState().game?.outcome?.kind);
    expect(game.scenarioContent).toBeUndefined();
    expect(lastGameOutcomeLabel(game)).not.toBe('');
    // Named as every file a class collects: scenario, seed, table, and the local time it was kept.
    const localTime = savedAtPart(new Date('2026-12-08T04:31:00.000Z'));
    expect(lastGameFileName(game)).toBe(`tutorial_kept_ostrand_${localTime}.replay.json`);
    expect(verifyReplay(tutorial, game.replay)).toMatchObject({ ok: true });

    const storage = new MemoryStorage();
    expect(keepLastGame(storage, game)).toBe(true);
    expect(keepLastGame(storage, game)).toBe(true); // the same game again: still once
    expect(readLastGames(storage)).toEqual([game]);
  });

  it('keeps an unfinished game only once someone has played in it', () => {
    expect(lastGameOfSession(played('fresh', 0).getState(), { scenarios: bundled })).toBeNull();
    const game = lastGameOfSession(played('begun', 2).getState(), { scenarios: bundled });
    expect(game?.outcome).toBe('unfinished');
    expect(game && lastGameOutcomeLabel(game)).toMatch(/^Unfinished, round \d+$/);
  });

  it('carries a scenario this build does not bundle, and opens with it', () => {
    const game = lastGameOfSession(played('own', 1).getState(), { scenarios: () => undefined });
    expect(game?.scenarioContent?.id).toBe('tutorial');
    const lookup = game && lastGameScenarios(game, () => undefined);
    expect(lookup?.('tutorial', tutorial.hash)?.hash).toBe(tutorial.hash);
  });

  it('lists the newest first and keeps at most MAX_LAST_GAMES', () => {
    const storage = new MemoryStorage();
    const base = lastGameOfSession(played('many', 1).getState(), { scenarios: bundled });
    if (!base) throw new Error('no game');
    for (let index = 0; index < MAX_LAST_GAMES + 3; index++)
      keepLastGame(storage, { ...base, id: `game-${index}`, name: `game ${index}` });
    const list = readLastGames(storage);
    expect(list).toHaveLength(MAX_LAST_GAMES);
    expect(list[0]?.name).toBe(`game ${MAX_LAST_GAMES + 2}`);
  });

  it('drops the oldest to make room when the storage is full, and says false when even one does not fit', () => {
    const base = lastGameOfSession(played('full', 1).getState(), { scenarios: bundled });
    if (!base) throw new Error('no game');
    const one = JSON.stringify([base]).length;
    const storage = new MemoryStorage(one * 2 + 10);
    for (let index = 0; index < 4; index++) expect(keepLastGame(storage, { ...base, id: `g${index}` })).toBe(true);
    expect(readLastGames(storage).map((game) => game.id)).toEqual(['g3', 'g2']);
    expect(keepLastGame(new MemoryStorage(10), base)).toBe(false);
  });

  it('never throws on a storage that refuses, and keeps a damaged list aside rather than writing over it', () => {
    const refusing: StorageLike = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => undefined,
    };
    expect(readLastGames(refusing)).toEqual([]);
    const base = lastGameOfSession(played('refused', 1).getState(), { scenarios: bundled });
    if (!base) throw new Error('no game');
    expect(keepLastGame(refusing, base)).toBe(false);

    const storage = new MemoryStorage();
    storage.setItem(LAST_GAMES_KEY, '{"not": "a list"');
    expect(readLastGames(storage)).toEqual([]);
    expect(keepLastGame(storage, base)).toBe(true);
    expect(storage.getItem(DAMAGED_LAST_GAMES_KEY)).toBe('{"not": "a list"');
    expect(readLastGames(storage)).toEqual([base]);
  });
});
