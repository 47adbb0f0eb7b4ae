// The panel beside the chart: everything about the selected row that a table cell cannot hold — for a table, how it
// ended in a sentence, who played, who walked out, the Nash comparison and its clauses where the tables differ; for
// a file left out, its whole reason.
import type Phaser from 'phaser';
import { MAX_TABLES } from '../../../store';
import type { ParallelWorlds, RejectedReplay, TableWorld } from '../../../store';
import { addText, textColours } from '../../theme';
import { clampLines, fitToWidth } from '../fitText';
import type { CompareRow } from './compareRows';
import { reasonWithoutFile } from './compareRows';

/** The "… and N more" line: one 15 px line and its gap. */
const MORE_LINE_HEIGHT = 24;

export interface DetailArea {
  x: number;
  y: number;
  width: number;
  bottom: number;
}

export interface RowDetail {
  show: (row: CompareRow | null) => void;
}

export function addRowDetail(scene: Phaser.Scene, area: DetailArea, worlds: ParallelWorlds): RowDetail {
  let layer: Phaser.GameObjects.Container | null = null;
  return {
    show: (row) => {
      layer?.destroy();
      const before = new Set(scene.children.list);
      if (row?.kind === 'table') showTable(scene, area, worlds, row.table, row.index);
      else if (row?.kind === 'rejected') showRejected(scene, area, [row.rejected], 'LEFT OUT');
      else if (row?.kind === 'more') showRejected(scene, area, row.rejected, 'ALSO LEFT OUT');
      layer = scene.add.container(
        0,
        0,
        scene.children.list.filter((object) => !before.has(object)),
      );
    },
  };
}

/** Writes lines from the top down and stops, with a last line saying so, before it would pass the bottom. */
function column(scene: Phaser.Scene, area: DetailArea) {
  let cursor = area.y;
  let full = false;
  return {
    get cursor() {
      return cursor;
    },
    gap: (pixels: number) => (cursor += pixels),
    line: (
      text: string,
      role: 'eyebrow' | 'bodyStrong' | 'body' | 'label',
      /** reserve: room (px) to leave free under this line, for a line that must still fit after it. */
      options: { colour?: string; maxLines?: number; reserve?: number } = {},
    ): boolean => {
      if (full) return false;
      const shown = addText(scene, area.x, cursor, text, role, {
        wrapWidth: options.maxLines === 1 ? undefined : area.width,
        ...(options.colour === undefined ? {} : { colour: options.colour }),
      });
      if (options.maxLines === 1) fitToWidth(shown, area.width);
      else clampLines(shown, options.maxLines ?? 2);
      if (shown.y + shown.height + (options.reserve ?? 0) > area.bottom) {
        shown.destroy();
        // A line that kept room free for a last one leaves the column open for it.
        full = options.reserve === undefined;
        return false;
      }
      cursor += shown.height + 4;
      return true;
    },
  };
}

function showTable(scene: Phaser.Scene, area: DetailArea, worlds: ParallelWorlds, table: TableWorld, index: number) {
  const lines = column(scene, area);
  lines.line(`TABLE ${index + 1}  ·  ${table.name}`, 'eyebrow', { maxLines: 1 });
  // The file's whole name, wrapped: tables of one class differ only in its last parts (seats, time).
  lines.line(`File: ${table.fileName}`, 'label', { maxLines: 2 });
  lines.gap(2);
  lines.line(table.outcome.headline, 'bodyStrong', { maxLines: 2 });
  lines.gap(4);
  const people =
    table.humans.length > 0
      ? `Played by people: ${table.humans.join(', ')}; the AI played the rest.`
      : 'Every seat was played by the AI.';
  const walkOuts =
    table.walkOuts.length > 0
      ? `Walked out: ${table.walkOuts.map((walkOut) => `${walkOut.partyName} (round ${walkOut.round})`).join(', ')}.`
      : 'Nobody walked out.';
  lines.line(`${people} ${walkOuts}`, 'label');
  const issueCount = worlds.issues.length;
  const distance = table.distanceToNash === null ? null : table.distanceToNash.toFixed(2);
  const nash =
    table.textKind === 'signed' || table.textKind === 'not-ratified'
      ? distance === null
        ? 'No Nash point to compare with: no text could satisfy every signatory'
        : `Nash point: distance ${distance}; the same option on ${table.sameAsNash} of ${issueCount} issues`
      : table.textKind === 'last-draft'
        ? `Nothing signed. Its last draft was ${distance ?? '—'} from the Nash point`
        : 'Nothing signed, and no draft was tabled';
  lines.line(nash, 'label');

  if (!table.signedTerms) return;
  const differing = worlds.issues
    .map((issue, issueIndex) => ({ issue, clause: table.signedTerms?.[issueIndex] }))
    .filter(({ issue, clause }) => issue.distinctOptions > 1 && clause);
  lines.gap(8);
  if (differing.length === 0) {
    lines.line(
      worlds.tables.filter((other) => other.signedTerms).length > 1
        ? 'Every table that signed signed the same text.'
        : 'The only table that signed a text.',
      'label',
    );
    return;
  }
  lines.line('CLAUSES THAT DIFFER', 'eyebrow', { maxLines: 1 });
  // As many as fit; when one does not, a last line says how many are not shown.
  for (const [shownCount, { issue, clause }] of differing.entries()) {
    const last = shownCount === differing.length - 1;
    const written =
      clause !== undefined &&
      lines.line(`${issue.issueLabel}: ${clause.optionLabel}`, 'label', {
        colour: textColours.cream,
        reserve: last ? 0 : MORE_LINE_HEIGHT,
      });
    if (!written) {
      lines.line(`… and ${differing.length - shownCount} more`, 'label', { maxLines: 1 });
      break;
    }
  }
}

function showRejected(scene: Phaser.Scene, area: DetailArea, rejected: readonly RejectedReplay[], title: string) {
  const lines = column(scene, area);
  lines.line(title, 'eyebrow', { maxLines: 1 });
  lines.gap(2);
  for (const entry of rejected) {
    lines.line(entry.fileName, 'bodyStrong', { colour: textColours.danger, maxLines: 1 });
    lines.line(reasonWithoutFile(entry), 'label', { colour: textColours.cream, maxLines: rejected.length > 1 ? 2 : 5 });
    lines.gap(6);
  }
  lines.line(`Only replays of one scenario and one seed are compared, at most ${MAX_TABLES} tables at once.`, 'label');
}
