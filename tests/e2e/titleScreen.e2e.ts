// The title screen as a player meets it in Chromium: it loads clean, names itself in data-scene, lists the
// bundled scenarios, and the keyboard and the mouse both open a briefing and close it again.
import { describe, expect, inject, it } from 'vitest';
import { teacherCode } from '../../src/store/teacherCode';
import { useChromium } from './support/useChromium';
import { openGame, pagePoint } from './support/gamePage';
import type { GamePage } from './support/gamePage';
import { bundledScenariosOnDisk, isShown, textsOf } from './support/expectations';
import { changedFraction, pictureStats } from './support/pixels';
import { FIXTURE_FILE_NAME, FIXTURE_TITLE, fixtureScenario, fixtureScenarioText } from './fixtures/fixtureScenario';

const baseUrl = inject('baseUrl');
let game: GamePage | undefined;
const chromium = useChromium(
  () => game,
  () => (game = undefined),
);

async function openTitle(viewport?: { width: number; height: number }) {
  game = await openGame(chromium.browser(), baseUrl, viewport);
  await game.waitForHook((hook) => hook.ready && hook.scene === 'title', 'the title screen to be ready');
  return game;
}

async function press(current: GamePage, key: string) {
  await current.page.keyboard.press(key);
  // Input is handled on Phaser's next frame; a short pause keeps the hook and the picture in step.
  await current.page.waitForTimeout(60);
}

/** A briefing longer than the panel shows a "lines a–b of n" hint, and Page Down reaches its last line. */
async function expectOpeningTextScrollsToItsEnd(current: GamePage) {
  const linesHint = /^↑ ↓ scroll {2}· {2}lines (\d+)–(\d+) of (\d+)$/;
  const readHint = async () => {
    const hint = (await current.visibleTexts()).find((shown) => linesHint.test(shown.text));
    const [, first, last, total] = hint?.text.match(linesHint) ?? [];
    return hint ? { first: Number(first), last: Number(last), total: Number(total) } : null;
  };
  const start = await readHint();
  if (!start) return; // it fits: nothing to scroll
  expect(start.first).toBe(1);
  for (let page = 0; page < 20; page++) {
    const now = await readHint();
    if (now && now.last === now.total) return;
    await press(current, 'PageDown');
  }
  throw new Error('Page Down never reached the end of the opening briefing');
}

describe('title screen', () => {
  it('loads with its title, data-scene="title", a real picture, and no text below 14 px', async () => {
    const current = await openTitle();
    const { page } = current;

    expect(await page.title()).toBe('Ceasefire Summit');
    expect(await page.locator('#game').getAttribute('data-scene')).toBe('title');

    const texts = await current.visibleTexts();
    expect(textsOf(texts)).toContain('Ceasefire Summit');
    expect(textsOf(texts)).toContain('CHOOSE A SCENARIO');
    for (const shown of texts) {
      expect(shown.fontSizePx, `"${shown.text}" is too small for a projector`).toBeGreaterThanOrEqual(14);
      expect(shown.x, `"${shown.text}" starts off screen`).toBeGreaterThanOrEqual(0);
      expect(shown.x + shown.width, `"${shown.text}" runs off the right edge`).toBeLessThanOrEqual(1280);
      expect(shown.y + shown.height, `"${shown.text}" runs off the bottom`).toBeLessThanOrEqual(720);
    }

    const shot = await current.screenshot('title');
    const stats = await pictureStats(page, shot);
    // A painted title screen, not a blank or flat canvas (which gives a handful of colours at most).
    expect(stats.distinctColours).toBeGreaterThan(100);
    expect(stats.meanBrightness).toBeGreaterThan(8);
    expect(stats.meanBrightness).toBeLessThan(120);

    // Scenario text is drawn on the canvas; nothing from it may turn into page markup.
    const pageElements = await page.evaluate(() =>
      [...document.querySelectorAll('#game *')].map((node) => node.tagName),
    );
    expect(pageElements.filter((tag) => tag !== 'CANVAS' && tag !== 'NOSCRIPT' && tag !== 'P')).toEqual([]);
  });

  it('lists every bundled scenario: valid ones by title, broken ones with their located error', async () => {
    const expected = bundledScenariosOnDisk();
    const current = await openTitle();
    const hook = await current.hook();
    expect(
      hook.scenarios.map((entry) => entry.fileName),
      'rebuild (npm run build) after changing scenarios/',
    ).toEqual(expected.map((entry) => entry.fileName));

    const texts = await current.visibleTexts();
    if (expected.length === 0) {
      expect(textsOf(texts)).toContain('No scenarios in this build');
      return;
    }
    // Three cards fit at once; the list scrolls for more, so check the ones in view.
    for (const entry of expected.slice(0, 3)) {
      if (entry.scenario) {
        expect(isShown(entry.scenario.title, texts), `card for ${entry.fileName}`).toBe(true);
      } else {
        expect(textsOf(texts)).toContain(`Cannot load ${entry.fileName.replace('scenarios/', '')}`);
        expect(texts.some((shown) => shown.text.startsWith(entry.firstProblem ?? '\u0000'))).toBe(true);
      }
    }
  });

  it('opens the briefing of every valid bundled scenario with its parties, issues and sources', async () => {
    const expected = bundledScenariosOnDisk();
    const current = await openTitle();
    for (const [index, entry] of expected.entries()) {
      if (!entry.scenario) continue;
      await press(current, 'Home');
      for (let step = 0; step < index; step++) await press(current, 'ArrowDown');
      await current.waitForHook((hook) => hook.selected === index, `scenario ${index} to be selected`);
      await press(current, 'Enter');
      await current.waitForHook((hook) => hook.view === 'briefing', 'the briefing to open');
      await current.page.waitForTimeout(300);
      const texts = await current.visibleTexts();
      const scenario = entry.scenario;
      expect(textsOf(texts)).toContain('BRIEFING');
      expect(isShown(scenario.title, texts)).toBe(true);
      expect(texts.some((shown) => shown.text.includes(`${scenario.parties.length} parties`))).toBe(true);
      const hiddenParties = texts.find((shown) => /^\+ \d+ more parties$/.test(shown.text));
      const partiesShown = scenario.parties.filter((party) => isShown(party.name, texts)).length;
      expect(partiesShown + (hiddenParties ? Number.parseInt(hiddenParties.text.slice(2), 10) : 0)).toBe(
        scenario.parties.length,
      );
      expect(isShown(scenario.issues[0]?.label ?? '', texts)).toBe(true);
      expect(isShown(scenario.sources[0]?.title ?? '', texts)).toBe(true);
      for (const shown of texts) expect(shown.fontSizePx).toBeGreaterThanOrEqual(14);
      await current.screenshot(`briefing-${scenario.id}`);

      await press(current, 'Tab');
      await current.waitForHook((hook) => hook.briefingPage === 'opening', 'the opening briefing page');
      const opening = await current.visibleTexts();
      const firstWords = scenario.briefing.slice(0, 40);
      expect(opening.some((shown) => shown.text.startsWith(firstWords))).toBe(true);
      for (const shown of opening) {
        expect(shown.fontSizePx).toBeGreaterThanOrEqual(14);
        expect(shown.y + shown.height, 'the opening text stays inside the panel').toBeLessThanOrEqual(686);
      }
      await current.screenshot(`briefing-${scenario.id}-opening`);
      await expectOpeningTextScrollsToItsEnd(current);
      await press(current, 'Escape');
      await current.waitForHook((hook) => hook.view === 'list', 'the list to return');
    }
  });

  it('moves the selection with arrows and Tab, opens the briefing with Enter and returns with Escape', async () => {
    const current = await openTitle();
    await current.addScenarioFile({ fileName: FIXTURE_FILE_NAME, text: fixtureScenarioText() });
    const { scenarios } = await current.waitForHook((hook) => hook.scenarios.length > 0, 'the fixture to be listed');
    const last = scenarios.length - 1;
    expect(scenarios[last]).toMatchObject({ fileName: FIXTURE_FILE_NAME, valid: true, title: FIXTURE_TITLE });

    await press(current, 'Home');
    await press(current, 'ArrowUp'); // wraps from the first card to the last
    expect((await current.hook()).selected).toBe(last);
    await press(current, 'ArrowDown'); // and back round to the first
    expect((await current.hook()).selected).toBe(0);
    await press(current, 'Shift+Tab');
    expect((await current.hook()).selected).toBe(last);
    if (last > 0) {
      await press(current, 'Tab');
      expect((await current.hook()).selected).toBe(0);
      await press(current, 'Shift+Tab');
    }
    expect((await current.hook()).selectedFile).toBe(FIXTURE_FILE_NAME);

    await current.page.waitForTimeout(900); // seats fade in one by one
    const listTexts = await current.visibleTexts();
    expect(textsOf(listTexts)).toContain('Region A'); // the table seats the selected scenario's parties
    expect(listTexts.some((shown) => shown.text.startsWith('Not at the table: Delegation of Region L'))).toBe(true);
    const listShot = await current.screenshot('title-fixture-selected');

    await press(current, 'Enter');
    await current.waitForHook((hook) => hook.view === 'briefing', 'the briefing to open');
    await current.page.waitForTimeout(350);
    const briefingTexts = textsOf(await current.visibleTexts());
    expect(briefingTexts).toEqual(
      expect.arrayContaining(['BRIEFING', FIXTURE_TITLE, 'Delegation of Region A', 'Issue: line', 'Back to scenarios']),
    );
    expect(briefingTexts).toContain('Report number 1 on the talks');
    expect(briefingTexts.some((text) => text.startsWith('14 March 2026'))).toBe(true);
    expect(briefingTexts).not.toContain('CHOOSE A SCENARIO'); // the panel covers the list
    const briefingShot = await current.screenshot('briefing-fixture');
    expect(await changedFraction(current.page, listShot, briefingShot)).toBeGreaterThan(0.3);

    await press(current, 'ArrowDown'); // the list underneath must not move while the briefing is open
    expect((await current.hook()).selected).toBe(last);

    await press(current, 'Tab'); // Tab turns the briefing's page
    await current.waitForHook((hook) => hook.briefingPage === 'opening', 'Tab to show the opening briefing');
    expect(textsOf(await current.visibleTexts())).toContain('This scenario exists only for tests.');
    expect(textsOf(await current.visibleTexts())).not.toContain('Delegation of Region A');
    await press(current, 'ArrowLeft');
    await current.waitForHook((hook) => hook.briefingPage === 'overview', 'an arrow key to turn back');

    await press(current, 'Escape');
    await current.waitForHook((hook) => hook.view === 'list', 'the list to return');
    await current.page.waitForTimeout(300);
    const backTexts = textsOf(await current.visibleTexts());
    expect(backTexts).not.toContain('BRIEFING');
    expect(backTexts).toContain('CHOOSE A SCENARIO');
    const backShot = await current.screenshot('title-after-escape');
    expect(await changedFraction(current.page, listShot, backShot)).toBeLessThan(0.1);
    expect(await current.page.locator('#game').getAttribute('data-scene')).toBe('title');
  });

  it('selects a card on hover, opens it on click, and closes the briefing by its button or a click outside', async () => {
    const current = await openTitle();
    await current.addScenarioFile({ fileName: FIXTURE_FILE_NAME, text: fixtureScenarioText() });
    await current.page.keyboard.press('Home');
    const fixtureIndex = (await current.hook()).scenarios.findIndex((entry) => entry.fileName === FIXTURE_FILE_NAME);
    if (fixtureIndex >= 3) await press(current, 'End'); // bring the fixture's card into view
    const card = (await current.visibleTexts()).find((shown) => shown.text === FIXTURE_TITLE);
    expect(card, 'the fixture card is on screen').toBeDefined();
    if (!card) return;
    const onCard = await pagePoint(current.page, card.x + 10, card.y + 10);

    await current.page.mouse.move(onCard.x, onCard.y);
    await current.waitForHook((hook) => hook.selected === fixtureIndex, 'hover to select the card');
    await current.page.mouse.click(onCard.x, onCard.y);
    await current.waitForHook((hook) => hook.view === 'briefing', 'a click to open the briefing');
    await current.page.waitForTimeout(300);

    const tab = (await current.visibleTexts()).find((shown) => shown.text === 'Opening briefing');
    expect(tab).toBeDefined();
    if (!tab) return;
    const onTab = await pagePoint(current.page, tab.x + tab.width / 2, tab.y + tab.height / 2);
    await current.page.mouse.click(onTab.x, onTab.y);
    await current.waitForHook((hook) => hook.briefingPage === 'opening', 'a click on the tab to turn the page');

    const back = (await current.visibleTexts()).find((shown) => shown.text === 'Back to scenarios');
    expect(back).toBeDefined();
    if (!back) return;
    const onBack = await pagePoint(current.page, back.x + back.width / 2, back.y + back.height / 2);
    await current.page.mouse.click(onBack.x, onBack.y);
    await current.waitForHook((hook) => hook.view === 'list', 'the back button to close the briefing');

    await current.page.mouse.click(onCard.x, onCard.y);
    const reopened = await current.waitForHook((hook) => hook.view === 'briefing', 'a second click to open it again');
    expect(reopened.briefingPage).toBe('overview'); // a briefing always opens on its first page
    // A person clicks a moment after the panel appears; under load, a click in the same frame as the opening one
    // could reach the input system before the panel's shade takes clicks.
    await current.page.waitForTimeout(300);
    const outside = await pagePoint(current.page, 20, 20);
    await current.page.mouse.click(outside.x, outside.y);
    await current.waitForHook((hook) => hook.view === 'list', 'a click outside the panel to close it');
  });

  it('shows a broken scenario file as a card with its located error, and keeps running', async () => {
    const current = await openTitle();
    const brokenFile = 'scenarios/broken-for-test.yaml';
    const fixture = fixtureScenario(3);
    // A bad id and markup in the title: the loader must refuse both, and the markup must never reach the page.
    const text = JSON.stringify({ ...fixture, id: 'Bad Id', title: '<img src=x onerror="window.__pwned=1">' }, null, 2);
    await current.addScenarioFile({ fileName: brokenFile, text });
    const hook = await current.waitForHook(
      (snapshot) => snapshot.scenarios.some((entry) => entry.fileName === brokenFile),
      'the broken file to be listed',
    );
    expect(hook.scenarios.find((entry) => entry.fileName === brokenFile)?.valid).toBe(false);

    await press(current, 'End');
    const texts = await current.visibleTexts();
    expect(textsOf(texts)).toContain('Cannot load broken-for-test.yaml');
    const errorLine = texts.find((shown) => shown.text.startsWith(`${brokenFile}:`));
    expect(errorLine?.text).toMatch(/^scenarios\/broken-for-test\.yaml:\d+:\d+ \S+: /);
    await current.screenshot('title-broken-card');

    await press(current, 'Enter');
    await current.waitForHook((snapshot) => snapshot.view === 'briefing', 'the problem list to open');
    await current.page.waitForTimeout(300);
    const problemTexts = textsOf(await current.visibleTexts());
    expect(problemTexts).toContain('THIS SCENARIO CANNOT BE LOADED');
    expect(problemTexts.filter((line) => line.startsWith(`${brokenFile}:`)).length).toBe(2);
    expect(problemTexts.some((line) => line.includes('HTML markup'))).toBe(true);
    await current.screenshot('problems-broken-file');
    await press(current, 'Escape');
    await current.waitForHook((snapshot) => snapshot.view === 'list', 'the list to return');

    expect(await current.page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    expect(await current.page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('scales to fit the window, centred, and follows the window when it is resized', async () => {
    const current = await openTitle({ width: 1920, height: 1080 });
    for (const viewport of [
      { width: 1920, height: 1080 },
      { width: 1024, height: 768 },
      { width: 1366, height: 600 },
    ]) {
      await current.page.setViewportSize(viewport);
      await current.page.waitForTimeout(400); // Phaser re-fits on its next frame after the resize
      const box = await current.page.locator('#game canvas').boundingBox();
      expect(box).not.toBeNull();
      if (!box) return;
      const scale = Math.min(viewport.width / 1280, viewport.height / 720);
      // Phaser rounds the canvas's CSS size and margins to whole pixels.
      const size = `${viewport.width}×${viewport.height}`;
      expect(Math.abs(box.width - 1280 * scale), `canvas width at ${size}`).toBeLessThanOrEqual(1);
      expect(Math.abs(box.height - 720 * scale), `canvas height at ${size}`).toBeLessThanOrEqual(1);
      expect(Math.abs(box.x - (viewport.width - box.width) / 2), `left margin at ${size}`).toBeLessThanOrEqual(1);
      expect(Math.abs(box.y - (viewport.height - box.height) / 2), `top margin at ${size}`).toBeLessThanOrEqual(1);
      // The backdrop and the baked static pictures lie on their own layer, which must cover the canvas exactly.
      const layer = await current.page.locator('canvas[data-layer="static"]').boundingBox();
      for (const side of ['x', 'y', 'width', 'height'] as const) {
        expect(Math.abs((layer?.[side] ?? -99) - box[side]), `static layer ${side} at ${size}`).toBeLessThanOrEqual(1);
      }
      await current.screenshot(`title-${viewport.width}x${viewport.height}`);
    }
  });

  it('prints the classroom kit with T on the one class seed the teacher keeps, or types', async () => {
    const current = await openTitle();
    expect(textsOf(await current.visibleTexts())).toContain('Classroom');
    await press(current, 'Home'); // Paris is the first card
    const seedField = current.page.locator('#classroom-kit-seed');

    // T proposes a seed and keeps it: T again (after Escape) shows the same one, and no key reaches the title.
    await press(current, 't');
    await seedField.waitFor();
    const proposed = await seedField.inputValue();
    expect(proposed).toMatch(/^\d{6}$/);
    await current.screenshot('title-classroom-kit-dialog');
    await press(current, 'Escape');
    await seedField.waitFor({ state: 'detached' });
    await press(current, 't');
    await seedField.waitFor();
    expect(await seedField.inputValue()).toBe(proposed);

    // The teacher's own seed: typed (N and C typed here start nothing), Enter prints the kit on it.
    await seedField.fill('');
    await seedField.pressSequentially('class-4b');
    expect((await current.hook()).scene).toBe('title');
    const opened = current.page.context().waitForEvent('page');
    await seedField.press('Enter');
    const kitPage = await opened;
    await kitPage.waitForLoadState('load');
    expect(await kitPage.title()).toMatch(/^Classroom kit: Paris 2026/);
    const seed = await kitPage.locator('p.lead strong').textContent();
    expect(seed).toBe('class-4b');
    expect(await kitPage.locator('.teacher-only').textContent()).toContain(teacherCode('paris-2026', 'class-4b'));
    const links = await kitPage
      .locator('tbody td.link a')
      .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThan(3);
    for (const link of links) expect(link).toContain(`scenario=paris-2026&seed=${seed}&seat=`);
    await kitPage.close();

    // The class set of briefs, from the same dialog: every playable seat, on the same seed.
    const briefsOpened = current.page.context().waitForEvent('page');
    await current.page.getByRole('button', { name: 'Print the class set of role briefs' }).click();
    const briefsPage = await briefsOpened;
    await briefsPage.waitForLoadState('load');
    const body = (await briefsPage.locator('body').textContent()) ?? '';
    expect(body).toContain('Seed class-4b');
    const headings = await briefsPage.locator('h1').allTextContents();
    const playable = bundledScenariosOnDisk()
      .find((entry) => entry.scenario?.id === 'paris-2026')
      ?.scenario?.parties.filter((party) => party.seat.playable);
    expect(playable?.length).toBeGreaterThan(3);
    for (const party of playable ?? []) expect(headings).toContain(party.name);
    expect(body).not.toContain('NOT FOR STUDENTS');
    await briefsPage.close();

    // The private numbers print apart, for the teacher only, on the same seed.
    const numbersOpened = current.page.context().waitForEvent('page');
    await current.page.getByRole('button', { name: /^Print the teacher’s numbers/ }).click();
    const numbersPage = await numbersOpened;
    await numbersPage.waitForLoadState('load');
    const numbers = (await numbersPage.locator('body').textContent()) ?? '';
    for (const party of playable ?? []) expect(numbers).toContain(`NOT FOR STUDENTS — ${party.name}`);
    await numbersPage.close();

    // The seed stays in this browser: the next T shows it.
    await current.page.keyboard.press('Escape');
    await seedField.waitFor({ state: 'detached' });
    await press(current, 't');
    await seedField.waitFor();
    expect(await seedField.inputValue()).toBe('class-4b');
    await current.page.keyboard.press('Escape');
    await seedField.waitFor({ state: 'detached' });

    // The first link opens that seat at the table, in the same world.
    await current.page.goto(`${links[0] ?? ''}&test`); // test: the page publishes its state for the test
    const hook = await current.waitForHook(
      (h) => h.scene === 'summit' && h.session !== null,
      'the link to open the summit',
    );
    expect(hook.session).toMatchObject({ scenarioId: 'paris-2026', seed });
  });
});
