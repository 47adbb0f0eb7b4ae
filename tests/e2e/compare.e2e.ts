// Parallel worlds in Chromium: three replays of the Paris scenario with one seed (recorded here in Node, each with
// other seats and one of them with a different first move) and one replay of another seed are written to a folder
// and loaded through the Compare scene's file input, reached with K from the title. The scene compares the three and
// leaves the fourth out with its reason, in words on screen; no text is under 14 px; ← → move between tables and
// Escape returns to the title. Screenshots go to tests/e2e/artifacts/.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
