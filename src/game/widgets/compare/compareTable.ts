// The Compare screen's table: one row per classroom table (number, name, outcome, round it ended, the clauses that
// set it apart, durability, distance to the Nash point) and one per file left out, its reason in words. The
// selected row is framed in gold and filled; outcomes are written out, so no cell relies on colour alone.
import Phaser from 'phaser';
import type { TableWorld } from '../../../store';
import { addText, colours, textColours } from '../../theme';
import { fitToWidth } from '../fitText';
import type { CompareRow } from './compareRows';
import { reasonWithoutFile } from './compareRows';

export interface CompareTableArea {
  x: number;
  y: number;
  width: number;
  /** The rows share the height from under the header row down to here. */
  bottom: number;
}

export interface CompareTable {
  setSelected: (index: number) => void;
  /** The y under the last row. */
  bottom: number;
}

/** Tallest and shortest row: a full class of eight fits at the tallest; folded rejects keep rows above the least. */
export const MAX_ROW_HEIGHT = 32;
export const MIN_ROW_HEIGHT = 24;
const HEADER_HEIGHT = 26;
const BADGE = 24;

interface Column {
  title: string;
  /** Left edge, from the table's left. */
  at: number;
  width: number;
  align?: 'right';
}

const COLUMNS = {
  table: { title: 'TABLE', at: 0, width: 236 },
  outcome: { title: 'OUTCOME', at: 244, width: 200 },
  round: { title: 'ROUND', at: 452, width: 62 },
  clauses: { title: 'KEY CLAUSES', at: 524, width: 364 },
  durability: { title: 'DURABILITY', at: 898, width: 178 },
  nash: { title: 'TO NASH', at: 1086, width: 82, align: 'right' },
} satisfies Record<string, Column>;

/** How many rows fit in the area at the shortest row height. */
export function rowCapacity(area: CompareTableArea): number {
  return Math.floor((area.bottom - area.y - HEADER_HEIGHT) / MIN_ROW_HEIGHT);
}

export function addCompareTable(
  scene: Phaser.Scene,
  area: CompareTableArea,
  rows: readonly CompareRow[],
  onSelect: (index: number) => void,
): CompareTable {
  const { x, y, width } = area;
  const scale = width / 1168;
  const column = (key: keyof typeof COLUMNS) => {
    const spec: Column = COLUMNS[key];
    return { left: x + spec.at * scale, width: spec.width * scale, right: x + (spec.at + spec.width) * scale };
  };
  for (const key of Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]) {
    const spec: Column = COLUMNS[key];
    const where = column(key);
    const title = addText(scene, spec.align === 'right' ? where.right : where.left, y, spec.title, 'caption', {
      colour: textColours.muted,
      style: 'bold',
    });
    if (spec.align === 'right') title.setOrigin(1, 0);
  }
  const rowsTop = y + HEADER_HEIGHT;
  const rowHeight = Math.max(
    MIN_ROW_HEIGHT,
    Math.min(MAX_ROW_HEIGHT, Math.floor((area.bottom - rowsTop) / Math.max(1, rows.length))),
  );
  const background = scene.add.graphics();
  const frame = scene.add.graphics().setDepth(5);
  scene.add
    .graphics()
    .fillStyle(colours.line, 1)
    .fillRect(x, rowsTop - 3, width, 1);

  rows.forEach((row, index) => {
    const middle = rowsTop + index * rowHeight + rowHeight / 2;
    const nameColumn = column('table');
    if (row.kind === 'table') {
      addBadge(scene, nameColumn.left, middle, String(row.index + 1), false);
      const name = addText(scene, nameColumn.left + BADGE + 10, middle, row.table.name, 'bodyStrong').setOrigin(0, 0.5);
      fitToWidth(name, nameColumn.width - BADGE - 10);
      addCells(scene, row.table, middle, column);
    } else {
      addBadge(scene, nameColumn.left, middle, '×', true);
      const fileName = row.kind === 'rejected' ? row.rejected.fileName : `${row.rejected.length} more files`;
      const name = addText(scene, nameColumn.left + BADGE + 10, middle, fileName, 'body', {
        colour: textColours.danger,
      }).setOrigin(0, 0.5);
      fitToWidth(name, nameColumn.width - BADGE - 10);
      const outcome = column('outcome');
      const reason =
        row.kind === 'rejected'
          ? `Left out: ${reasonWithoutFile(row.rejected)}`
          : `Also left out: ${row.rejected.map((entry) => entry.fileName).join(', ')}`;
      const reasonText = addText(scene, outcome.left, middle, reason, 'body', { colour: textColours.danger }).setOrigin(
        0,
        0.5,
      );
      fitToWidth(reasonText, x + width - outcome.left);
    }
    const hit = scene.add
      .zone(x, middle - rowHeight / 2, width, rowHeight)
      .setOrigin(0, 0)
      .setInteractive({ useHandCursor: true });
    hit.on(Phaser.Input.Events.POINTER_UP, () => onSelect(index));
  });

  const paint = (selected: number) => {
    background.clear();
    frame.clear();
    rows.forEach((_, index) => {
      const top = rowsTop + index * rowHeight;
      if (index === selected) {
        background
          .fillStyle(colours.surfaceSelected, 0.95)
          .fillRoundedRect(x - 8, top + 1, width + 16, rowHeight - 2, 6);
        frame.lineStyle(2, colours.gold, 1).strokeRoundedRect(x - 8, top + 1, width + 16, rowHeight - 2, 6);
      } else if (index % 2 === 0) {
        background.fillStyle(colours.surface, 0.7).fillRect(x - 8, top + 1, width + 16, rowHeight - 2);
      }
    });
  };
  paint(-1);
  return { setSelected: paint, bottom: rowsTop + rows.length * rowHeight };
}

function addCells(
  scene: Phaser.Scene,
  table: TableWorld,
  middle: number,
  column: (key: keyof typeof COLUMNS) => { left: number; width: number; right: number },
) {
  const cell = (key: keyof typeof COLUMNS, text: string, colour: string = textColours.cream) => {
    const where = column(key);
    const right = (COLUMNS[key] as Column).align === 'right';
    const shown = addText(scene, right ? where.right : where.left, middle, text, 'body', { colour }).setOrigin(
      right ? 1 : 0,
      0.5,
    );
    return fitToWidth(shown, where.width - 8);
  };
  cell('outcome', table.outcome.label, outcomeColour(table));
  cell('round', String(table.round));
  cell(
    'clauses',
    table.keyClauses.length > 0
      ? table.keyClauses.map((clause) => clause.optionLabel).join(' · ')
      : table.textKind === 'last-draft'
        ? 'nothing signed'
        : 'no text tabled',
    table.keyClauses.length > 0 ? textColours.cream : textColours.muted,
  );
  cell('durability', durabilityText(table), table.durability ? textColours.cream : textColours.muted);
  const agreed = table.textKind === 'signed' || table.textKind === 'not-ratified';
  cell(
    'nash',
    agreed && table.distanceToNash !== null ? table.distanceToNash.toFixed(2) : '—',
    agreed ? textColours.cream : textColours.muted,
  );
}

function addBadge(scene: Phaser.Scene, left: number, middle: number, label: string, rejected: boolean) {
  const graphics = scene.add.graphics();
  if (rejected) graphics.lineStyle(1.5, colours.danger, 1).strokeRoundedRect(left, middle - BADGE / 2, BADGE, BADGE, 5);
  else graphics.fillStyle(colours.gold, 1).fillRoundedRect(left, middle - BADGE / 2, BADGE, BADGE, 5);
  addText(scene, left + BADGE / 2, middle, label, 'bodyStrong', {
    size: 15,
    colour: rejected ? textColours.danger : textColours.ink,
  }).setOrigin(0.5, 0.5);
}

export function outcomeColour(table: TableWorld): string {
  switch (table.outcome.kind) {
    case 'ceasefire':
      return table.durability?.held === false ? textColours.cream : textColours.gold;
    case 'ratification-failed':
      return textColours.cream;
    case 'unfinished':
      return textColours.muted;
    default:
      return textColours.danger;
  }
}

export function durabilityText(table: TableWorld): string {
  const durability = table.durability;
  if (durability)
    return durability.held
      ? `Held all ${durability.months} months`
      : `Held ${durability.monthsHeld} of ${durability.months} months`;
  if (table.outcome.kind === 'unfinished') return 'Not finished';
  return table.outcome.kind === 'ratification-failed' ? 'Never in force' : 'No deal';
}
