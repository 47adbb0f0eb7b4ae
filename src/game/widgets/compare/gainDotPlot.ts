// What each required signatory gained over no deal, table by table, as a dot plot: one row per signatory, one
// numbered mark per table on a common axis of utility minus reservation value, the no-deal line at zero. A text
// never signed leaves every party with its no-deal value: its mark sits on the line, hollow. Tables that reached
// the same figure share one mark listing their numbers. The selected table's number sits on a gold disc, and its
// figures are written out in the right-hand column, so nothing relies on colour alone.
import type Phaser from 'phaser';
import type { ParallelWorlds, TableWorld } from '../../../store';
import { addText, colours, textColours } from '../../theme';
import { signed } from '../debrief/utilityChart';
import { fitToWidth } from '../fitText';

export interface DotPlotArea {
  x: number;
  y: number;
  width: number;
  bottom: number;
}

export interface GainDotPlot {
  setSelected: (tableIndex: number | null) => void;
}

const NAME_WIDTH = 96;
const VALUE_WIDTH = 78;
const SLOT = 20;
const MARK_HEIGHT = 20;
const MAX_ROW_HEIGHT = 48;
/** A cluster of more tables than this (a class of 30 often has many at "no deal") is one mark with a count. */
const MAX_NUMBERED = 5;
/** Marks closer than this (in pixels) show one figure to the eye: they are drawn as one. */
const SAME_PLACE_PX = 8;
const AXIS_HEIGHT = 22;

interface Mark {
  table: number;
  gain: number;
  /** False when the table signed nothing: every party kept its no-deal value. */
  agreed: boolean;
}

/** A signatory's gain over no deal at a table: the signed text's utility minus its reservation value, else 0. */
export function gainAt(table: TableWorld, party: string): Mark['gain'] | null {
  const standing = table.standings.find((row) => row.party === party);
  if (!standing) return null;
  if (!agreedText(table) || standing.utility === null) return 0;
  return standing.utility - standing.reservation;
}

function agreedText(table: TableWorld): boolean {
  return table.textKind === 'signed' || table.textKind === 'not-ratified';
}

export function addGainDotPlot(scene: Phaser.Scene, area: DotPlotArea, worlds: ParallelWorlds): GainDotPlot {
  const { x, y, width, bottom } = area;
  const parties = worlds.signatories;
  const trackLeft = x + NAME_WIDTH;
  const trackRight = x + width - VALUE_WIDTH - 12;
  const rowHeight = Math.min(MAX_ROW_HEIGHT, Math.floor((bottom - y - AXIS_HEIGHT) / Math.max(1, parties.length)));
  const marksByParty = parties.map((party) =>
    worlds.tables.flatMap((table, index): Mark[] => {
      const gain = gainAt(table, party.party);
      return gain === null ? [] : [{ table: index, gain, agreed: agreedText(table) }];
    }),
  );
  const gains = marksByParty.flat().map((mark) => mark.gain);
  const low = Math.min(-0.25, Math.floor(Math.min(0, ...gains) * 4) / 4);
  const high = Math.max(0.5, Math.ceil(Math.max(0, ...gains) * 4) / 4);
  const at = (gain: number) => trackLeft + ((gain - low) / (high - low)) * (trackRight - trackLeft);
  const plotBottom = y + parties.length * rowHeight;

  const grid = scene.add.graphics();
  // Left of the line: worse than no deal.
  grid.fillStyle(colours.dangerSurface, 0.55).fillRect(trackLeft, y, at(0) - trackLeft, plotBottom - y);
  for (let tick = low; tick <= high + 1e-9; tick += 0.25) {
    const tickX = at(tick);
    const isZero = Math.abs(tick) < 1e-9;
    grid
      .fillStyle(isZero ? 0xffffff : colours.line, isZero ? 0.9 : 0.8)
      .fillRect(tickX - (isZero ? 1 : 0.5), y, isZero ? 2 : 1, plotBottom - y);
    const label = isZero ? 'no deal' : signed(tick);
    addText(scene, tickX, plotBottom + 4, label, 'caption', {
      colour: isZero ? textColours.cream : textColours.faint,
      style: isZero ? 'bold' : 'normal',
    }).setOrigin(0.5, 0);
  }
  parties.forEach((party, row) => {
    const middle = y + row * rowHeight + rowHeight / 2;
    grid.fillStyle(colours.line, 0.9).fillRect(trackLeft, middle, trackRight - trackLeft, 1);
    const name = addText(scene, x, middle, party.shortName, 'bodyStrong', { size: 16 }).setOrigin(0, 0.5);
    fitToWidth(name, NAME_WIDTH - 10);
  });
  const valueHeader = addText(scene, x + width, y - 22, '', 'caption', { colour: textColours.muted, style: 'bold' });
  valueHeader.setOrigin(1, 0);

  let layer: Phaser.GameObjects.Container | null = null;
  const setSelected = (selected: number | null) => {
    layer?.destroy();
    const objects: Phaser.GameObjects.GameObject[] = [];
    parties.forEach((_, row) => {
      const middle = y + row * rowHeight + rowHeight / 2;
      const marks = marksByParty[row] ?? [];
      objects.push(...drawMarks(scene, marks, at, middle, rowHeight, selected));
      const mine = marks.find((mark) => mark.table === selected);
      if (mine) {
        const value = mine.agreed ? signed(mine.gain) : 'no deal';
        const colour = mine.gain < 0 ? textColours.danger : mine.agreed ? textColours.cream : textColours.muted;
        objects.push(addText(scene, x + width, middle, value, 'bodyStrong', { size: 16, colour }).setOrigin(1, 0.5));
      }
    });
    valueHeader.setText(selected === null ? '' : `TABLE ${selected + 1}`);
    layer = scene.add.container(0, 0, objects);
  };
  setSelected(null);
  return { setSelected };
}

interface Cluster {
  marks: Mark[];
  centre: number;
  agreed: boolean;
  width: number;
}

function drawMarks(
  scene: Phaser.Scene,
  marks: readonly Mark[],
  at: (gain: number) => number,
  middle: number,
  rowHeight: number,
  selected: number | null,
): Phaser.GameObjects.GameObject[] {
  const clusters = clustersOf(marks, at);
  const overlaps = (a: Cluster | undefined, b: Cluster | undefined) =>
    a !== undefined && b !== undefined && a.centre + a.width / 2 + 2 > b.centre - b.width / 2;
  // A mark that touches none stays on the line; marks that touch share two lanes, above and below it, each going
  // to the lane that is free (or frees up first), so neighbours alternate.
  const laneOffset = Math.min(MARK_HEIGHT / 2 + 1, rowHeight / 2 - MARK_HEIGHT / 2);
  const laneEnds = [-Infinity, -Infinity];
  const objects: Phaser.GameObjects.GameObject[] = [];
  clusters.forEach((cluster, index) => {
    const crowded = overlaps(clusters[index - 1], cluster) || overlaps(cluster, clusters[index + 1]);
    let centreY = middle;
    if (crowded) {
      const left = cluster.centre - cluster.width / 2;
      const [above = -Infinity, below = -Infinity] = laneEnds;
      const lane = above + 2 <= left ? 0 : below + 2 <= left ? 1 : above <= below ? 0 : 1;
      laneEnds[lane] = cluster.centre + cluster.width / 2;
      centreY = middle + (lane === 0 ? -laneOffset : laneOffset);
    } else laneEnds.fill(-Infinity);
    objects.push(...drawCluster(scene, cluster, centreY, selected));
  });
  return objects;
}

function clustersOf(marks: readonly Mark[], at: (gain: number) => number): Cluster[] {
  const sorted = [...marks].sort((a, b) => a.gain - b.gain || a.table - b.table);
  const clusters: { marks: Mark[]; firstX: number; agreed: boolean }[] = [];
  for (const mark of sorted) {
    const markX = at(mark.gain);
    const last = clusters.at(-1);
    if (last && last.agreed === mark.agreed && markX - last.firstX <= SAME_PLACE_PX) last.marks.push(mark);
    else clusters.push({ marks: [mark], firstX: markX, agreed: mark.agreed });
  }
  return clusters.map((cluster) => {
    const marksInOrder = [...cluster.marks].sort((a, b) => a.table - b.table);
    const centre = marksInOrder.reduce((sum, mark) => sum + at(mark.gain), 0) / marksInOrder.length;
    const width =
      marksInOrder.length > MAX_NUMBERED ? countedWidth(marksInOrder.length) : SLOT * marksInOrder.length + 2;
    return { marks: marksInOrder, centre, agreed: cluster.agreed, width };
  });
}

/** Room for "30 tables" (or the selected number and "+29"). */
function countedWidth(count: number): number {
  return 26 + String(count).length * 9 + 50;
}

function drawCluster(
  scene: Phaser.Scene,
  cluster: Cluster,
  centreY: number,
  selected: number | null,
): Phaser.GameObjects.GameObject[] {
  const left = cluster.centre - cluster.width / 2;
  const graphics = scene.add.graphics();
  const top = centreY - MARK_HEIGHT / 2;
  if (cluster.agreed) {
    graphics
      .fillStyle(colours.surfaceRaised, 1)
      .fillRoundedRect(left, top, cluster.width, MARK_HEIGHT, MARK_HEIGHT / 2);
    graphics
      .lineStyle(1.5, colours.contour, 1)
      .strokeRoundedRect(left, top, cluster.width, MARK_HEIGHT, MARK_HEIGHT / 2);
  } else {
    graphics.fillStyle(colours.night, 0.85).fillRoundedRect(left, top, cluster.width, MARK_HEIGHT, MARK_HEIGHT / 2);
    graphics
      .lineStyle(1.5, colours.cream, 0.8)
      .strokeRoundedRect(left, top, cluster.width, MARK_HEIGHT, MARK_HEIGHT / 2);
  }
  const objects: Phaser.GameObjects.GameObject[] = [graphics];
  if (cluster.marks.length > MAX_NUMBERED) {
    objects.push(...drawCount(scene, graphics, cluster, centreY, selected));
    return objects;
  }
  cluster.marks.forEach((mark, index) => {
    const slotX = left + 1 + SLOT * index + SLOT / 2;
    const isSelected = mark.table === selected;
    if (isSelected) graphics.fillStyle(colours.gold, 1).fillCircle(slotX, centreY, MARK_HEIGHT / 2 + 1);
    const colour = isSelected ? textColours.ink : cluster.agreed ? textColours.cream : textColours.muted;
    objects.push(
      addText(scene, slotX, centreY, String(mark.table + 1), 'bodyStrong', { size: 14, colour }).setOrigin(0.5, 0.5),
    );
  });
  return objects;
}

/** A crowded mark: how many tables share the figure, or the selected one's number first when it is among them. */
function drawCount(
  scene: Phaser.Scene,
  graphics: Phaser.GameObjects.Graphics,
  cluster: Cluster,
  centreY: number,
  selected: number | null,
): Phaser.GameObjects.Text[] {
  const left = cluster.centre - cluster.width / 2;
  const count = cluster.marks.length;
  const mine = cluster.marks.some((mark) => mark.table === selected);
  const texts: Phaser.GameObjects.Text[] = [];
  if (mine && selected !== null) {
    graphics.fillStyle(colours.gold, 1).fillCircle(left + 1 + SLOT / 2, centreY, MARK_HEIGHT / 2 + 1);
    const number = addText(scene, left + 1 + SLOT / 2, centreY, String(selected + 1), 'bodyStrong', {
      size: 14,
      colour: textColours.ink,
    });
    texts.push(number.setOrigin(0.5, 0.5));
  }
  const words = mine ? `+${count - 1}` : `${count} tables`;
  const colour = cluster.agreed ? textColours.cream : textColours.muted;
  const textLeft = mine ? left + SLOT + 6 : left + 10;
  texts.push(addText(scene, textLeft, centreY, words, 'bodyStrong', { size: 14, colour }).setOrigin(0, 0.5));
  return texts;
}

/** The legend under the plot's title: the two kinds of mark, drawn as in the plot, with words. */
export function addGainLegend(scene: Phaser.Scene, x: number, y: number): number {
  const graphics = scene.add.graphics();
  let cursor = x;
  const sample = (agreed: boolean, label: string, words: string) => {
    const top = y - MARK_HEIGHT / 2;
    if (agreed) {
      graphics.fillStyle(colours.surfaceRaised, 1).fillRoundedRect(cursor, top, SLOT + 2, MARK_HEIGHT, MARK_HEIGHT / 2);
      graphics
        .lineStyle(1.5, colours.contour, 1)
        .strokeRoundedRect(cursor, top, SLOT + 2, MARK_HEIGHT, MARK_HEIGHT / 2);
    } else
      graphics
        .lineStyle(1.5, colours.cream, 0.8)
        .strokeRoundedRect(cursor, top, SLOT + 2, MARK_HEIGHT, MARK_HEIGHT / 2);
    addText(scene, cursor + (SLOT + 2) / 2, y, label, 'bodyStrong', {
      size: 14,
      colour: agreed ? textColours.cream : textColours.muted,
    }).setOrigin(0.5, 0.5);
    const text = addText(scene, cursor + SLOT + 10, y, words, 'caption', { colour: textColours.muted }).setOrigin(
      0,
      0.5,
    );
    cursor = text.x + text.width + 20;
  };
  sample(true, '#', 'a table that signed: what its text gave');
  sample(false, '#', 'signed nothing: the no-deal value');
  return cursor - x;
}
