// A whole game by keyboard only: title → setup → summit, the tutorial played from the Commission's seat (the pen)
// on a fixed seed — clauses set with the arrow keys, drafts tabled and phases ended with Enter on the focused move
// — until the talks end; then the ceasefire or collapse screen, when the game has it. No console error on the way.
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './support/useChromium';
import { openGame } from './support/gamePage';
import type { GamePage, HookSnapshot } from './support/gamePage';
import { textsOf } from './support/expectations';
import { openSetupByKeyboard, press, typeSeed } from './support/newGame';

const baseUrl = inject('baseUrl');
const TUTORIAL = 'scenarios/tutorial.yaml';
const PARIS = 'scenarios/paris-2026.yaml';
const SEED = '7';
/** The middle option on every issue, as the tutorial's brief suggests: a text both sides can come to accept. */
const MIDDLE_TEXT: Record<string, string> = {
  forces: 'buffer-zone',
  water: 'joint-commission',
  monitoring: 'monitors',
};
const ISSUES = ['forces', 'water', 'monitoring'];

let game: GamePage | undefined;
const chromium = useChromium(
  () => game,
  () => (game = undefined),
);

function turnOf(hook: HookSnapshot): string {
  const session = hook.session;
  return session ? `${session.round}:${session.phase}:${session.humanToAct}:${session.outcome}` : 'none';
}

/** Sets every clause to MIDDLE_TEXT with ← →: the clauses come just before "Table draft", which has focus. */
async function composeMiddleText(current: GamePage) {
  for (let index = ISSUES.length - 1; index >= 0; index--) {
    const issue = ISSUES[index] ?? '';
    await press(current, 'Shift+Tab');
    for (let step = 0; step < 3 && (await current.hook()).session?.terms[issue] !== MIDDLE_TEXT[issue]; step++) {
      await press(current, 'ArrowRight');
    }
    expect((await current.hook()).session?.terms[issue]).toBe(MIDDLE_TEXT[issue]);
  }
  for (let step = 0; step < ISSUES.length; step++) await press(current, 'Tab');
}

describe('summit', () => {
  it('plays the tutorial from the title to its end by keyboard only', { timeout: 180_000 }, async () => {
    const current = (game = await openGame(chromium.browser(), baseUrl));
    await openSetupByKeyboard(current, TUTORIAL);
    // The tutorial offers Norvale's seat first; this game is the pen's. From Start: Tab to Back, to Print briefs,
    // then round to the first seat (the Commission), Enter takes it; Shift+Tab three times back to Start.
    for (let step = 0; step < 3; step++) await press(current, 'Tab');
    await press(current, 'Enter');
    await current.waitForHook((h) => h.setup?.seat === 'commission', 'the Commission to be your seat');
    for (let step = 0; step < 3; step++) await press(current, 'Shift+Tab');
    await typeSeed(current, SEED);
    await press(current, 'Enter');
    let hook = await current.waitForHook((h) => h.scene === 'summit' && h.session !== null, 'the summit');
    expect(await current.page.locator('#game').getAttribute('data-scene')).toBe('summit');
    expect(hook.session?.seed).toBe(SEED);

    const texts = textsOf(await current.visibleTexts());
    expect(texts).toContain('Round 1 of 5');
    for (const name of ['Commission', 'Norvale', 'Ostrand']) expect(texts).toContain(name);
    for (const shown of await current.visibleTexts()) expect(shown.fontSizePx, shown.text).toBeGreaterThanOrEqual(14);

    let screenshotTaken = false;
    for (let move = 0; move < 40 && hook.session?.outcome === null; move++) {
      const session = hook.session;
      expect(session?.humanToAct, `round ${session?.round}, ${session?.phase}`).toBe('commission');
      const before = turnOf(hook);
      if (session?.phase === 'drafting') {
        await composeMiddleText(current);
        expect((await current.hook()).session?.available).toContain('tableDraft');
      } else {
        expect(session?.available).toContain('endPhase');
      }
      // Enter on the focused move: "End phase" in diplomacy, "Table draft" in drafting.
      await press(current, 'Enter');
      hook = await current.waitForHook((h) => turnOf(h) !== before, 'the game to move on');
      if (!screenshotTaken && hook.session !== null && hook.session.drafts > 0 && hook.session.outcome === null) {
        await current.page.waitForTimeout(400);
        await current.screenshot('summit');
        screenshotTaken = true;
        for (const shown of await current.visibleTexts())
          expect(shown.fontSizePx, shown.text).toBeGreaterThanOrEqual(14);
      }
    }
    const outcome = hook.session?.outcome;
    expect(outcome).not.toBeNull();
    // News and answers reached the screen readers' log as text.
    const logLines = await current.page.locator('#summit-live-log p').allTextContents();
    expect(logLines.some((line) => line.startsWith('News:'))).toBe(true);
    expect(logLines.some((line) => / (accepts|rejects)/.test(line))).toBe(true);
    expect(await current.page.locator('#summit-live-log').getAttribute('aria-live')).toBe('polite');

    await current.page.waitForTimeout(300);
    await current.screenshot('summit-ended');
    const next = outcome === 'ceasefire' || outcome === 'ratification-failed' ? 'ceasefire' : 'collapse';
    if (hook.sceneKeys.includes(next)) {
      // That screen is another part of the game: the page's data-scene attribute is what it promises.
      await current.page.waitForFunction(
        (key) => document.querySelector('#game')?.getAttribute('data-scene') === key,
        next,
        {
          timeout: 30_000,
        },
      );
    } else {
      // Until the ceasefire and collapse screens exist, Enter leaves the banner for the title.
      await press(current, 'Enter');
      await current.waitForHook((h) => h.scene === 'title', 'the title after the game');
    }
  });

  it(
    'seats Ukraine at the Paris table: a meeting, a pass, and a reasoned answer, by keyboard',
    { timeout: 180_000 },
    async () => {
      const current = (game = await openGame(chromium.browser(), baseUrl));
      const setup = await openSetupByKeyboard(current, PARIS);
      expect(setup.setup?.seat).toBe('france'); // the convenor's seat is offered first
      await current.page.waitForTimeout(300);
      await current.screenshot('setup-paris');
      // From Start: Tab to Back, to Print briefs, then round to the first seat (Ukraine), Enter takes it; Shift+Tab
      // three times back to Start.
      for (let step = 0; step < 3; step++) await press(current, 'Tab');
      await press(current, 'Enter');
      await current.waitForHook((h) => h.setup?.seat === 'ukraine', 'Ukraine to be your seat');
      for (let step = 0; step < 3; step++) await press(current, 'Shift+Tab');
      await typeSeed(current, SEED);
      await press(current, 'Enter');
      let hook = await current.waitForHook(
        (h) => h.scene === 'summit' && h.session?.humanToAct === 'ukraine',
        'Ukraine to act at the summit',
      );
      expect(hook.session?.phase).toBe('diplomacy');
      await current.page.waitForTimeout(300);
      await current.screenshot('summit-paris');
      for (const shown of await current.visibleTexts()) {
        expect(shown.fontSizePx, shown.text).toBeGreaterThanOrEqual(14);
        expect(shown.x + shown.width, `"${shown.text}" runs off the right edge`).toBeLessThanOrEqual(1280);
        expect(shown.y + shown.height, `"${shown.text}" runs off the bottom`).toBeLessThanOrEqual(720);
      }
      // The roll call gives each party's mood toward Ukraine in words: the Europeans start warm, the USA wary.
      const roll = (await current.visibleTexts()).map((shown) => shown.text);
      expect(roll).toContain('must sign');
      expect(roll).toContain('● warm');
      expect(roll).toContain('◐ wary');

      // Focus starts on End phase; three Tabs (Pledge, Walk out) reach the first card, the bilateral meeting, and
      // Enter holds it.
      expect(hook.session?.available.some((name) => name.startsWith('holdMeeting:'))).toBe(true);
      for (let step = 0; step < 3; step++) await press(current, 'Tab');
      await press(current, 'Enter');
      await current.page.waitForFunction(() =>
        [...document.querySelectorAll('#summit-live-log p')].some((line) =>
          line.textContent?.startsWith('Ukraine meets'),
        ),
      );

      // E ends the phase; in the drafting phase E passes (Kyiv may counter-draft, but need not).
      const before = turnOf(await current.hook());
      await press(current, 'e');
      hook = await current.waitForHook((h) => turnOf(h) !== before, 'the diplomacy phase to end');
      if (hook.session?.phase === 'drafting' && hook.session.humanToAct === 'ukraine') {
        await press(current, 'e');
        hook = await current.waitForHook((h) => h.session?.phase !== 'drafting', 'the drafting phase to end');
      }
      expect(hook.session?.phase).toBe('answers');
      expect(hook.session?.humanToAct).toBe('ukraine');
      await current.page.waitForTimeout(300);
      await current.screenshot('summit-answer');
      const texts = textsOf(await current.visibleTexts());
      expect(texts).toContain('THE DRAFT YOU MUST ANSWER');
      expect(texts.some((text) => text.startsWith('Worth to you '))).toBe(true);

      // R rejects; a human's answer keeps Kyiv's private numbers to itself.
      await press(current, 'r');
      await current.page.waitForFunction(() =>
        [...document.querySelectorAll('#summit-live-log p')].some(
          (line) => line.textContent?.startsWith('Ukraine rejects') && !/\d\.\d\d/.test(line.textContent),
        ),
      );

      // Walking out asks first, and staying is the default: Escape keeps Kyiv at the table, and so does Enter
      // (an Enter pressed out of habit); only → to "Walk out", then Enter, leaves and the talks collapse.
      hook = await current.waitForHook((h) => h.session?.humanToAct === 'ukraine', 'Ukraine to act again');
      expect(hook.session?.available).toContain('walkOut');
      await press(current, 'w');
      await current.page.waitForTimeout(300);
      expect(textsOf(await current.visibleTexts())).toContain('Walk out of the talks?');
      await current.screenshot('summit-walk-out');
      await press(current, 'Escape');
      expect(textsOf(await current.visibleTexts())).not.toContain('Walk out of the talks?');
      expect((await current.hook()).session?.outcome).toBeNull();
      await press(current, 'w');
      await press(current, 'Enter');
      await current.page.waitForTimeout(300);
      expect(textsOf(await current.visibleTexts())).not.toContain('Walk out of the talks?');
      expect((await current.hook()).session).toMatchObject({ outcome: null, humanToAct: 'ukraine' });
      await press(current, 'w');
      await press(current, 'ArrowRight');
      await press(current, 'Enter');
      hook = await current.waitForHook((h) => h.session?.outcome === 'collapse', 'the talks to collapse');
      if (hook.sceneKeys.includes('collapse')) {
        await current.page.waitForFunction(
          () => document.querySelector('#game')?.getAttribute('data-scene') === 'collapse',
          undefined,
          { timeout: 30_000 },
        );
      }
    },
  );
});
