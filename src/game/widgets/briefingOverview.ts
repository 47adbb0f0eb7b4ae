// The briefing's first page: the summary, then three columns — who is at the table, what the text must settle,
// and where the facts come from.
import type Phaser from 'phaser';
import type { Party, Scenario } from '../../store';
import { formatScenarioDate } from '../format';
import { addText, colours, textColours } from '../theme';
import { addMoreLine, BODY_TOP, CONTENT_LEFT, CONTENT_WIDTH, rowsThatFit } from './briefingLayout';
import { clampLines, fitToWidth } from './fitText';
import { drawPartyFlag } from './partyFlag';

const COLUMNS = {
  parties: { x: CONTENT_LEFT, width: 370 },
  issues: { x: CONTENT_LEFT + 396, width: 310 },
  sources: { x: CONTENT_LEFT + 730, width: CONTENT_WIDTH - 730 },
};
const HEADING_GAP = 30;

export function fillOverview(scene: Phaser.Scene, page: Phaser.GameObjects.Container, scenario: Scenario): void {
  const summary = clampLines(
    addText(scene, CONTENT_LEFT, BODY_TOP, scenario.summary, 'body', { wrapWidth: CONTENT_WIDTH, lineSpacing: 6 }),
    3,
  );
  page.add(summary);

  const columnsTop = summary.y + summary.height + 22;
  const rule = scene.add.graphics();
  rule
    .lineStyle(1, colours.line, 1)
    .lineBetween(CONTENT_LEFT, columnsTop - 10, CONTENT_LEFT + CONTENT_WIDTH, columnsTop - 10);
  page.add(rule);

  addParties(scene, page, scenario.parties, columnsTop + 8);
  addIssues(scene, page, scenario, columnsTop + 8);
  addSources(scene, page, scenario, columnsTop + 8);
}

function addColumnHeading(scene: Phaser.Scene, page: Phaser.GameObjects.Container, x: number, y: number, text: string) {
  page.add(addText(scene, x, y, text, 'eyebrow', { colour: textColours.muted }));
}

function addParties(scene: Phaser.Scene, page: Phaser.GameObjects.Container, parties: readonly Party[], top: number) {
  const { x, width } = COLUMNS.parties;
  addColumnHeading(scene, page, x, top, 'PARTIES');
  const rowHeight = 28;
  const firstRow = top + HEADING_GAP;
  const rows = rowsThatFit(firstRow, rowHeight, parties.length);
  const flags = scene.add.graphics();
  page.add(flags);
  parties.slice(0, rows.shown).forEach((party, index) => {
    const rowY = firstRow + index * rowHeight;
    drawPartyFlag(flags, party.flag, { x, y: rowY + 1, width: 30, height: 20 });
    const name = fitToWidth(
      addText(scene, x + 42, rowY, party.name, 'bodyStrong', {
        colour: party.atTable ? textColours.cream : textColours.muted,
      }),
      width - 42,
    );
    page.add(name);
    const detail = partyDetail(party);
    if (detail !== '' && name.width < width - 100) {
      page.add(
        fitToWidth(addText(scene, name.x + name.width + 10, rowY + 2, detail, 'label'), width - 52 - name.width),
      );
    }
  });
  addMoreLine(scene, page, x, firstRow + rows.shown * rowHeight, rows.hidden, 'more parties');
}

function addIssues(scene: Phaser.Scene, page: Phaser.GameObjects.Container, scenario: Scenario, top: number) {
  const { x, width } = COLUMNS.issues;
  addColumnHeading(scene, page, x, top, 'ISSUES TO SETTLE');
  const rowHeight = 28;
  const firstRow = top + HEADING_GAP;
  const rows = rowsThatFit(firstRow, rowHeight, scenario.issues.length);
  const bullets = scene.add.graphics();
  page.add(bullets);
  scenario.issues.slice(0, rows.shown).forEach((issue, index) => {
    const rowY = firstRow + index * rowHeight;
    bullets.fillStyle(colours.gold, 1).fillCircle(x + 5, rowY + 12, 3.5);
    page.add(fitToWidth(addText(scene, x + 20, rowY, issue.label, 'body'), width - 20));
  });
  addMoreLine(scene, page, x, firstRow + rows.shown * rowHeight, rows.hidden, 'more issues');
}

function addSources(scene: Phaser.Scene, page: Phaser.GameObjects.Container, scenario: Scenario, top: number) {
  const { x, width } = COLUMNS.sources;
  addColumnHeading(scene, page, x, top, 'SOURCES');
  const rowHeight = 42;
  const firstRow = top + HEADING_GAP;
  const rows = rowsThatFit(firstRow, rowHeight, scenario.sources.length);
  // A faint bar ties each title to its byline, so stacked sources read as separate entries.
  const bars = scene.add.graphics();
  page.add(bars);
  scenario.sources.slice(0, rows.shown).forEach((source, index) => {
    const rowY = firstRow + index * rowHeight;
    bars.fillStyle(colours.line, 1).fillRect(x, rowY + 3, 2, 33);
    page.add(
      fitToWidth(addText(scene, x + 12, rowY, source.title, 'label', { colour: textColours.cream }), width - 12),
    );
    const byline = `${source.publisher}, ${formatScenarioDate(source.date)}`;
    page.add(fitToWidth(addText(scene, x + 12, rowY + 20, byline, 'caption'), width - 12));
  });
  addMoreLine(scene, page, x, firstRow + rows.shown * rowHeight, rows.hidden, 'more sources');
}

function partyDetail(party: Party): string {
  if (!party.atTable) return 'not at the table';
  const leader = party.leaders[0];
  const host = party.role === 'convenor' ? 'host' : '';
  return [leader?.name ?? '', host].filter((part) => part !== '').join(' · ');
}
