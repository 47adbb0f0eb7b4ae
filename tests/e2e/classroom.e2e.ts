// Issue #5 item 8: the game in a classroom, in Chromium, by keyboard only, checked on what the players and the
// teacher see.
// - Hot seat: a start link gives France and Ukraine to two players sharing one device. When the turn passes from
//   one human seat to the other, only the hand-over screen is drawn — no text of either seat's private side (its
//   numbers, red lines, levers, the roster) and nothing of the table around it — until the next player presses
//   Enter; a seat that acts twice in a row gets no hand-over.
// - The facilitator: news injected from the panel reaches the news feed and the screen-reader log; ending the game
//   from the panel leads to "The facilitator ended the talks", and the debrief's replay file (S) holds both acts
//   and replays to the very same game in Node — through verifyReplay and through `npm run replay -- verify`.
// - The debrief's data files (J, V): the JSON and both CSV tables are exactly what Node builds from the same game.
// What the browser should do is worked out in Node first, on the session store the browser runs, so a difference
// fails where it happens. One plain key per frame (support/frameKeys.ts); the test hook is only read.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Download } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { compileScenario } from '../../src/engine';
import type { Action } from '../../src/engine';
import { parseReplay, verifyReplay } from '../../src/replay';
import type { Replay } from '../../src/replay';
import {
  buildDebriefExport,
  debriefJson,
  debriefPartiesCsv,
  debriefRoundsCsv,
  recordedGameOf,
} from '../../src/store/debriefExport';
import { createSessionStore, humanToAct } from '../../src/store/session';
import { teacherCode } from '../../src/store/teacherCode';
import type { SessionStore } from '../../src/store/session';
import type { VisibleText } from '../../src/game/testHook';
import { useChromium } from './support/useChromium';
import { waitForTexts } from './support/waitForTexts';
import { openGame, pagePoint } from './support/gamePage';
import type { GamePage } from './support/gamePage';
import { isShown, textsOf } from './support/expectations';
import { pressKey } from './support/frameKeys';
import { pictureStats } from './support/pixels';
import { loadBundledScenario } from './support/enterOnlyPlayer';

const baseUrl = inject('baseUrl');
const root = resolve(import.meta.dirname, '../..');
const PARIS = 'scenarios/paris-2026.yaml';
const SCENARIO_ID = 'paris-2026';
/** Any seed hands over after one move: Ukraine (first at the table) ends its diplomacy, France is next. */
const HOT_SEAT_SEED = 'class-4b';
const HOT_SEATS = ['france', 'ukraine'];
const FACILITATOR_SEED = 'class-7a';
/** An all-AI game of Paris that ends in collapse (tests/e2e/outcome.e2e.ts uses it too). */
const EXPORT_SEED = '6';

/**
 * What only the seat to act may read: its numbers and verdict on the text, its red lines, its levers and what they
 * cost, its actions left, whose screen this is. The roster (every party's support, budget and trust) is checked by
 * the names of the parties not in the hand-over.
 */
const PRIVATE_TEXT = [
  /Worth to you/,
  /no deal/i,
  /red line/i,
  /capital/i,
  /action\(s\) left/,
  /Your seat/,
  /Your move/,
  /better than no deal|not worth signing/,
];

let game: GamePage | undefined;
const chromium = useChromium(
  () => game,
  () => (game = undefined),
);
const downloadsDir = mkdtempSync(join(tmpdir(), 'ceasefire-classroom-'));
afterAll(() => rmSync(downloadsDir, { recursive: true, force: true }));

const scenario = loadBundledScenario(PARIS);
const partyName = (id: string) => scenario.parties.find((party) => party.id === id)?.name ?? id;
const partyShort = (id: string) => scenario.parties.find((party) => party.id === id)?.shortName ?? id;

/** A session of Paris with these seats human, started as the start link starts it. */
function startSession(seed: string, humans: readonly string[]): SessionStore {
  const store = createSessionStore();
  const seats = Object.fromEntries(
    scenario.parties.map((party) => [party.id, humans.includes(party.id) ? ('human' as const) : ('ai' as const)]),
  );
  store.getState().start({ scenario, fileName: PARIS, seed, seats });
  return store;
}

function startLink(seed: string, humans: readonly string[]): string {
  return `${baseUrl}?test&scenario=${SCENARIO_ID}&seed=${encodeURIComponent(seed)}&seat=${humans.join(',')}`;
}

/** Opens a start link in a fresh page (after the title, so the page's watch for errors is already on). */
async function openLink(url: string): Promise<GamePage> {
  const current = (game = await openGame(chromium.browser(), baseUrl));
  await current.waitForHook((hook) => hook.ready && hook.scene === 'title', 'the title screen');
  // Another query string: the browser loads the page anew.
  await current.page.goto(url, { waitUntil: 'load' });
  return current;
}

const hasText = (text: string) => (texts: VisibleText[]) => textsOf(texts).includes(text);

/** Lets a scene's tweens play a few frames before a picture. */
async function settle(current: GamePage): Promise<void> {
  await current.page.waitForTimeout(400);
}

/** Distinct colours in a region of the game (1280×720 coordinates), as a picture of the page shows it. */
async function coloursIn(
  current: GamePage,
  box: { x: number; y: number; width: number; height: number },
): Promise<number> {
  const from = await pagePoint(current.page, box.x, box.y);
  const to = await pagePoint(current.page, box.x + box.width, box.y + box.height);
  const png = await current.page.screenshot({
    clip: { x: from.x, y: from.y, width: to.x - from.x, height: to.y - from.y },
  });
  return (await pictureStats(current.page, png)).distinctColours;
}

/** The regions the hand-over screen leaves empty: everything above, below and beside its centred column. */
function marginsAround(texts: readonly VisibleText[]) {
  const left = Math.min(...texts.map((shown) => shown.x)) - 12;
  const right = Math.max(...texts.map((shown) => shown.x + shown.width)) + 12;
  return [
    { name: 'above', x: 0, y: 0, width: 1280, height: 185 },
    { name: 'below', x: 0, y: 540, width: 1280, height: 180 },
    { name: 'left', x: 0, y: 185, width: left, height: 355 },
    { name: 'right', x: right, y: 185, width: 1280 - right, height: 355 },
  ];
}

/** The download `key` starts, saved where the test can read it. */
async function downloadBy(current: GamePage, key: string): Promise<{ download: Download; path: string }> {
  const [download] = await Promise.all([current.page.waitForEvent('download'), pressKey(current, key)]);
  const path = join(downloadsDir, download.suggestedFilename());
  await download.saveAs(path);
  return { download, path };
}

describe('hot seat', () => {
  it('hides both seats’ private side behind the hand-over screen until the next player presses Enter', async () => {
    // In Node: who acts first, and that ending the phase passes the turn to the other human seat.
    const predicted = startSession(HOT_SEAT_SEED, HOT_SEATS);
    const first = humanToAct(predicted.getState());
    expect(first).toBe('ukraine');
    predicted.getState().dispatch({ type: 'endPhase', party: 'ukraine' });
    expect(humanToAct(predicted.getState())).toBe('france');

    const current = await openLink(startLink(HOT_SEAT_SEED, HOT_SEATS));
    let hook = await current.waitForHook(
      (h) => h.scene === 'summit' && h.session?.humanToAct === 'ukraine',
      'Ukraine to act at the summit',
    );
    expect(hook.session).toMatchObject({ scenarioId: SCENARIO_ID, seed: HOT_SEAT_SEED, round: 1, phase: 'diplomacy' });
    // Ukraine's own screen shows Ukraine's private side: what the hand-over must hide.
    const ukraineScreen = await waitForTexts(current, hasText('Your seat: Ukraine'), 'Ukraine’s screen');
    for (const pattern of [/Worth to you/, /red line/i, /capital/i, /action\(s\) left/])
      expect(
        textsOf(ukraineScreen).some((text) => pattern.test(text)),
        `Ukraine’s screen shows ${pattern}`,
      ).toBe(true);
    expect(textsOf(ukraineScreen)).toContain('Your move, Ukraine');
    await settle(current);
    await current.screenshot('classroom-1-hot-seat-ukraine');

    const expectHandOver = async (from: string, to: string) => {
      const toParty = scenario.parties.find((party) => party.id === to);
      const expected = [
        'HOT SEAT  ·  HAND THE DEVICE OVER',
        `${partyName(to)}’s turn`,
        (toParty?.leaders ?? []).map((person) => `${person.name}, ${person.title}`).join(' · '),
        `${partyShort(from)}’s screen is hidden. Only ${partyShort(to)}’s player should look now.`,
        'Press Enter when you are ready',
      ];
      const texts = await waitForTexts(current, hasText(expected[0] ?? ''), `the hand-over from ${from} to ${to}`);
      // Only the hand-over's own words: nothing private of either seat, no other party of the roster.
      expect(textsOf(texts).sort()).toEqual([...expected].sort());
      for (const pattern of PRIVATE_TEXT)
        expect(
          textsOf(texts).filter((text) => pattern.test(text)),
          `${pattern} on the hand-over screen`,
        ).toEqual([]);
      for (const party of scenario.parties.filter((p) => p.id !== from && p.id !== to))
        expect(isShown(party.shortName, texts), `${party.shortName} (the roster) on the hand-over screen`).toBe(false);
      // And what the eye sees: around the hand-over's column the screen is one flat colour, so no panel of the
      // table (roster, draft, levers, news, top bar, key hints) is drawn under or over it.
      await settle(current);
      await current.screenshot(`classroom-${from === 'ukraine' ? 2 : 4}-hand-over-to-${to}`);
      for (const margin of marginsAround(texts))
        expect(await coloursIn(current, margin), `colours ${margin.name} the hand-over`).toBe(1);
    };

    // Ukraine ends its diplomacy (E): the turn passes to France, another human seat.
    expect(await coloursIn(current, { x: 0, y: 0, width: 1280, height: 185 })).toBeGreaterThan(1);
    await pressKey(current, 'e');
    hook = await current.waitForHook((h) => h.session?.humanToAct === 'france', 'the turn to pass to France');
    expect(hook.session).toMatchObject({ round: 1, phase: 'diplomacy' });
    await expectHandOver('ukraine', 'france');
    // Keys other than Enter do nothing behind the screen: E does not play France's move.
    await pressKey(current, 'e');
    await pressKey(current, 'Escape');
    await waitForTexts(current, hasText('Press Enter when you are ready'), 'the hand-over to stay');

    // Enter: France's screen, with France's own numbers, still at the start of its diplomacy. (The hook is
    // published again as the table is drawn, so its session is the game as it stands now.)
    await pressKey(current, 'Enter');
    const franceScreen = await waitForTexts(current, hasText('Your seat: France'), 'France’s screen');
    expect((await current.hook()).session).toMatchObject({ humanToAct: 'france', round: 1, phase: 'diplomacy' });
    expect(textsOf(franceScreen)).toContain('Your move, France');
    expect(textsOf(franceScreen).some((text) => text.startsWith('Worth to you'))).toBe(true);
    expect(textsOf(franceScreen)).not.toContain('Press Enter when you are ready');
    await settle(current);
    await current.screenshot('classroom-3-hot-seat-france');

    // France ends diplomacy and acts again in drafting: the same seat, so no hand-over.
    await pressKey(current, 'e');
    await current.waitForHook(
      (h) => h.session?.phase === 'drafting' && h.session.humanToAct === 'france',
      'France to draft',
    );
    const drafting = await waitForTexts(current, hasText('Your seat: France'), 'France’s drafting screen');
    expect(textsOf(drafting)).not.toContain('Press Enter when you are ready');

    // France passes on drafting: Ukraine is next, behind the hand-over screen again.
    await pressKey(current, 'e');
    hook = await current.waitForHook((h) => h.session?.humanToAct === 'ukraine', 'the turn to pass to Ukraine');
    expect(hook.session).toMatchObject({ round: 1, phase: 'drafting' });
    await expectHandOver('france', 'ukraine');
    await pressKey(current, 'Enter');
    const back = await waitForTexts(current, hasText('Your seat: Ukraine'), 'Ukraine’s screen again');
    expect(textsOf(back)).toContain('Your move, Ukraine');
  });
});

/** F, the teacher code of this seed, Enter: the facilitator's panel, on its first row. */
async function openFacilitatorPanel(current: GamePage, seed: string): Promise<void> {
  await pressKey(current, 'f');
  await waitForTexts(current, hasText('Teacher code'), 'the teacher code prompt');
  for (const character of teacherCode(SCENARIO_ID, seed)) await pressKey(current, character);
  await pressKey(current, 'Enter');
  await waitForTexts(current, hasText('▶ Pause the game'), 'the facilitator panel, on its first row');
}

describe('the facilitator', () => {
  it('injects news into the feed and the log, ends the game, and the replay file replays the same game in Node', async () => {
    // In Node: the news the panel offers, in order; the first after the one it opens on that leaves the game
    // running; and the actions the game should record.
    const events = scenario.events;
    const pick = events.findIndex((event, index) => {
      if (index === 0) return false;
      const trial = startSession(FACILITATOR_SEED, ['france']);
      return trial.getState().dispatch({ type: 'injectEvent', event: event.id }).ok && !trial.getState().game?.outcome;
    });
    const news = events[pick];
    if (!news) throw new Error('no news event of Paris can be injected without ending the game');
    const predicted = startSession(FACILITATOR_SEED, ['france']);
    expect(humanToAct(predicted.getState())).toBe('france');
    for (const action of [{ type: 'injectEvent', event: news.id }, { type: 'endGame' }] satisfies Action[])
      expect(predicted.getState().dispatch(action).ok).toBe(true);
    const expectedActions = predicted.getState().actions;

    const current = await openLink(startLink(FACILITATOR_SEED, ['france']));
    const opened = await current.waitForHook(
      (h) => h.scene === 'summit' && h.session?.humanToAct === 'france',
      'France to act at the summit',
    );
    const round = opened.session?.round ?? 0;
    await waitForTexts(current, hasText('Your seat: France'), 'France’s screen');

    // F asks for the teacher code; the panel opens on its first row.
    await openFacilitatorPanel(current, FACILITATOR_SEED);
    const newsRow = (index: number) =>
      `▶ Inject news ◀ ${events[index]?.title ?? ''} ▶  (${index + 1}/${events.length})`;
    await pressKey(current, 'ArrowDown');
    await waitForTexts(current, (texts) => isShown(newsRow(0), texts), 'the news row to be chosen');
    for (let index = 1; index <= pick; index++) {
      await pressKey(current, 'ArrowRight');
      await waitForTexts(
        current,
        (texts) => isShown(newsRow(index), texts),
        `the panel to offer "${events[index]?.title}"`,
      );
    }
    await settle(current);
    await current.screenshot('classroom-5-facilitator-news');
    await pressKey(current, 'Enter');
    // The panel confirms the act in words.
    await waitForTexts(
      current,
      (texts) => textsOf(texts).some((text) => text.startsWith(`✓ Injected: “${news.title}”`)),
      'the panel to confirm the news',
    );
    const newsLine = `News (from the facilitator): ${news.title}.`;
    await current.page.waitForFunction(
      (line) => [...document.querySelectorAll('#summit-live-log p')].some((p) => p.textContent?.startsWith(line)),
      newsLine,
      { timeout: 20_000 },
    );
    // The game goes on: nobody's turn was taken.
    expect((await current.hook()).session).toMatchObject({ humanToAct: 'france', outcome: null, round });

    // Escape closes the panel; the news feed shows the injected news, marked as the facilitator's.
    await pressKey(current, 'Escape');
    const feed = await waitForTexts(current, hasText('Your seat: France'), 'the table after the panel');
    const shownNews = textsOf(feed).filter((text) =>
      text.replace(/\s+/g, ' ').includes('News (from the facilitator): '),
    );
    expect(shownNews).toHaveLength(1);
    const titleStart = news.title.split(/\s+/).slice(0, 3).join(' ');
    expect(shownNews[0]?.replace(/\s+/g, ' ')).toContain(`News (from the facilitator): ${titleStart}`);
    await settle(current);
    await current.screenshot('classroom-6-injected-news');

    // Back in the panel (on its first row again): ↓ to "End the game now", Enter asks; Enter alone keeps the game
    // going (the safe choice is the default); → to "End the game", then Enter, ends it.
    await openFacilitatorPanel(current, FACILITATOR_SEED);
    const onEnd = (texts: VisibleText[]) => textsOf(texts).some((text) => text.startsWith('▶ End the game now'));
    for (let step = 0; step < 6 && !onEnd(await current.visibleTexts()); step++) await pressKey(current, 'ArrowDown');
    await waitForTexts(current, onEnd, '"End the game now" to be chosen');
    await pressKey(current, 'Enter');
    await waitForTexts(current, hasText('End the game now?'), 'the question before the end');
    await pressKey(current, 'Enter');
    await waitForTexts(current, (texts) => !textsOf(texts).includes('End the game now?'), 'Enter to keep the game');
    expect((await current.hook()).session).toMatchObject({ outcome: null });
    await pressKey(current, 'Enter');
    await waitForTexts(current, hasText('End the game now?'), 'the question before the end');
    await pressKey(current, 'ArrowRight');
    await settle(current);
    await current.screenshot('classroom-7-end-the-game');
    await pressKey(current, 'Enter');
    await current.waitForHook((h) => h.session?.outcome === 'deadline', 'the game to end');
    await waitForTexts(
      current,
      hasText(`The facilitator ended the talks in round ${round}, with nothing signed.`),
      'the end of the talks, told as the facilitator’s',
    );
    const ended = await current.page.locator('#summit-live-log p').allTextContents();
    expect(ended).toContain('The facilitator has ended the talks: nothing was signed.');

    // Enter: the ending says who stopped the talks; Enter again: the debrief.
    await pressKey(current, 'Enter');
    await current.waitForHook((h) => h.scene === 'collapse', 'the collapse scene');
    const collapse = await waitForTexts(
      current,
      hasText(`THE FACILITATOR ENDED THE TALKS  ·  ROUND ${round}`),
      'the facilitator’s ending',
    );
    expect(textsOf(collapse)).toContain('Stopped before any text was signed');
    await settle(current);
    await current.screenshot('classroom-8-facilitator-ended');
    await pressKey(current, 'Enter');
    await current.waitForHook((h) => h.scene === 'debrief', 'the debrief');
    await waitForTexts(current, hasText('TAKE IT AWAY'), 'the debrief’s take-away bar');
    await settle(current);
    await current.screenshot('classroom-9-debrief');

    // S: the replay file, which Node reads back and replays to the same game.
    const { download, path } = await downloadBy(current, 's');
    // Named for its table and the minute it was saved, so a class's files can share one folder.
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^${SCENARIO_ID}_${FACILITATOR_SEED}_france_\\d{4}-\\d{2}-\\d{2}_\\d{4}\\.replay\\.json$`),
    );
    const parsed = parseReplay(readFileSync(path, 'utf8'), download.suggestedFilename());
    if (!parsed.ok) throw new Error(`the replay file does not parse: ${parsed.errors.join('; ')}`);
    const replay: Replay = parsed.replay;
    expect(replay).toMatchObject({ seed: FACILITATOR_SEED, scenario: { id: SCENARIO_ID } });
    expect(replay.seats).toEqual(predicted.getState().game?.seats);
    expect(replay.actions).toContainEqual({ type: 'injectEvent', event: news.id });
    expect(replay.actions.at(-1)).toEqual({ type: 'endGame' });
    expect(replay.actions).toEqual(expectedActions);
    const verified = verifyReplay(compileScenario(scenario), replay);
    if (!verified.ok) throw new Error(`verifyReplay: ${verified.reason}`);
    expect(verified.state.outcome).toMatchObject({ kind: 'deadline', round, endedByFacilitator: true });

    // The command a teacher runs on the file says "match" and exits 0.
    const cli = spawnSync(resolve(root, 'node_modules/.bin/tsx'), ['src/cli/replay.ts', 'verify', path], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(0);
    expect(cli.stdout).toMatch(new RegExp(`^match: .+ \\(${replay.actions.length} actions; `));
  });
});

describe('the debrief’s data files', () => {
  it('J and V download the JSON and the two CSV tables Node builds from the same game', async () => {
    // In Node: the all-AI game the outcome link plays, and its export.
    const store = startSession(EXPORT_SEED, []);
    const recorded = recordedGameOf(store.getState());
    const outcome = recorded?.game.outcome;
    if (!recorded || !outcome) throw new Error(`the all-AI game of seed ${EXPORT_SEED} does not finish`);
    const exported = buildDebriefExport(recorded);
    const ending = outcome.kind === 'ceasefire' || outcome.kind === 'ratification-failed' ? 'ceasefire' : 'collapse';

    const current = await openLink(`${baseUrl}?test&scenario=${SCENARIO_ID}&seed=${EXPORT_SEED}&outcome`);
    await current.waitForHook((h) => h.scene === ending, `the ${ending} scene`);
    await pressKey(current, 'Enter');
    await current.waitForHook((h) => h.scene === 'debrief', 'the debrief');
    await waitForTexts(current, hasText('TAKE IT AWAY'), 'the debrief’s take-away bar');

    // The table's files are named for it: scenario, seed, no human seat, the local date and minute.
    const dataStem = `${SCENARIO_ID}_${EXPORT_SEED}_all-ai_\\d{4}-\\d{2}-\\d{2}_\\d{4}`;
    // J: the JSON, exactly Node's, with a row per round.
    const json = await downloadBy(current, 'j');
    expect(json.download.suggestedFilename()).toMatch(new RegExp(`^${dataStem}\\.debrief\\.json$`));
    const text = readFileSync(json.path, 'utf8');
    expect(text).toBe(debriefJson(exported));
    const data = JSON.parse(text) as { format: string; rounds: { round: number }[]; outcome: string };
    expect(data.format).toBe('ceasefire-summit-debrief');
    expect(data.outcome).toBe(outcome.kind);
    expect(data.rounds.map((row) => row.round)).toEqual(
      Array.from({ length: recorded.game.round }, (_, index) => index + 1),
    );

    // V: two tables, rounds and parties, each with its header row; a byte-order mark for Excel.
    const saved: { name: string; path: string }[] = [];
    const done: Promise<void>[] = [];
    const onDownload = (download: Download) => {
      const path = join(downloadsDir, download.suggestedFilename());
      saved.push({ name: download.suggestedFilename(), path });
      done.push(download.saveAs(path));
    };
    current.page.on('download', onDownload);
    await pressKey(current, 'v');
    const deadline = Date.now() + 20_000;
    while (saved.length < 2 && Date.now() < deadline) await current.page.waitForTimeout(50);
    current.page.off('download', onDownload);
    await Promise.all(done);
    const csvNames = saved.map((file) => file.name).sort();
    expect(csvNames[0]).toMatch(new RegExp(`^${dataStem}\\.parties\\.csv$`));
    expect(csvNames[1]).toMatch(new RegExp(`^${dataStem}\\.rounds\\.csv$`));
    const csv = (suffix: string) => readFileSync(saved.find((file) => file.name.endsWith(suffix))?.path ?? '', 'utf8');
    const rounds = csv('rounds.csv');
    const parties = csv('parties.csv');
    expect(rounds).toBe(`\uFEFF${debriefRoundsCsv(exported)}`);
    expect(parties).toBe(`\uFEFF${debriefPartiesCsv(exported)}`);
    const roundLines = rounds
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(roundLines[0]?.startsWith('scenario,seed,round,news,')).toBe(true);
    expect(roundLines).toHaveLength(1 + recorded.game.round);
    const partyLines = parties
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(partyLines[0]?.startsWith('scenario,seed,outcome,party,name,')).toBe(true);
    expect(partyLines).toHaveLength(1 + scenario.parties.length);
    await current.screenshot('classroom-10-debrief-downloads');
  });
});
