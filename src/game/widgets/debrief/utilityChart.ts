// Each signatory's utility of the text against its reservation value (what no deal was worth to it): a bar for
// the utility, a white notch for the reservation value and a cyan diamond for the Nash point. Above or below the
// notch is also written as a signed number, so the chart reads without colour.
import type Phaser from 'phaser';
import type { PartyStanding } from '../../../store';
import { addText, colours, textColours } from '../../theme';
import { fitToWidth } from '../fitText';
import { fillPolygon } from '../map/paths';

const NAME_WIDTH = 150;
const VALUE_WIDTH = 78;
const BAR_HEIGHT = 18;
const NASH_COLOUR = 0x7fd1e8;

export function addUtilityChart(
  scene: Phaser.Scene,
  x: number,
  y: number,
  width: number,
  rowHeight: number,
  standings: readonly PartyStanding[],
  /** False for a text never agreed (the last draft): its bars are drawn hollow, as what was not reached. */
  agreed = true,
): number {
  const trackX = x + NAME_WIDTH;
  const trackWidth = width - NAME_WIDTH - VALUE_WIDTH;
  const at = (value: number) => trackX + Math.min(1, Math.max(0, value)) * trackWidth;
  const graphics = scene.add.graphics();

  standings.forEach((row, index) => {
    const middle = y + index * rowHeight + rowHeight / 2;
    // The full name when it fits, else the short name the table uses.
    const name = addText(scene, x, middle, row.name, 'bodyStrong').setOrigin(0, 0.5);
    if (name.width > NAME_WIDTH - 12) name.setText(row.shortName);
    fitToWidth(name, NAME_WIDTH - 12);
    graphics.fillStyle(colours.surface, 1).fillRoundedRect(trackX, middle - BAR_HEIGHT / 2, trackWidth, BAR_HEIGHT, 4);
    if (row.utility !== null) {
      const above = row.utility >= row.reservation;
      const colour = above ? colours.gold : 0xc8503f;
      const barWidth = Math.max(4, at(row.utility) - trackX);
      if (agreed)
        graphics.fillStyle(colour, 1).fillRoundedRect(trackX, middle - BAR_HEIGHT / 2, barWidth, BAR_HEIGHT, 4);
      else graphics.lineStyle(2, colour, 1).strokeRoundedRect(trackX, middle - BAR_HEIGHT / 2, barWidth, BAR_HEIGHT, 4);
    }
    // Reservation notch: a white bar taller than the track, with a small triangle on top.
    const rx = at(row.reservation);
    graphics.fillStyle(0xffffff, 1).fillRect(rx - 1.5, middle - BAR_HEIGHT / 2 - 6, 3, BAR_HEIGHT + 12);
    fillPolygon(graphics.fillStyle(0xffffff, 1), [
      { x: rx - 6, y: middle - BAR_HEIGHT / 2 - 12 },
      { x: rx + 6, y: middle - BAR_HEIGHT / 2 - 12 },
      { x: rx, y: middle - BAR_HEIGHT / 2 - 5 },
    ]);
    if (row.nashUtility !== null) {
      const nx = at(row.nashUtility);
      graphics.lineStyle(2, colours.night, 1);
      const diamond = [
        { x: nx, y: middle - 8 },
        { x: nx + 8, y: middle },
        { x: nx, y: middle + 8 },
        { x: nx - 8, y: middle },
      ];
      fillPolygon(graphics.fillStyle(NASH_COLOUR, 1), diamond);
    }
    const surplus = row.utility === null ? 'no text' : signed(row.utility - row.reservation);
    const colour = row.utility !== null && row.utility < row.reservation ? textColours.danger : textColours.cream;
    addText(scene, x + width, middle, surplus, 'bodyStrong', { colour }).setOrigin(1, 0.5);
  });

  const axisY = y + standings.length * rowHeight + 4;
  for (const tick of [0, 0.5, 1]) addText(scene, at(tick), axisY, String(tick), 'caption').setOrigin(0.5, 0);
  addText(scene, x + width, axisY, 'vs no deal', 'caption').setOrigin(1, 0);
  return axisY + 24;
}

/** The chart's legend: shapes drawn as in the chart, with words. */
export function addUtilityLegend(scene: Phaser.Scene, x: number, y: number, agreed = true): void {
  const graphics = scene.add.graphics();
  if (agreed) graphics.fillStyle(colours.gold, 1).fillRoundedRect(x, y - 7, 26, 14, 3);
  else graphics.lineStyle(2, colours.gold, 1).strokeRoundedRect(x, y - 7, 26, 14, 3);
  const first = addText(scene, x + 34, y, 'utility of the text', 'caption', { colour: textColours.muted }).setOrigin(
    0,
    0.5,
  );
  let cursor = first.x + first.width + 22;
  graphics.fillStyle(0xffffff, 1).fillRect(cursor, y - 10, 3, 20);
  const second = addText(scene, cursor + 10, y, 'no-deal value (reservation)', 'caption', {
    colour: textColours.muted,
  }).setOrigin(0, 0.5);
  cursor = second.x + second.width + 22;
  fillPolygon(graphics.fillStyle(NASH_COLOUR, 1), [
    { x: cursor + 7, y: y - 7 },
    { x: cursor + 14, y },
    { x: cursor + 7, y: y + 7 },
    { x: cursor, y },
  ]);
  addText(scene, cursor + 22, y, 'Nash point', 'caption', { colour: textColours.muted }).setOrigin(0, 0.5);
}

export function signed(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return `${rounded >= 0 ? '+' : '−'}${Math.abs(rounded).toFixed(2)}`;
}
