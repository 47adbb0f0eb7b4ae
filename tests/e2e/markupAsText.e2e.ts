// Scenario text is shown as text, never as markup — and that promise does not rest on the schema alone. A scenario
// whose every text carries an HTML tag and an entity is forced past the schema here, a game is played on it, and
// every printable page the game makes from it (role briefs, the teacher's numbers, the class set, the classroom kit,
// the debrief report) is opened in Chromium: the tag shows as its characters, no element is made of it, and no
// script in it runs. The canvas draws text objects only, which cannot read markup.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { compileScenario, createGame } from '../../src/engine';
import type { Scenario } from '../../src/scenario/schema/scenario';
import { buildClassroomKit } from '../../src/store/classroomKit';
import { buildDebriefExport, recordedGameOf } from '../../src/store/debriefExport';
import { buildRoleBriefs } from '../../src/store/roleBrief';
import { createSessionStore } from '../../src/store/session';
import { classroomKitDocument, classSetDocument } from '../../src/ui/classroomKitPage';
import { debriefReportDocument } from '../../src/ui/debriefReportPage';
import { roleBriefsDocument, teacherAppendixDocument } from '../../src/ui/roleBriefPage';
import { loadBundledScenario } from './support/enterOnlyPlayer';
import { useChromium } from './support/useChromium';

const MARKUP = '<img src="x" onerror="window.__injected = 1"><b>bold</b> &amp;';

const chromium = useChromium(
  () => undefined,
  () => undefined,
);

/** Every string of the scenario that players read, with the markup added: what the schema would have refused. */
function withMarkupEverywhere(scenario: Scenario): Scenario {
  const marked: Scenario = structuredClone(scenario);
  const mark = (text: string) => `${text} ${MARKUP}`;
  marked.title = mark(marked.title);
  marked.briefing = mark(marked.briefing);
  for (const party of marked.parties) {
    party.name = mark(party.name);
    party.shortName = mark(party.shortName);
    for (const leader of party.leaders) leader.name = mark(leader.name);
    party.brief.public = mark(party.brief.public);
    party.brief.private = mark(party.brief.private);
    for (const line of party.redLines) line.reason = mark(line.reason);
  }
  for (const issue of marked.issues) {
    issue.label = mark(issue.label);
    for (const option of issue.options) {
      option.label = mark(option.label);
      option.description = mark(option.description);
    }
  }
  for (const lever of marked.levers) {
    lever.label = mark(lever.label);
    lever.description = mark(lever.description);
  }
  for (const event of marked.events) {
    event.title = mark(event.title);
    event.text = mark(event.text);
  }
  return marked;
}

async function expectShownAsText(current: Page, html: string, what: string) {
  await current.setContent(html, { waitUntil: 'load' });
  expect(await current.locator('img').count(), `${what}: an element made of the markup`).toBe(0);
  expect(await current.locator('body b').filter({ hasText: 'bold' }).count(), what).toBe(0);
  expect(await current.evaluate(() => (window as { __injected?: number }).__injected), what).toBeUndefined();
  expect(await current.locator('body').textContent(), `${what}: the markup as its characters`).toContain(MARKUP);
}

describe('scenario text with markup', () => {
  it('shows as text in every printable page, and runs nothing', { timeout: 120_000 }, async () => {
    const scenario = withMarkupEverywhere(loadBundledScenario('scenarios/paris-2026.yaml'));
    const compiled = compileScenario(scenario);
    const briefs = buildRoleBriefs(compiled, createGame(compiled, { seed: 'markup' }));
    const store = createSessionStore();
    store.getState().start({ scenario, fileName: 'markup.yaml', seed: '1', seats: {} });
    const recorded = recordedGameOf(store.getState());
    if (!recorded) throw new Error('the game started');
    expect(recorded.game.phase).toBe('ended');

    const current = await chromium.browser().newPage();
    await expectShownAsText(current, roleBriefsDocument(briefs, { teacherAppendix: true }), 'the role briefs');
    await expectShownAsText(current, teacherAppendixDocument(briefs), 'the teacher’s numbers');
    const cover = { title: scenario.title, seed: 'markup', teacherCode: 'ABCDE' };
    await expectShownAsText(current, classSetDocument(cover, briefs), 'the class set');
    const kit = buildClassroomKit(scenario, 'markup', 'http://127.0.0.1/');
    await expectShownAsText(current, classroomKitDocument(kit), 'the classroom kit');
    await expectShownAsText(current, debriefReportDocument(buildDebriefExport(recorded)), 'the debrief report');
    await current.close();
  });
});
