// Hatching for a polygon (occupied and claimed areas): a pattern as well as a colour, so the map still reads in
// greyscale, for colour-blind players, and on a washed-out projector. Pure geometry, no Phaser.
import type { Point, Segment } from './projection';

/** Parallel lines `spacing` apart at `angleDegrees`, cut to the inside of `polygon` (even-odd rule). */
export function hatchSegments(polygon: readonly Point[], spacing: number, angleDegrees: number): Segment[] {
  if (polygon.length < 3 || spacing <= 0) return [];
  const angle = (angleDegrees * Math.PI) / 180;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  // Rotate so the hatch lines are horizontal, scan, then rotate the segments back.
  const rotated = polygon.map((p) => ({ x: p.x * cos + p.y * sin, y: -p.x * sin + p.y * cos }));
  const ys = rotated.map((p) => p.y);
  const top = Math.min(...ys);
  const bottom = Math.max(...ys);
  const segments: Segment[] = [];
  for (let y = Math.ceil(top / spacing) * spacing; y <= bottom; y += spacing) {
    const crossings: number[] = [];
    rotated.forEach((a, i) => {
      const b = rotated[(i + 1) % rotated.length]!;
      if (a.y <= y === b.y <= y) return;
      crossings.push(a.x + ((y - a.y) / (b.y - a.y)) * (b.x - a.x));
    });
    crossings.sort((m, n) => m - n);
    for (let i = 0; i + 1 < crossings.length; i += 2) {
      const x1 = crossings[i]!;
      const x2 = crossings[i + 1]!;
      segments.push([x1 * cos - y * sin, x1 * sin + y * cos, x2 * cos - y * sin, x2 * sin + y * cos]);
    }
  }
  return segments;
}

/** The area-weighted centre of a simple polygon (where its label goes); the vertex mean if it has no area. */
export function polygonCentre(polygon: readonly Point[]): Point {
  let area = 0;
  let cx = 0;
  let cy = 0;
  polygon.forEach((a, i) => {
    const b = polygon[(i + 1) % polygon.length]!;
    const cross = a.x * b.y - b.x * a.y;
    area += cross;
    cx += (a.x + b.x) * cross;
    cy += (a.y + b.y) * cross;
  });
  if (Math.abs(area) < 1e-9) {
    const n = Math.max(1, polygon.length);
    return { x: polygon.reduce((s, p) => s + p.x, 0) / n, y: polygon.reduce((s, p) => s + p.y, 0) / n };
  }
  return { x: cx / (3 * area), y: cy / (3 * area) };
}

/** Splits a polyline into dashes `dash` long with `gap` between them. */
export function dashedSegments(points: readonly Point[], dash: number, gap: number): Segment[] {
  const segments: Segment[] = [];
  let drawing = true;
  let left = dash;
  for (let i = 0; i + 1 < points.length; i++) {
    let a = points[i]!;
    const b = points[i + 1]!;
    let length = Math.hypot(b.x - a.x, b.y - a.y);
    while (length > 0) {
      const step = Math.min(left, length);
      const t = step / length;
      const next = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
      if (drawing) segments.push([a.x, a.y, next.x, next.y]);
      a = next;
      length -= step;
      left -= step;
      if (left <= 1e-9) {
        drawing = !drawing;
        left = drawing ? dash : gap;
      }
    }
  }
  return segments;
}
