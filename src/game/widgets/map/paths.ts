// Polygon and polyline drawing from plain {x, y} points (Phaser's fillPoints wants Vector2 objects; the map's
// points are plain data from the projection).
import type Phaser from 'phaser';
import type { Point } from './projection';

function trace(graphics: Phaser.GameObjects.Graphics, points: readonly Point[], close: boolean): void {
  const first = points[0];
  if (!first) return;
  graphics.beginPath();
  graphics.moveTo(first.x, first.y);
  for (let i = 1; i < points.length; i++) graphics.lineTo(points[i]!.x, points[i]!.y);
  if (close) graphics.closePath();
}

export function fillPolygon(graphics: Phaser.GameObjects.Graphics, points: readonly Point[]): void {
  trace(graphics, points, true);
  graphics.fillPath();
}

export function strokePolyline(graphics: Phaser.GameObjects.Graphics, points: readonly Point[], close = false): void {
  trace(graphics, points, close);
  graphics.strokePath();
}
