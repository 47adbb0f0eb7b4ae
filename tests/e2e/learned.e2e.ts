// What is hidden becomes visible, at the Paris table: choosing a lever's target never plays it; a party's panel
// shows what a meeting taught; every tabled draft can be read clause by clause and compared with yours; and a
// human seat's answer never shows its private numbers to the hot-seat partner.
import { describe, expect, inject, it } from 'vitest';
import type { VisibleText } from '../../src/game/testHook';
import { useChromium } from './support/useChromium';
import { openGame, pagePoint } from './support/gamePage';
import type { GamePage, HookSnapshot } from './support/gamePage';
import { textsOf } from './support/expectations';
import { press } from './support/newGame';

const baseUrl = inject('baseUrl');
const SEED = 'learned-1';

let game: GamePage | undefined;
const chromium = useChromium(
  () => game,
  () => (game = undefined),
);

/** Opens a start link of Paris with these human seats, from a fresh page, and waits for the table. */
async function openTable(humans: readonly string[], seed = SEED): Promise<GamePage> {
  const current = (game = await openGame(chromium.browser(), baseUrl));
  await current.waitForHook((hook) => hook.ready && hook.scene === 'title', 'the title screen');
  await current.page.goto(`${baseUrl}?test&scenario=paris-2026&seed=${seed}&seat=${humans.join(',')}`, {
    waitUntil: 'load',
  });
  await current.waitForHook(
    (hook) => hook.scene === 'summit' && humans.includes(hook.session?.humanToAct ?? ''),
    `${humans.join(' or ')} to act at the summit`,
  );
  await settle(current);
  return current;
}

async function settle(current: GamePage): Promise<void> {
  await current.page.waitForTimeout(400);
}

async function clickAt(current: GamePage, x: number, y: number): Promise<void> {
  const point = await pagePoint(current.page, x, y);
  await current.page.mouse.click(point.x, point.y);
  await current.page.waitForTimeout(150);
}

const centreOf = (shown: VisibleText) => ({ x: shown.x + shown.width / 2, y: shown.y + shown.height / 2 });

/** The lever panel's column (right of the text, above the news). */
const inLeverPanel = (shown: VisibleText) => shown.x >= 896 && shown.y < 422;

function allowedMeetings(hook: HookSnapshot): string[] {
  return (hook.session?.available ?? []).filter((name) => name.startsWith('holdMeeting:'));
}

describe('what is hidden becomes visible', () => {
  it('a click on ▶ of a lever chooses its target and plays nothing', { timeout: 120_000 }, async () => {
    const current = await openTable(['france']);
    const before = await current.hook();
    expect(allowedMeetings(before).length).toBeGreaterThan(1);
    const texts = await current.visibleTexts();
    const arrow = texts.find((shown) => shown.text === '▶' && inLeverPanel(shown));
    expect(arrow, 'a ▶ on a lever card').toBeDefined();
    if (!arrow) return;
    // The target's name sits between ◀ and ▶ on the same line.
    const nameOnLine = (all: VisibleText[]) =>
      all.find(
        (shown) =>
          inLeverPanel(shown) &&
          Math.abs(shown.y - arrow.y) < 2 &&
          shown.x < arrow.x &&
          shown.x + shown.width <= arrow.x &&
          shown.text !== '◀',
      )?.text;
    const targetBefore = nameOnLine(texts);
    const logBefore = await current.page.locator('#summit-live-log p').allTextContents();
    expect(targetBefore).toBeDefined();
    const { x, y } = centreOf(arrow);
    await clickAt(current, x, y);
    await settle(current);

    const after = await current.hook();
    // Nothing was played: the same turn, the same moves still open, no meeting in the log.
    expect(after.session?.round).toBe(before.session?.round);
    expect(after.session?.phase).toBe('diplomacy');
    expect(after.session?.available).toEqual(before.session?.available);
    const log = await current.page.locator('#summit-live-log p').allTextContents();
    expect(log).toEqual(logBefore);
    const targetAfter = nameOnLine(await current.visibleTexts());
    expect(targetAfter).toBeDefined();
    expect(targetAfter).not.toBe(targetBefore);
    await current.screenshot('learned-lever-target');
  });

  it('a hot-seat human’s answer shows no numbers to the partner', { timeout: 180_000 }, async () => {
    const current = await openTable(['france', 'ukraine']);
    const humans = ['France', 'Ukraine'];
    let rejectedBy: string | null = null;
    let partnerSaw = false;
    for (let move = 0; move < 60 && !partnerSaw; move++) {
      const texts = textsOf(await current.visibleTexts());
      if (texts.includes(HAND_OVER)) {
        await press(current, 'Enter');
        await settle(current);
        if (rejectedBy !== null) partnerSaw = true;
        continue;
      }
      const hook = await current.hook();
      const session = hook.session;
      if (!session || session.outcome !== null) break;
      const before = turnOf(hook);
      if (session.phase === 'answers' && session.available.some((name) => name.endsWith(':reject'))) {
        rejectedBy ??= session.humanToAct;
        await press(current, 'r');
      } else if (session.phase === 'drafting' && session.available.includes('tableDraft')) {
        await press(current, 'Enter');
      } else await press(current, 'e');
      await current.waitForHook((h) => turnOf(h) !== before, 'the game to move on').catch(() => undefined);
    }
    expect(rejectedBy, 'a human seat rejected a draft').not.toBeNull();
    expect(partnerSaw, 'the partner took the device after that answer').toBe(true);
    const humanAnswers = (await current.page.locator('#summit-live-log p').allTextContents()).filter((line) =>
      humans.some((name) => line.startsWith(`${name} rejects`) || line.startsWith(`${name} accepts`)),
    );
    expect(humanAnswers.length).toBeGreaterThan(0);
    for (const line of humanAnswers) expect(line).not.toMatch(/\d\.\d\d|gives us|we need/);
    const onTable = textsOf(await current.visibleTexts()).filter((text) =>
      humans.some((name) => text.includes(`${name} rejects`)),
    );
    expect(onTable.length, 'the answer is on the partner’s table').toBeGreaterThan(0);
    for (const text of onTable) expect(text).not.toMatch(/\d\.\d\d/);
    await current.screenshot('learned-hot-seat-answer');
  });

  it(
    'a party’s panel shows what a meeting taught, by key and by a click on its row',
    { timeout: 120_000 },
    async () => {
      const current = await openTable(['france']);
      // From End phase, two Tabs (Pledge, Walk out) and a third reach the first card: private talks, with Ukraine.
      for (let step = 0; step < 3; step++) await press(current, 'Tab');
      await press(current, 'Enter');
      await current.page.waitForFunction(() =>
        [...document.querySelectorAll('#summit-live-log p')].some(
          (line) => line.textContent === 'France meets Ukraine.',
        ),
      );
      await settle(current);
      await press(current, 'i');
      await settle(current);
      let texts = textsOf(await current.visibleTexts());
      expect(texts).toContain('WHAT YOU KNOW OF');
      expect(texts).toContain('Ukraine');
      expect(texts).toContain('WHAT MATTERS TO THEM');
      expect(
        texts.some((text) =>
          /^Learnt in round 1: (sure|fairly sure|a rough idea|a vague idea) \(each bar ±0\.\d\d/.test(text),
        ),
      ).toBe(true);
      expect(texts).toContain('top priority');
      expect(texts).toContain('PUBLIC POSITION');
      expect(texts.some((text) => text.startsWith('Its trust in you: '))).toBe(true);
      for (const shown of await current.visibleTexts()) expect(shown.fontSizePx, shown.text).toBeGreaterThanOrEqual(14);
      await current.screenshot('learned-party-panel');

      // ↓ goes to the next party: Russia, of which France has learnt nothing.
      await press(current, 'ArrowDown');
      texts = textsOf(await current.visibleTexts());
      expect(texts.some((text) => text.startsWith('Nothing learnt yet.'))).toBe(true);
      await press(current, 'Escape');
      expect(textsOf(await current.visibleTexts())).not.toContain('WHAT YOU KNOW OF');

      // A click on Ukraine's row at the table opens the same panel; nothing is played.
      const before = (await current.hook()).session?.available;
      const row = (await current.visibleTexts()).find((shown) => shown.text === 'Ukraine' && shown.x < 312);
      expect(row).toBeDefined();
      if (!row) return;
      await clickAt(current, row.x + row.width / 2, row.y + row.height / 2);
      await settle(current);
      texts = textsOf(await current.visibleTexts());
      expect(texts).toContain('WHAT YOU KNOW OF');
      expect(texts.some((text) => text.startsWith('Learnt in round 1'))).toBe(true);
      expect((await current.hook()).session?.available).toEqual(before);
      await press(current, 'Escape');
    },
  );

  it(
    'every tabled draft reads clause by clause beside yours, and its text can become yours',
    { timeout: 120_000 },
    async () => {
      const current = await openTable(['france']);
      // Before any draft, D says there is none yet, and Esc puts it away.
      await press(current, 'd');
      expect(
        textsOf(await current.visibleTexts()).some((text) => text.startsWith('No draft has been tabled yet.')),
      ).toBe(true);
      await press(current, 'Escape');
      await press(current, 'e');
      await current.waitForHook(
        (h) => h.session?.phase === 'drafting' && h.session.humanToAct === 'france',
        'France to draft',
      );
      await press(current, 'Enter');
      const hook = await current.waitForHook(
        (h) => (h.session?.drafts ?? 0) >= 2 && h.session?.humanToAct === 'france',
        'a counter-draft and France to act again',
      );
      await settle(current);
      const composed = hook.session?.terms;
      await press(current, 'd');
      await settle(current);
      // The viewer opens on the latest draft; ← and → walk through them all, to a counter-draft by another party.
      let texts = textsOf(await current.visibleTexts());
      for (let step = 0; step < 6 && !texts.some((text) => text.startsWith('COUNTER-DRAFT')); step++) {
        await press(current, 'ArrowLeft');
        texts = textsOf(await current.visibleTexts());
      }
      expect(texts.find((text) => text.startsWith('COUNTER-DRAFT'))).toBeDefined();
      expect(texts.some((text) => /^Draft d\d+ by (?!France)/.test(text))).toBe(true);
      expect(texts).toContain('THIS DRAFT  ·  WORTH TO YOU');
      expect(texts).toContain('YOUR DRAFT  ·  WORTH TO YOU');
      expect(texts.filter((text) => text === '=  same' || text === '≠  differs')).toHaveLength(8);
      expect(texts).toContain('Territory in the Donbas');
      expect(
        texts.some((text) =>
          /^Worth to you: this draft \d\.\d\d {2}· {2}your draft \d\.\d\d {2}· {2}no deal \d\.\d\d$/.test(text),
        ),
      ).toBe(true);
      for (const shown of await current.visibleTexts()) expect(shown.fontSizePx, shown.text).toBeGreaterThanOrEqual(14);
      await current.screenshot('learned-draft-viewer');

      // Enter takes the counter-draft's text as France's own draft: every clause now the same.
      await press(current, 'Enter');
      await settle(current);
      texts = textsOf(await current.visibleTexts());
      expect(texts.some((text) => /^The same as your draft on 8 of 8 clauses\.$/.test(text))).toBe(true);
      expect(texts.some((text) => /^Your draft now reads as draft d\d+\.$/.test(text))).toBe(true);
      expect((await current.hook()).session?.terms).not.toEqual(composed);
      await press(current, 'Escape');
      expect(textsOf(await current.visibleTexts())).not.toContain('THIS DRAFT  ·  WORTH TO YOU');

      // Ukraine's panel now lists its answers, with the need it stated and a word on what that need is.
      await press(current, 'i');
      await settle(current);
      texts = textsOf(await current.visibleTexts());
      expect(texts).toContain('ITS ANSWERS');
      expect(texts.some((text) => /^[✓✗] d\d+, round 1: (accepts|rejects)/.test(text))).toBe(true);
      expect(texts.some((text) => text.startsWith('Last stated need: '))).toBe(true);
      await current.screenshot('learned-party-answers');
    },
  );
});

const HAND_OVER = 'HOT SEAT  ·  HAND THE DEVICE OVER';

function turnOf(hook: HookSnapshot): string {
  const session = hook.session;
  return session ? `${session.round}:${session.phase}:${session.humanToAct}:${session.drafts}:${session.outcome}` : '';
}
