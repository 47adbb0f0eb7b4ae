// Issue #10, items 1 and 2, in Chromium: nothing a student does is lost. The draft a seat composes survives every
// other move (a lever, the AI's turns, a reload); a finished game stays on the title (Continue opens its debrief,
// Last games lists it with its replay); reopening a table's link resumes the game, and another link asks before it
// replaces the game in progress — the one set aside moving to Last games. Also the title's buttons never overlap.
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './support/useChromium';
import { openGame, pagePoint } from './support/gamePage';
import type { GamePage, HookSnapshot } from './support/gamePage';
import { textsOf } from './support/expectations';
import { loadBundledScenario } from './support/enterOnlyPlayer';
import { press } from './support/newGame';
import type { VisibleText } from '../../src/game/testHook';
import { AUTOSAVE_KEY } from '../../src/store/autosave';
import { LAST_GAMES_KEY } from '../../src/store/lastGames';
import type { LastGame } from '../../src/store/lastGames';

const baseUrl = inject('baseUrl');
const paris = loadBundledScenario('scenarios/paris-2026.yaml');
const QUESTION = 'This link starts a new game — keep the one in progress?';

let game: GamePage | undefined;
const chromium = useChromium(
  () => game,
  () => (game = undefined),
);

function link(query: string): string {
  return `${baseUrl}?test&${query}`;
}

/** Leaves the page once its scene has settled (a page left mid-load cancels its requests), then opens `url`. */
async function goTo(current: GamePage, url: string) {
  await current.waitForHook((h) => h.ready, 'the page to settle');
  await current.page.waitForTimeout(600);
  await current.page.goto(url, { waitUntil: 'load' });
}

/** Moves first and lets a frame pass, as a hand would: Phaser hit-tests the pointer on its next update. */
async function clickText(current: GamePage, shown: VisibleText) {
  const point = await pagePoint(current.page, shown.x + shown.width / 2, shown.y + shown.height / 2);
  await current.page.mouse.move(point.x, point.y);
  await current.page.waitForTimeout(200);
  await current.page.mouse.down();
  await current.page.waitForTimeout(80);
  await current.page.mouse.up();
  await current.page.waitForTimeout(200);
}

/** How many moves the autosave holds: it grows by one (and the AI's after it) with every move made. */
async function savedMoves(current: GamePage): Promise<number> {
  const text = await current.page.evaluate((key) => localStorage.getItem(key), AUTOSAVE_KEY);
  return text === null ? 0 : (JSON.parse(text) as { replay: { actions: unknown[] } }).replay.actions.length;
}

async function storedLastGames(current: GamePage): Promise<LastGame[]> {
  const text = await current.page.evaluate((key) => localStorage.getItem(key), LAST_GAMES_KEY);
  return text === null ? [] : (JSON.parse(text) as LastGame[]);
}

/** France's turn in diplomacy at the Paris table, once the round's banner has passed. */
async function franceInDiplomacy(current: GamePage): Promise<HookSnapshot> {
  const hook = await current.waitForHook(
    (h) => h.scene === 'summit' && h.session?.humanToAct === 'france' && h.session.phase === 'diplomacy',
    'France to act in diplomacy',
  );
  await current.page.waitForTimeout(1600);
  return hook;
}

/** Moves the game on by the Summit's own keys (E end phase, T table, A accept) until `until` holds. */
async function playOn(current: GamePage, until: (hook: HookSnapshot) => boolean) {
  for (let move = 0; move < 40; move++) {
    const hook = await current.hook();
    if (until(hook) || hook.session?.outcome) return hook;
    const session = hook.session;
    const before = `${session?.round}:${session?.phase}:${session?.humanToAct}:${hook.session?.drafts}`;
    const key = session?.phase === 'drafting' ? 't' : session?.phase === 'answers' ? 'a' : 'e';
    await press(current, key);
    await current.waitForHook(
      (h) => `${h.session?.round}:${h.session?.phase}:${h.session?.humanToAct}:${h.session?.drafts}` !== before,
      `the game to move on from ${before}`,
    );
  }
  throw new Error('the game did not get there in 40 moves');
}

describe('the draft belongs to its seat', () => {
  it('Paris as France: two clauses changed, a lever played, a reload — the editor still shows them', async () => {
    const current = (game = await openGame(chromium.browser(), baseUrl));
    const seatLink = link('scenario=paris-2026&seed=lesson&seat=france');
    await goTo(current, seatLink);
    const start = await franceInDiplomacy(current);
    const opening = start.session?.terms ?? {};

    // ▶ on the first two clauses of the draft (the centre column) moves each to its next option.
    const arrows = (await current.visibleTexts())
      .filter((shown) => shown.text === '▶' && shown.x > 324 && shown.x < 884)
      .sort((a, b) => a.y - b.y);
    const changed: string[] = [];
    for (const [index, arrow] of arrows.slice(0, 2).entries()) {
      const issue = paris.issues[index];
      if (!issue) throw new Error('Paris has fewer than two issues');
      await clickText(current, arrow);
      await current.waitForHook((h) => h.session?.terms[issue.id] !== opening[issue.id], `${issue.id} to change`);
      changed.push(issue.id);
    }
    const mine = (await current.hook()).session?.terms ?? {};
    expect(changed).toHaveLength(2);

    // A lever France may play now, clicked on its card (its name, in the right column).
    const available = (await current.hook()).session?.available ?? [];
    const lever = paris.levers.find((candidate) =>
      available.some((name) => name.startsWith(`playLever:${candidate.id}`)),
    );
    if (!lever) throw new Error(`France has no lever to play: ${available.join(', ')}`);
    const card = (await current.visibleTexts()).find(
      (shown) => shown.x >= 896 && lever.label.startsWith(shown.text.replace(/…$/, '')) && shown.text.length > 3,
    );
    if (!card) throw new Error(`the card of ${lever.label} is not on screen`);
    const movesBefore = await savedMoves(current);
    await clickText(current, card);
    for (let wait = 0; wait < 40 && (await savedMoves(current)) === movesBefore; wait++)
      await current.page.waitForTimeout(100);
    expect(await savedMoves(current)).toBeGreaterThan(movesBefore);
    const after = await current.hook();
    expect(after.session?.terms).toEqual(mine);
    await current.page.waitForTimeout(600);
    await current.screenshot('lesson-draft-kept-after-lever');
    const shownAfterLever = await current.visibleTexts();
    for (const issueId of changed) {
      const issue = paris.issues.find((candidate) => candidate.id === issueId);
      const label = issue?.options.find((option) => option.id === mine[issueId])?.label ?? '';
      // The field may mark a clause that crosses a red line (✗) and cut a long label short (…).
      const inEditor = shownAfterLever.some((shown) => {
        const text = shown.text.replace(/^✗ /, '').replace(/…$/, '');
        return text.length > 4 && label.startsWith(text);
      });
      expect(inEditor, `"${label}" in the editor`).toBe(true);
    }

    // The same link again (a reload): the same game, where it stood, with the same clauses.
    await goTo(current, seatLink);
    const resumed = await current.waitForHook((h) => h.scene === 'summit' && h.session !== null, 'the summit again');
    expect(resumed.session?.terms).toEqual(mine);
    expect(resumed.session?.drafts).toBe(after.session?.drafts);
  });
});

describe('a game is never lost', () => {
  it('reopening the table’s link resumes round N; another link asks first, and Enter keeps the game', async () => {
    const current = (game = await openGame(chromium.browser(), baseUrl));
    const mine = link('scenario=paris-2026&seed=table-3&seat=france');
    await goTo(current, mine);
    await franceInDiplomacy(current);
    const reached = await playOn(current, (h) => (h.session?.round ?? 0) >= 2 && h.session?.humanToAct === 'france');
    const round = reached.session?.round ?? 0;
    expect(round).toBeGreaterThanOrEqual(2);

    await goTo(current, mine);
    const resumed = await current.waitForHook((h) => h.scene === 'summit' && h.session !== null, 'the summit');
    expect(resumed.session).toMatchObject({ seed: 'table-3', round });

    // Another table's link: the question, the game in progress first.
    const other = link('scenario=paris-2026&seed=table-4&seat=ukraine');
    await goTo(current, other);
    await current.waitForHook((h) => h.scene === 'title' && h.ready, 'the title');
    await current.page.waitForTimeout(300);
    const texts = textsOf(await current.visibleTexts());
    expect(texts).toContain(QUESTION);
    expect(texts.some((text) => text.includes(`seed table-3 · round ${round}`))).toBe(true);
    expect(texts.some((text) => text.includes('Ukraine · seed table-4'))).toBe(true);
    await current.screenshot('lesson-link-asks-first');
    await press(current, 'Enter');
    const kept = await current.waitForHook((h) => h.scene === 'summit', 'the kept game');
    expect(kept.session).toMatchObject({ seed: 'table-3', round });

    // Asked again, the other choice: the new game starts, and the one set aside is in Last games.
    await goTo(current, other);
    await current.waitForHook((h) => h.scene === 'title' && h.ready, 'the title');
    await current.page.waitForTimeout(300);
    await press(current, 'ArrowRight');
    await press(current, 'Enter');
    const started = await current.waitForHook((h) => h.scene === 'summit' && h.session?.seed === 'table-4', 'table 4');
    expect(started.session?.round).toBe(1);
    const kept2 = await storedLastGames(current);
    expect(kept2.map((entry) => [entry.seed, entry.outcome, entry.round])).toEqual([['table-3', 'unfinished', round]]);
  });

  it('after the debrief, the title still offers the game: Continue opens its debrief, G lists it with its replay', async () => {
    const current = (game = await openGame(chromium.browser(), baseUrl));
    await goTo(current, link('scenario=tutorial&seed=2&outcome'));
    await current.waitForHook((h) => h.ready && (h.scene === 'ceasefire' || h.scene === 'collapse'), 'the ending');
    for (let step = 0; step < 6 && (await current.hook()).scene !== 'debrief'; step++) {
      await current.page.waitForTimeout(500);
      await press(current, 'Enter');
    }
    await current.waitForHook((h) => h.scene === 'debrief', 'the debrief');
    await current.page.waitForTimeout(400);
    await press(current, 'Enter');
    const title = await current.waitForHook((h) => h.scene === 'title' && h.ready, 'the title after the debrief');
    expect(title.continueAvailable).toBe(true);
    expect(title.session?.outcome).not.toBeNull();
    await current.page.waitForTimeout(300);
    await current.screenshot('lesson-title-after-debrief');

    await press(current, 'c');
    await current.waitForHook((h) => h.scene === 'debrief', 'Continue to open the debrief');
    await current.page.waitForTimeout(400);
    await press(current, 'Escape');
    await current.waitForHook((h) => h.scene === 'title' && h.ready, 'the title again');

    const kept = await storedLastGames(current);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ seed: '2', scenarioId: 'tutorial', name: 'All AI · seed 2' });
    await press(current, 'g');
    await current.page.waitForTimeout(300);
    const listed = textsOf(await current.visibleTexts());
    expect(listed).toContain('Last games');
    expect(listed).toContain('All AI · seed 2');
    expect(listed).not.toContain('New game'); // the panel covers the title
    for (const shown of await current.visibleTexts()) expect(shown.fontSizePx, shown.text).toBeGreaterThanOrEqual(14);
    await current.screenshot('lesson-last-games');
    const [download] = await Promise.all([current.page.waitForEvent('download'), press(current, 's')]);
    expect(download.suggestedFilename()).toMatch(/^tutorial_2_all-ai_\d{4}-\d{2}-\d{2}_\d{4}\.replay\.json$/);
    await press(current, 'Enter');
    const viewer = await current.waitForHook((h) => h.scene === 'replay' && h.replay !== null, 'the replay viewer');
    expect(viewer.replay?.steps).toBe(kept[0]?.replay.actions.length);
  });

  it('lays out the title’s buttons so that none covers another, Continue included', async () => {
    const current = (game = await openGame(chromium.browser(), baseUrl));
    await goTo(current, link('scenario=tutorial&seed=2&outcome'));
    await current.waitForHook((h) => h.ready && h.session !== null, 'a finished game');
    await goTo(current, baseUrl + '?test');
    await current.waitForHook((h) => h.scene === 'title' && h.ready && h.continueAvailable, 'the title with Continue');
    await current.page.waitForTimeout(300);
    const labels = ['Continue', 'New game', 'Last games', 'Load a replay', 'Compare tables', 'Classroom'];
    const shown = await current.visibleTexts();
    const row = labels.map((label) => {
      const text = shown.find((candidate) => candidate.text === label);
      if (!text) throw new Error(`${label} is not on the title`);
      return text;
    });
    row.sort((a, b) => a.x - b.x);
    expect(row.map((text) => text.text)).toEqual(labels);
    // A button is its label, then its keycap: the next label starts well after both.
    for (let index = 1; index < row.length; index++) {
      const [left, right] = [row[index - 1]!, row[index]!];
      expect(right.x - (left.x + left.width), `${left.text} / ${right.text}`).toBeGreaterThanOrEqual(60);
    }
    for (const text of row) expect(text.x + text.width).toBeLessThanOrEqual(1232);
    await current.screenshot('lesson-title-buttons');
  });
});
