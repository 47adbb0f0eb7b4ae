// Draws one scenario map feature (area, line or point) into a Graphics object, in the style of its kind.
import type Phaser from 'phaser';
import { fillPolygon, strokePolyline } from './paths';
import type { MapFeature } from '../../../store';
import { featureStyles } from './featureStyle';
import { dashedSegments, hatchSegments } from './hatch';
import type { MapProjection, Point, Segment } from './projection';

export const CITY_RADIUS = 4;

export function projectFeature(feature: MapFeature, projection: MapProjection): Point[] {
  return feature.points.map((lonLat) => projection.project(lonLat));
}

function strokeSegments(graphics: Phaser.GameObjects.Graphics, segments: readonly Segment[]): void {
  for (const [x1, y1, x2, y2] of segments) graphics.lineBetween(x1, y1, x2, y2);
}

export function drawFeature(
  graphics: Phaser.GameObjects.Graphics,
  feature: MapFeature,
  projection: MapProjection,
  alphaScale = 1,
): void {
  const style = featureStyles[feature.kind];
  const points = projectFeature(feature, projection);

  if (feature.geometry === 'point') {
    for (const point of points) {
      graphics.fillStyle(style.stroke, alphaScale).fillCircle(point.x, point.y, CITY_RADIUS + 2);
      graphics.fillStyle(style.fill ?? 0xffffff, alphaScale).fillCircle(point.x, point.y, CITY_RADIUS);
    }
    return;
  }

  if (feature.geometry === 'polygon') {
    if (style.fill !== null) graphics.fillStyle(style.fill, style.fillAlpha * alphaScale);
    fillPolygon(graphics, points);
    if (style.hatch) {
      graphics.lineStyle(1.2, style.stroke, style.hatch.alpha * alphaScale);
      strokeSegments(graphics, hatchSegments(points, style.hatch.spacing, style.hatch.angle));
    }
  }

  const outline = feature.geometry === 'polygon' ? [...points, points[0]!] : points;
  if (feature.kind === 'contact-line') {
    // A dark casing under the line keeps it readable over every fill it crosses.
    graphics.lineStyle(style.strokeWidth + 3, 0x050b16, 0.8 * alphaScale);
    strokePolyline(graphics, outline, false);
    graphics.lineStyle(style.strokeWidth, style.stroke, alphaScale);
    strokePolyline(graphics, outline, false);
    drawFrontTicks(graphics, outline, style.stroke, alphaScale);
    return;
  }
  graphics.lineStyle(style.strokeWidth, style.stroke, 0.95 * alphaScale);
  if (style.dash) strokeSegments(graphics, dashedSegments(outline, style.dash[0], style.dash[1]));
  else strokePolyline(graphics, outline, false);
}

/** Short ticks along the line of contact, the usual sign of a front line (a shape, not only a colour). */
function drawFrontTicks(graphics: Phaser.GameObjects.Graphics, line: readonly Point[], colour: number, alpha: number) {
  graphics.lineStyle(2, colour, alpha);
  const spacing = 14;
  let carried = spacing / 2;
  for (let i = 0; i + 1 < line.length; i++) {
    const a = line[i]!;
    const b = line[i + 1]!;
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    if (length === 0) continue;
    const nx = -(b.y - a.y) / length;
    const ny = (b.x - a.x) / length;
    for (let d = carried; d < length; d += spacing) {
      const x = a.x + ((b.x - a.x) * d) / length;
      const y = a.y + ((b.y - a.y) * d) / length;
      graphics.lineBetween(x, y, x + nx * 5, y + ny * 5);
    }
    carried = (carried - length) % spacing;
    if (carried < 0) carried += spacing;
  }
}
