// The tutorial as a first-time player meets it: setup offers Norvale's seat (it must sign and ratify), a guide
// beside the table follows the phases of the first round into the second, H folds it away and brings it back, it
// never lies over the moves or the levers, and every signatory's support bar carries the mark of what its
// parliament needs, in words on hover. The ending of a scenario without a map fills the screen with the story and
// never says there is no map.
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './support/useChromium';
import { openGame, pagePoint } from './support/gamePage';
import type { GamePage, HookSnapshot } from './support/gamePage';
import type { VisibleText } from '../../src/game/testHook';
import { textsOf } from './support/expectations';
import { openSetupByKeyboard, press, typeSeed } from './support/newGame';

const baseUrl = inject('baseUrl');
const TUTORIAL = 'scenarios/tutorial.yaml';
const SEED = '7';
/** The roll call's column on the Summit: the guide of a small table sits in it, under the parties. */
const ROSTER_RIGHT = 312;

let game: GamePage | undefined;
const chromium = useChromium(
  () => game,
  () => (game = undefined),
);

function phaseOf(hook: HookSnapshot): string {
  const session = hook.session;
  return session ? `${session.round}:${session.phase}:${session.humanToAct}` : 'none';
}

async function guideTexts(current: GamePage): Promise<VisibleText[]> {
  const texts = await current.visibleTexts();
  const heading = texts.find((text) => text.text === 'GUIDE');
  if (!heading) return [];
  return texts.filter((text) => text.x >= heading.x - 20 && text.x < ROSTER_RIGHT && text.y >= heading.y);
}

/** Waits for Norvale's next turn in `phase`, then for the guide to show the step titled `title`. */
async function expectGuideStep(current: GamePage, phase: string, title: string) {
  await current.waitForHook(
    (hook) => hook.session?.humanToAct === 'norvale' && hook.session.phase === phase,
    `Norvale to act in ${phase}`,
  );
  await current.page.waitForTimeout(300);
  const shown = textsOf(await guideTexts(current));
  expect(shown, `the guide in ${phase}`).toContain(title);
  expect(shown.some((text) => text.startsWith('Now: '))).toBe(true);
  expect(shown.some((text) => text.startsWith('Why: '))).toBe(true);
}

describe('tutorial', () => {
  it('guides Norvale through its first rounds and marks what each parliament needs', { timeout: 180_000 }, async () => {
    const current = (game = await openGame(chromium.browser(), baseUrl));
    const setup = await openSetupByKeyboard(current, TUTORIAL);
    expect(setup.setup?.seat).toBe('norvale');
    await typeSeed(current, SEED);
    await press(current, 'Enter');
    await expectGuideStep(current, 'diplomacy', 'Round 1 · Diplomacy: meet Ostrand');
    await current.screenshot('tutorial-guide');
    const all = await current.visibleTexts();
    for (const shown of all) expect(shown.fontSizePx, shown.text).toBeGreaterThanOrEqual(14);
    // The guide stays in the roll call's column, off the text, the moves and the levers it talks about.
    for (const shown of await guideTexts(current)) {
      expect(shown.x + shown.width, `"${shown.text}" leaves the guide's column`).toBeLessThanOrEqual(ROSTER_RIGHT);
      expect(shown.y + shown.height, `"${shown.text}" runs off the bottom`).toBeLessThanOrEqual(720);
    }
    expect(all.find((text) => text.text === 'YOUR LEVERS')?.x).toBeGreaterThan(ROSTER_RIGHT);

    // Hovering Norvale's support bar (second row of the roll call) says what ratification needs.
    const bar = await pagePoint(current.page, 80, 70 + 38 + 62 + 32);
    await current.page.mouse.move(bar.x, bar.y);
    await current.page.waitForTimeout(300);
    const hint = textsOf(await current.visibleTexts()).find((text) => text.includes('must ratify'));
    expect(hint).toMatch(/^Norvale must ratify a signed text at home: domestic support \d+, needs at least 45/);
    await current.screenshot('tutorial-threshold');
    await current.page.mouse.move(640, 700);
    await current.page.waitForTimeout(200);
    // The same words by keyboard: the support marks come last in Tab order, so Shift+Tab from nothing reaches them.
    await press(current, 'Escape');
    await press(current, 'Shift+Tab');
    await current.page.waitForTimeout(200);
    const focused = textsOf(await current.visibleTexts()).find((text) => text.includes('must ratify'));
    expect(focused).toMatch(/^Ostrand must ratify a signed text at home: domestic support \d+, needs at least 40/);
    await press(current, 'Escape');

    // H folds the guide to one line and brings it back.
    await press(current, 'h');
    await current.page.waitForTimeout(200);
    let texts = textsOf(await current.visibleTexts());
    expect(texts).toContain('GUIDE HIDDEN · press H to show it');
    expect(texts).not.toContain('Round 1 · Diplomacy: meet Ostrand');
    await press(current, 'h');
    await current.page.waitForTimeout(200);
    texts = textsOf(await current.visibleTexts());
    expect(texts).toContain('Round 1 · Diplomacy: meet Ostrand');

    // The guide follows the phases: end diplomacy, pass on the text, reject the drafts, into round 2.
    let before = phaseOf(await current.hook());
    await press(current, 'e');
    await current.waitForHook((hook) => phaseOf(hook) !== before, 'diplomacy to end');
    await expectGuideStep(current, 'drafting', 'Round 1 · The text: read the draft');
    before = phaseOf(await current.hook());
    await press(current, 'e');
    await current.waitForHook((hook) => phaseOf(hook) !== before, 'the drafting to end');
    await expectGuideStep(current, 'answers', 'Round 1 · Answers: yes or no');
    await current.screenshot('tutorial-guide-answers');
    for (let answer = 0; answer < 4; answer++) {
      const hook = await current.hook();
      if (hook.session?.phase !== 'answers' || hook.session.humanToAct !== 'norvale') break;
      const asked = `${phaseOf(hook)} ${hook.session.available.join()}`;
      await press(current, 'r');
      await current.waitForHook(
        (next) => `${phaseOf(next)} ${next.session?.available.join()}` !== asked,
        'the answer to be taken',
      );
      await current.page.waitForTimeout(200);
    }
    await expectGuideStep(current, 'diplomacy', 'Round 2 · Watch your parliament');
    await current.page.waitForTimeout(1500);
    await current.screenshot('tutorial-guide-round2');
    for (const shown of await current.visibleTexts()) expect(shown.fontSizePx, shown.text).toBeGreaterThanOrEqual(14);
  });

  it.each([
    ['2', 'ceasefire'],
    ['9', 'ratification-failed'],
  ])('ends seed %s (%s) on a full screen with no "no map" filler', { timeout: 90_000 }, async (seed, kind) => {
    const current = (game = await openGame(chromium.browser(), baseUrl));
    // Let the title finish loading (its backdrop worker included) before leaving it for the outcome.
    await current.waitForHook((hook) => hook.ready && hook.scene === 'title', 'the title');
    await current.page.waitForLoadState('networkidle');
    await current.page.goto(`${baseUrl}?test&scenario=tutorial&seed=${seed}&outcome`, { waitUntil: 'load' });
    await current.waitForHook((hook) => hook.ready && hook.scene === 'ceasefire', 'the ceasefire scene');
    expect((await current.hook()).session?.outcome).toBe(kind);
    await current.page.waitForTimeout(400);
    await press(current, ' ');
    await current.page.waitForTimeout(600);
    const texts = await current.visibleTexts();
    const words = textsOf(texts);
    expect(words.some((text) => /no map/i.test(text))).toBe(false);
    expect(words).toContain('SIGNATORIES AND RATIFICATION AT HOME');
    expect(words).toContain(kind === 'ceasefire' ? 'THE MONTHS AFTER SIGNING' : 'WHY IT FAILED');
    // Signing sits beside the terms (right half), not under them.
    const signing = texts.find((text) => text.text === 'SIGNATORIES AND RATIFICATION AT HOME');
    expect(signing?.x).toBeGreaterThan(600);
    for (const shown of texts) {
      expect(shown.fontSizePx, shown.text).toBeGreaterThanOrEqual(14);
      expect(shown.x + shown.width, `"${shown.text}" runs off the right edge`).toBeLessThanOrEqual(1280);
    }
    await current.screenshot(`tutorial-ending-${kind}`);
  });
});
