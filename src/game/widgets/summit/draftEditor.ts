// The text on the table, clause by clause: one row per issue with its chosen option. While you compose, ← → (or a
// click on the arrows) cycles an issue's options; when a draft waits for your answer, its clauses are shown as
// tabled. Below: what the text is worth to you against no deal (utilityOf, reservationValue) and the red lines of
// yours it crosses (redLinesCrossed) — a clause that crosses one is marked with ✗ and the word, not colour alone.
import Phaser from 'phaser';
import { session } from '../../../store';
import { addText, colours, textColours } from '../../theme';
import { clampLines, shrinkColumnToWidth } from '../fitText';
import type { SummitView } from '../../scenes/summitView';
import { shortName } from '../../scenes/summitView';
import type { Focusable, FocusRing } from './focusRing';
import { addPanel } from './panel';
import type { PanelBox } from './panel';

const LABEL_WIDTH = 190;

export function renderDraftEditor(
  scene: Phaser.Scene,
  layer: Phaser.GameObjects.Container,
  ring: FocusRing,
  box: PanelBox,
  view: SummitView,
): Focusable[] {
  const { compiled } = view;
  const answering = view.pendingDraft !== null;
  const heading = addPanel(scene, layer, box, answering ? 'THE DRAFT YOU MUST ANSWER' : 'THE TEXT · YOUR DRAFT');
  const context = answering
    ? `Draft ${view.pendingDraft?.id ?? ''} by ${shortName(view, view.pendingDraft?.by ?? null)}`
    : '← → change a clause';
  layer.add(
    addText(scene, heading.x + heading.width + 14, box.y + 12, context, 'caption', { colour: textColours.muted }),
  );

  const issues = compiled.scenario.issues;
  const top = box.y + 40;
  const summaryHeight = 74;
  const rowHeight = Math.min(46, Math.floor((box.height - 40 - summaryHeight) / issues.length));
  const crossedIssues = new Set(view.redLines.map((line) => line.issue));
  const items: Focusable[] = [];
  const labels: Phaser.GameObjects.Text[] = [];
  const optionTexts: Phaser.GameObjects.Text[] = [];
  const fieldWidth = box.width - 32 - LABEL_WIDTH;

  issues.forEach((issue, index) => {
    const y = top + index * rowHeight;
    const optionIndex = Math.max(
      0,
      issue.options.findIndex((option) => option.id === view.shownTerms[issue.id]),
    );
    const option = issue.options[optionIndex];
    const crossed = crossedIssues.has(issue.id);
    const label = addText(scene, box.x + 16, y + rowHeight / 2 - 2, issue.label, 'label').setOrigin(0, 0.5);
    labels.push(label);
    const fieldX = box.x + 16 + LABEL_WIDTH;
    const fieldHeight = rowHeight - 6;
    const field = scene.add.graphics();
    field.fillStyle(crossed ? colours.dangerSurface : colours.surface, 1);
    field.fillRoundedRect(fieldX, y, fieldWidth, fieldHeight, 6);
    field
      .lineStyle(1, crossed ? colours.danger : colours.line, 1)
      .strokeRoundedRect(fieldX, y, fieldWidth, fieldHeight, 6);
    const arrows = answering ? '' : '◀';
    const left = addText(scene, fieldX + 10, y + fieldHeight / 2, arrows, 'label').setOrigin(0, 0.5);
    const right = addText(
      scene,
      fieldX + fieldWidth - 10,
      y + fieldHeight / 2,
      answering ? '' : '▶',
      'label',
    ).setOrigin(1, 0.5);
    const mark = crossed ? '✗ ' : '';
    const optionText = addText(
      scene,
      fieldX + 30,
      y + fieldHeight / 2,
      `${mark}${option?.label ?? '—'}`,
      'bodyStrong',
      {
        size: 16,
        colour: crossed ? textColours.danger : textColours.cream,
      },
    ).setOrigin(0, 0.5);
    optionTexts.push(optionText);
    const position = addText(
      scene,
      fieldX + fieldWidth - 28,
      y + fieldHeight / 2,
      `${optionIndex + 1}/${issue.options.length}`,
      'caption',
    ).setOrigin(1, 0.5);
    layer.add([label, field, left, right, optionText, position]);

    const cycle = (direction: -1 | 1) => {
      if (answering) return;
      const next = issue.options[(optionIndex + direction + issue.options.length) % issue.options.length];
      if (next) session.getState().setClause(issue.id, next.id);
    };
    const leftZone = scene.add.zone(fieldX, y, 40, fieldHeight).setOrigin(0, 0);
    const rightZone = scene.add.zone(fieldX + 40, y, fieldWidth - 40, fieldHeight).setOrigin(0, 0);
    layer.add([leftZone, rightZone]);
    const id = `clause:${issue.id}`;
    ring.bindPointer(rightZone, id);
    if (!answering) {
      leftZone.setInteractive({ useHandCursor: true }).on(Phaser.Input.Events.POINTER_UP, () => cycle(-1));
    }
    const crossedLine = view.redLines.find((line) => line.issue === issue.id);
    items.push({
      id,
      bounds: new Phaser.Geom.Rectangle(fieldX, y, fieldWidth, fieldHeight),
      enabled: true,
      hint: [
        // The field may cut a long option short; its hint always has it whole.
        option ? `${issue.label}: ${option.label}` : '',
        option?.description.replace(/\s+/g, ' ') ?? '',
        crossedLine ? `✗ Crosses your red line: ${crossedLine.reason.replace(/\s+/g, ' ')}` : '',
      ]
        .filter(Boolean)
        .join('\n'),
      activate: () => cycle(1),
      step: cycle,
    });
  });

  shrinkColumnToWidth(labels, LABEL_WIDTH - 10);
  // Room on the right of each field for "2/5" and the ▶ arrow.
  shrinkColumnToWidth(optionTexts, fieldWidth - 96);
  renderWorth(scene, layer, box, view, top + issues.length * rowHeight + 4);
  return items;
}

/** What the text is worth to you: a bar with a tick at your no-deal value, and the red lines crossed in words. */
function renderWorth(
  scene: Phaser.Scene,
  layer: Phaser.GameObjects.Container,
  box: PanelBox,
  view: SummitView,
  y: number,
) {
  const worthIt = view.utility > view.reservation && !view.redLines.some((line) => line.binding);
  const verdict = worthIt ? '✓ better than no deal' : '✗ not worth signing yet';
  const words = addText(
    scene,
    box.x + 16,
    y,
    `Worth to you ${view.utility.toFixed(2)}  ·  no deal ${view.reservation.toFixed(2)}  ·  ${verdict}`,
    'bodyStrong',
    { size: 16, colour: worthIt ? textColours.cream : textColours.danger },
  );
  const barY = y + 26;
  const barWidth = box.width - 32;
  const bar = scene.add.graphics();
  bar.fillStyle(colours.night, 1).fillRoundedRect(box.x + 16, barY, barWidth, 10, 5);
  const filled = barWidth * view.utility;
  bar.fillStyle(worthIt ? colours.gold : colours.danger, 1);
  if (filled >= 10) bar.fillRoundedRect(box.x + 16, barY, filled, 10, 5);
  const tickX = box.x + 16 + barWidth * view.reservation;
  bar.fillStyle(colours.cream, 1).fillRect(tickX - 1.5, barY - 5, 3, 20);
  layer.add([words, bar]);

  const crossed = view.redLines;
  const redLineText =
    crossed.length === 0
      ? '✓ Crosses none of your red lines'
      : `✗ Crosses your red line${crossed.length > 1 ? 's' : ''}: ${crossed.map((line) => line.reason.replace(/\s+/g, ' ')).join(' ')}`;
  layer.add(
    clampLines(
      addText(scene, box.x + 16, barY + 18, redLineText, 'label', {
        colour: crossed.length === 0 ? textColours.muted : textColours.danger,
        wrapWidth: box.width - 32,
      }),
      1,
    ),
  );
}
