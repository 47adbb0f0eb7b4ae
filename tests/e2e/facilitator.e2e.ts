// Issue #10 item 7: the facilitator's panel is the teacher's. In Chromium, by keyboard only, at a Paris table opened
// from a seat link:
// - the footer's key hints do not advertise F; F asks for the teacher code, and F then Enter (what a curious student
//   tries) opens nothing; the code printed in the classroom kit (derived from scenario and seed) opens the panel;
// - the panel opens on its first row, so Enter pauses; the paused table says PAUSED in its header, not "The other
//   delegations are moving…"; reopened, the panel is on its first row again (Resume), not where it was left;
// - the reveal shows every signatory's paragraph whole, inside the panel, on as many pages as it needs (← →);
// - "Print the class set" prints every playable seat's brief, behind a cover sheet with the seed and the code.
// Screenshots go to tests/e2e/artifacts/.
import { describe, expect, inject, it } from 'vitest';
import type { VisibleText } from '../../src/game/testHook';
import { teacherCode } from '../../src/store/teacherCode';
import { loadBundledScenario } from './support/enterOnlyPlayer';
import { textsOf } from './support/expectations';
import { pressKey } from './support/frameKeys';
import { openGame } from './support/gamePage';
import type { GamePage } from './support/gamePage';
import { useChromium } from './support/useChromium';
import { waitForTexts } from './support/waitForTexts';

const baseUrl = inject('baseUrl');
const SCENARIO_ID = 'paris-2026';
const SEED = 'class-9c';
const scenario = loadBundledScenario('scenarios/paris-2026.yaml');
/** The panel's box (see facilitatorPanel.ts): everything it shows must lie inside it. */
const PANEL = { left: 120, right: 1160, top: 66, bottom: 696 };

let game: GamePage | undefined;
const chromium = useChromium(
  () => game,
  () => (game = undefined),
);

async function openTable(): Promise<GamePage> {
  const current = (game = await openGame(chromium.browser(), baseUrl));
  await current.waitForHook((hook) => hook.ready && hook.scene === 'title', 'the title screen');
  await current.page.goto(`${baseUrl}?test&scenario=${SCENARIO_ID}&seed=${SEED}&seat=france`, { waitUntil: 'load' });
  await current.waitForHook((h) => h.scene === 'summit' && h.session?.humanToAct === 'france', 'France to act');
  await waitForTexts(current, (texts) => textsOf(texts).includes('Your seat: France'), 'France’s screen');
  return current;
}

const has = (text: string) => (texts: VisibleText[]) => textsOf(texts).includes(text);
const startsWith = (start: string) => (texts: VisibleText[]) => textsOf(texts).some((text) => text.startsWith(start));

async function typeCode(current: GamePage, code: string): Promise<void> {
  await pressKey(current, 'f');
  await waitForTexts(current, has('Teacher code'), 'the teacher code prompt');
  for (const character of code) await pressKey(current, character);
  await pressKey(current, 'Enter');
}

describe('the facilitator’s panel', () => {
  it('opens only with the teacher code, on its first row, and a paused table says PAUSED', async () => {
    const current = await openTable();
    const table = textsOf(await current.visibleTexts());
    expect(table).not.toContain('facilitator');
    expect(table).toContain('map');

    // A student's F then Enter: no panel, a refusal in words; Escape leaves the table as it was.
    await pressKey(current, 'f');
    await waitForTexts(current, has('Teacher code'), 'the teacher code prompt');
    await pressKey(current, 'Enter');
    await waitForTexts(current, has('That is not the teacher code of this class.'), 'the refusal');
    expect(textsOf(await current.visibleTexts())).not.toContain('▶ Pause the game');
    await current.screenshot('facilitator-1-code-refused');
    await pressKey(current, 'Escape');
    await waitForTexts(current, (texts) => !has('Teacher code')(texts), 'the prompt to close');
    // Another class's code is refused too.
    await typeCode(current, teacherCode(SCENARIO_ID, 'class-4b'));
    await waitForTexts(current, has('That is not the teacher code of this class.'), 'the refusal');
    await pressKey(current, 'Escape');

    // The kit's code opens the panel on its first row: Enter pauses, and the panel says so.
    await typeCode(current, teacherCode(SCENARIO_ID, SEED).toLowerCase());
    await waitForTexts(current, has('▶ Pause the game'), 'the panel on its first row');
    await pressKey(current, 'Enter');
    await waitForTexts(current, startsWith('✓ Paused'), 'the panel to confirm the pause');
    await pressKey(current, 'Escape');
    const paused = await waitForTexts(current, has('PAUSED'), 'the PAUSED banner');
    expect(textsOf(paused)).toContain('The teacher has paused the talks: wait for them to resume.');
    expect(textsOf(paused)).not.toContain('The other delegations are moving…');
    await current.page.waitForTimeout(400);
    await current.screenshot('facilitator-2-paused-table');

    // Reopened after a walk down its rows: the first row again, now Resume; Enter resumes.
    await typeCode(current, teacherCode(SCENARIO_ID, SEED));
    await waitForTexts(current, has('▶ Resume the game'), 'the panel on its first row');
    await pressKey(current, 'ArrowDown');
    await pressKey(current, 'ArrowDown');
    await pressKey(current, 'Escape');
    await typeCode(current, teacherCode(SCENARIO_ID, SEED));
    await waitForTexts(current, has('▶ Resume the game'), 'the panel on its first row, again');
    await pressKey(current, 'Enter');
    await pressKey(current, 'Escape');
    await waitForTexts(current, has('Your move, France'), 'the table to run again');
  });

  it('reveals every signatory whole, page by page, inside the panel', async () => {
    const current = await openTable();
    await typeCode(current, teacherCode(SCENARIO_ID, SEED));
    await waitForTexts(current, has('▶ Pause the game'), 'the panel');
    for (let step = 0; step < 3; step++) await pressKey(current, 'ArrowDown');
    await waitForTexts(current, startsWith('▶ Reveal every party’s private numbers'), 'the reveal row');
    await pressKey(current, 'Enter');
    const first = await waitForTexts(current, startsWith('▶ Hide the private numbers'), 'the reveal');
    const pageCount = Number(
      /page \d+ of (\d+)/.exec(textsOf(first).find((t) => t.startsWith('▶ Hide')) ?? '')?.[1] ?? 1,
    );
    const paragraphs = new Set<string>();
    for (let page = 1; page <= pageCount; page++) {
      if (page > 1) {
        await pressKey(current, 'ArrowRight');
        await waitForTexts(current, startsWith(`▶ Hide the private numbers  ◀ page ${page} of`), `page ${page}`);
      }
      const texts = await current.visibleTexts();
      for (const shown of texts) {
        expect(shown.x + shown.width, `"${shown.text}" runs out of the panel`).toBeLessThanOrEqual(PANEL.right);
        expect(shown.y + shown.height, `"${shown.text}" runs out of the panel`).toBeLessThanOrEqual(PANEL.bottom);
        expect(shown.text.endsWith('…') && shown.text.includes('no deal is worth'), `"${shown.text}" is cut`).toBe(
          false,
        );
        if (shown.text.includes(': no deal is worth ')) paragraphs.add(shown.text.split(':')[0] ?? '');
      }
      if (page === 1) await current.screenshot('facilitator-3-reveal');
    }
    const signatories = scenario.rules.requiredSignatories.map(
      (id) => scenario.parties.find((party) => party.id === id)?.shortName ?? id,
    );
    expect([...paragraphs].sort()).toEqual([...new Set(signatories)].sort());
  });

  it('prints the class set: every playable seat’s brief, behind the teacher’s cover sheet', async () => {
    const current = await openTable();
    await typeCode(current, teacherCode(SCENARIO_ID, SEED));
    await waitForTexts(current, has('▶ Pause the game'), 'the panel');
    for (let step = 0; step < 4; step++) await pressKey(current, 'ArrowDown');
    await waitForTexts(current, startsWith('▶ Print the class set'), 'the print row');
    const opened = current.page.context().waitForEvent('page');
    await pressKey(current, 'Enter');
    const printed = await opened;
    await printed.waitForLoadState('load');
    const body = (await printed.locator('body').textContent()) ?? '';
    expect(body).toContain(teacherCode(SCENARIO_ID, SEED));
    expect(body).toContain(SEED);
    const playable = scenario.parties.filter((party) => party.seat.playable);
    const headings = await printed.locator('h1').allTextContents();
    for (const party of playable) expect(headings).toContain(party.name);
    await printed.close();
  });
});
