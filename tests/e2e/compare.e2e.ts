// Parallel worlds in Chromium: three replays of the Paris scenario with one seed (recorded here in Node, each with
// other seats and one of them with a different first move) and one replay of another seed are written to a folder
// and loaded through the Compare scene's file input, reached with K from the title. The scene compares the three and
// leaves the fourth out with its reason, in words on screen; no text is under 14 px; ← → move between tables and
// Escape returns to the title. Screenshots go to tests/e2e/artifacts/.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { compileScenario, currentActor, decideAction } from '../../src/engine';
import type { Action, CompiledScenario, GameState, PartyId } from '../../src/engine';
import { appendAction, continueWithAi, serializeReplay, startReplay } from '../../src/replay';
import type { Replay } from '../../src/replay';
import { formatScenarioError, loadScenarioText } from '../../src/scenario/loadScenario';
import { openGame } from './support/gamePage';
import type { GamePage } from './support/gamePage';
import { useChromium } from './support/useChromium';

const baseUrl = inject('baseUrl');
let game: GamePage | undefined;
const chromium = useChromium(
  () => game,
  () => (game = undefined),
);

const SEED = '1';
const OTHER_SEED = '2';

function compileParis(): CompiledScenario {
  const file = resolve(import.meta.dirname, '../../scenarios/paris-2026.yaml');
  const loaded = loadScenarioText(readFileSync(file, 'utf8'), 'scenarios/paris-2026.yaml');
  if (!loaded.ok) throw new Error(loaded.errors.map(formatScenarioError).join('\n'));
  return compileScenario(loaded.scenario);
}

/** A table's game: `humans` make `firstMove` at their first turn; after that every seat plays as the AI would. */
function recordTable(
  compiled: CompiledScenario,
  seed: string,
  humans: readonly PartyId[],
  firstMove: (state: GameState, actor: PartyId) => Action | null = () => null,
): Replay {
  const seats = Object.fromEntries(
    compiled.partyIds.map((id) => [id, humans.includes(id) ? ('human' as const) : ('ai' as const)]),
  );
  let live = startReplay(compiled, { seed, seats });
  let scripted = false;
  for (let step = 0; step < 5000; step++) {
    live = continueWithAi(compiled, live);
    const actor = currentActor(compiled, live.state);
    if (live.state.phase === 'ended' || actor === null) break;
    const move = scripted ? null : firstMove(live.state, actor);
    scripted = true;
    live = appendAction(compiled, live, move ?? decideAction(compiled, live.state, actor));
  }
  return live.replay;
}

let folder = '';
let files: string[] = [];
/** A whole class: 29 tables named as the game names their files, and one the facilitator ended, saved last. */
let classFiles: string[] = [];
const ENDED_FILE = 'paris-2026_1_france_2026-12-08_1130.replay.json';

beforeAll(() => {
  const paris = compileParis();
  folder = mkdtempSync(join(tmpdir(), 'ceasefire-compare-'));
  const replays: [string, Replay][] = [
    ['table-1.json', recordTable(paris, SEED, [])],
    ['table-2.json', recordTable(paris, SEED, ['ukraine'], (_, actor) => ({ type: 'walkOut', party: actor }))],
    ['table-3.json', recordTable(paris, SEED, ['united-states'], (_, actor) => ({ type: 'endPhase', party: actor }))],
    ['table-4.json', recordTable(paris, OTHER_SEED, [])],
  ];
  files = replays.map(([name, replay]) => {
    const path = join(folder, name);
    writeFileSync(path, serializeReplay(replay), 'utf8');
    return path;
  });
  // The playable seats in turn, one human each (recorded once per seat: the same seat, the same game).
  const seats = paris.scenario.parties.filter((party) => party.seat.playable).map((party) => party.id);
  const bySeat = new Map(seats.map((seat) => [seat, serializeReplay(recordTable(paris, SEED, [seat]))]));
  const classFolder = join(folder, 'class');
  mkdirSync(classFolder);
  classFiles = Array.from({ length: 29 }, (_, index) => {
    const seat = seats[index % seats.length] ?? 'france';
    const name = `paris-2026_1_${seat}_2026-12-08_10${String(index + 10).padStart(2, '0')}.replay.json`;
    const path = join(classFolder, name);
    writeFileSync(path, bySeat.get(seat) ?? '', 'utf8');
    return path;
  });
  const ended = recordTable(paris, SEED, ['france'], () => ({ type: 'endGame' }));
  const endedPath = join(classFolder, ENDED_FILE);
  writeFileSync(endedPath, serializeReplay(ended), 'utf8');
  classFiles.push(endedPath);
});

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

async function openCompare(): Promise<GamePage> {
  game = await openGame(chromium.browser(), baseUrl);
  await game.waitForHook((hook) => hook.ready && hook.scene === 'title', 'the title screen to be ready');
  await game.page.keyboard.press('k');
  await game.waitForHook((hook) => hook.scene === 'compare', 'K to open the Compare scene');
  await game.page.waitForSelector('#game[data-scene="compare"]');
  return game;
}

async function expectReadableTexts(current: GamePage) {
  const texts = await current.visibleTexts();
  expect(texts.length).toBeGreaterThan(0);
  for (const shown of texts) {
    expect(shown.fontSizePx, `"${shown.text}" is too small for a projector`).toBeGreaterThanOrEqual(14);
    expect(shown.x, `"${shown.text}" starts off screen`).toBeGreaterThanOrEqual(0);
    expect(shown.x + shown.width, `"${shown.text}" runs off the right edge`).toBeLessThanOrEqual(1280);
    expect(shown.y + shown.height, `"${shown.text}" runs off the bottom`).toBeLessThanOrEqual(720);
  }
  return texts.map((shown) => shown.text);
}

describe('compare tables', () => {
  it('compares three tables of one seed and leaves out the replay of another seed, saying why', async () => {
    const current = await openCompare();
    const { page } = current;
    await page.waitForTimeout(300);
    const empty = await expectReadableTexts(current);
    expect(empty).toContain('Compare the tables');
    expect((await current.hook()).compare).toEqual({ tables: 0, rejected: [] });
    await current.screenshot('compare-empty');

    await page.setInputFiles('#replay-files-input', files);
    const hook = await current.waitForHook((snapshot) => (snapshot.compare?.tables ?? 0) > 0, 'the tables to load');
    expect(hook.compare?.tables).toBe(3);
    expect(hook.compare?.rejected).toEqual([
      `table-4.json: plays seed "${OTHER_SEED}", but the other 3 tables played seed "${SEED}"`,
    ]);
    await page.waitForTimeout(300);

    const texts = await expectReadableTexts(current);
    expect(texts).toContain('3 tables, one seed');
    for (const name of ['table-1', 'table-2', 'table-3']) expect(texts).toContain(name);
    // The reason is on screen in words, in the row of the file left out and in full in the panel beside the chart.
    expect(texts).toContain('table-4.json');
    expect(texts.some((text) => text.startsWith('Left out: plays seed'))).toBe(true);
    // Ukraine walked out at table 2 in round 1: its outcome is written in the table.
    expect(texts).toContain('Collapse: walk-out');
    expect(texts).toContain('WHAT EACH SIGNATORY GAINED OVER NO DEAL');
    await current.screenshot('compare-tables');

    // → moves to table 2: the panel tells its story.
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(200);
    const second = await expectReadableTexts(current);
    expect(second.some((text) => text.startsWith('TABLE 2'))).toBe(true);
    expect(second.some((text) => text.includes('Walked out: Ukraine (round 1).'))).toBe(true);
    await current.screenshot('compare-table-2');

    // Tab twice more reaches the file left out: its whole reason is in the panel.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.waitForTimeout(200);
    const rejected = await expectReadableTexts(current);
    expect(rejected).toContain('LEFT OUT');
    expect(rejected).toContain(`plays seed "${OTHER_SEED}", but the other 3 tables played seed "${SEED}"`);
    await current.screenshot('compare-rejected');

    await page.keyboard.press('Escape');
    await current.waitForHook((snapshot) => snapshot.scene === 'title', 'Escape to return to the title');
  });
});

describe('a whole class', () => {
  it('compares 30 tables page by page, names them from their files, takes the teacher’s names and prints', async () => {
    const current = await openCompare();
    const { page } = current;
    await page.setInputFiles('#replay-files-input', classFiles);
    const hook = await current.waitForHook((snapshot) => (snapshot.compare?.tables ?? 0) > 0, 'the tables to load');
    expect(hook.compare).toEqual({ tables: 30, rejected: [] });
    await page.waitForTimeout(300);
    const first = await expectReadableTexts(current);
    expect(first).toContain('30 tables, one seed');
    expect(first.some((text) => /^Rows 1–\d+ of 30 {2}· {2}page 1 of \d+$/.test(text))).toBe(true);
    // Named from the file: the seat played and the minute it was saved, not one name for every file. (Files come in
    // name order, so seat by seat: Canada's first.)
    const names = first.filter((text) => / · \d\d:\d\d$/.test(text));
    expect(names.length).toBeGreaterThanOrEqual(8);
    expect(new Set(names).size).toBe(names.length);
    expect(names[0]).toMatch(/^Canada · 10:\d\d$/);
    await current.screenshot('compare-class-page-1');

    // The facilitator's table is labelled as such, not as a deadline (France's, saved at 11:30: table 8).
    expect(first).toContain('France · 11:30');
    expect(first).toContain('Ended by the facilitator');
    expect(first.filter((text) => text === 'Ended by the facilitator')).toHaveLength(1);

    // End: the last table, on the last page.
    await page.keyboard.press('End');
    await page.waitForTimeout(300);
    const last = await expectReadableTexts(current);
    expect(last.some((text) => text.startsWith('TABLE 30'))).toBe(true);
    expect(last.some((text) => /^Rows 21–30 of 30 {2}· {2}page 3 of 3$/.test(text))).toBe(true);
    await current.screenshot('compare-class-last-page');

    // Back to the facilitator's table: Home, then ↓ seven times.
    await page.keyboard.press('Home');
    for (let step = 0; step < 7; step++) await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(300);
    const chosen = await expectReadableTexts(current);
    expect(chosen).toContain('TABLE 8  ·  France · 11:30');
    expect(chosen).toContain(`File: ${ENDED_FILE}`);

    // R renames it: the new name is on screen and in the printout.
    await page.keyboard.press('r');
    await page.waitForTimeout(200);
    expect(await expectReadableTexts(current)).toContain('Name this table');
    for (let erase = 0; erase < 20; erase++) await page.keyboard.press('Backspace');
    for (const key of 'Table of Anna') await page.keyboard.press(key === ' ' ? 'Space' : key);
    await page.waitForTimeout(200);
    await current.screenshot('compare-class-rename');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(400);
    const renamed = await expectReadableTexts(current);
    expect(renamed).toContain('Table of Anna');
    expect(renamed).not.toContain('France · 11:30');
    expect(renamed).toContain('Ended by the facilitator');
    await current.screenshot('compare-class-renamed');

    const opened = page.context().waitForEvent('page');
    await page.keyboard.press('p');
    const printed = await opened;
    await printed.waitForLoadState('load');
    const rows = await printed.locator('table').first().locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(30);
    expect(rows[7]).toContain('Table of Anna');
    expect(rows[7]).toContain('Ended by the facilitator');
    expect(rows[7]).toContain(ENDED_FILE);
    await printed.close();

    // The replay viewer says the same of that game at its end.
    await page.keyboard.press('Escape');
    await current.waitForHook((snapshot) => snapshot.scene === 'title', 'the title');
    await page.setInputFiles('#replay-file-input', classFiles.at(-1) ?? '');
    await current.waitForHook((snapshot) => snapshot.scene === 'replay' && snapshot.replay !== null, 'the viewer');
    await page.keyboard.press('End');
    await current.waitForHook((snapshot) => snapshot.replay?.phase === 'ended', 'the end of the replay');
    await page.waitForTimeout(300);
    const viewer = await expectReadableTexts(current);
    expect(viewer).toContain('Ended by the facilitator');
    expect(viewer).not.toContain('Deadline passed');
    await current.screenshot('compare-class-replay-ended');
  });
});
