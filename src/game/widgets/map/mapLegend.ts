// The map's legend: a swatch drawn in each kind's own style beside its name in words, stacked in the map's empty
// south-west corner (over Romania, which the map shows only as context).
import type Phaser from 'phaser';
import { fillPolygon, strokePolyline } from './paths';
import { addText, colours } from '../../theme';
import { featureStyles } from './featureStyle';
import type { FeatureKind } from './featureStyle';
import { dashedSegments, hatchSegments } from './hatch';

export const LEGEND_ROW = 21;
const SWATCH = { width: 24, height: 13 };
const PADDING = 8;

/** The legend's size for `count` rows, so the map can keep labels out of it before it is drawn. */
export function legendSize(count: number, width: number): { width: number; height: number } {
  return { width, height: count * LEGEND_ROW + PADDING * 2 - 4 };
}

/** A legend whose bottom-left corner is at (x, bottom). */
export function addMapLegend(
  scene: Phaser.Scene,
  x: number,
  bottom: number,
  kinds: readonly FeatureKind[],
  width: number,
): Phaser.GameObjects.Container {
  const size = legendSize(kinds.length, width);
  const top = bottom - size.height;
  const legend = scene.add.container(x, top);
  if (kinds.length === 0) return legend;
  const panel = scene.add.graphics();
  panel.fillStyle(colours.night, 0.78).fillRoundedRect(0, 0, size.width, size.height, 6);
  panel.lineStyle(1, colours.line, 1).strokeRoundedRect(0, 0, size.width, size.height, 6);
  legend.add(panel);
  kinds.forEach((kind, row) => {
    const y = PADDING + row * LEGEND_ROW + LEGEND_ROW / 2 - 2;
    const swatch = scene.add.graphics();
    drawSwatch(swatch, kind, PADDING, y - SWATCH.height / 2);
    const label = addText(scene, PADDING + SWATCH.width + 8, y, featureStyles[kind].legend, 'caption', {
      colour: '#c4cee0',
    }).setOrigin(0, 0.5);
    legend.add([swatch, label]);
  });
  return legend;
}

function drawSwatch(graphics: Phaser.GameObjects.Graphics, kind: FeatureKind, x: number, y: number): void {
  const style = featureStyles[kind];
  const { width, height } = SWATCH;
  const middle = y + height / 2;
  if (kind === 'city') {
    graphics.fillStyle(style.stroke, 1).fillCircle(x + width / 2, middle, 6);
    graphics.fillStyle(style.fill ?? 0xffffff, 1).fillCircle(x + width / 2, middle, 4);
    return;
  }
  if (kind === 'contact-line') {
    graphics.lineStyle(style.strokeWidth, style.stroke, 1).lineBetween(x, middle, x + width, middle);
    graphics.lineStyle(2, style.stroke, 1);
    for (let tx = x + 4; tx < x + width; tx += 8) graphics.lineBetween(tx, middle, tx, middle + 5);
    return;
  }
  const corners = [
    { x, y },
    { x: x + width, y },
    { x: x + width, y: y + height },
    { x, y: y + height },
  ];
  if (style.fill !== null) graphics.fillStyle(style.fill, style.fillAlpha);
  fillPolygon(graphics, corners);
  if (style.hatch) {
    graphics.lineStyle(1.2, style.stroke, style.hatch.alpha);
    for (const [x1, y1, x2, y2] of hatchSegments(corners, style.hatch.spacing * 0.8, style.hatch.angle))
      graphics.lineBetween(x1, y1, x2, y2);
  }
  graphics.lineStyle(style.strokeWidth, style.stroke, 1);
  const outline = [...corners, corners[0]!];
  if (style.dash)
    for (const [x1, y1, x2, y2] of dashedSegments(outline, style.dash[0], style.dash[1]))
      graphics.lineBetween(x1, y1, x2, y2);
  else strokePolyline(graphics, outline, false);
}
