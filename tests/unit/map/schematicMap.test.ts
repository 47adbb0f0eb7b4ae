// The schematic map's geometry without a browser: Ukraine's outline is its internationally recognised border
// (Crimea inside it, Russia without it), the scenario's points land inside the right country, and hatching stays
// inside its polygon.
import { describe, expect, it } from 'vitest';
import { hatchSegments } from '../../../src/game/widgets/map/hatch';
import { fitProjection } from '../../../src/game/widgets/map/projection';
import type { Point } from '../../../src/game/widgets/map/projection';
import type { RegionOutlines } from '../../../src/game/widgets/map/regionOutlines';
import outlines from '../../../assets/map/ukraine-region.json';

// The file the browser fetches (src/game/widgets/map/regionOutlines.ts), read here directly.
const regionOutlines: RegionOutlines = outlines;

const projection = fitProjection(regionOutlines, { x: 0, y: 0, width: 584, height: 404 });

function inside(point: Point, ring: readonly Point[]): boolean {
  let result = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i]!;
    const b = ring[j]!;
    if (a.y > point.y !== b.y > point.y && point.x < ((b.x - a.x) * (point.y - a.y)) / (b.y - a.y) + a.x)
      result = !result;
  }
  return result;
}

const inUkraine = (lonLat: [number, number]) =>
  regionOutlines.ukraine.some((ring) => inside(projection.project(lonLat), projection.fromFrame(ring)));
const inRussia = (lonLat: [number, number]) =>
  regionOutlines.neighbours
    .find((country) => country.name === 'Russia')!
    .rings.some((ring) => inside(projection.project(lonLat), projection.fromFrame(ring)));

describe('the schematic map outlines', () => {
  it('draws Crimea inside Ukraine and not inside Russia', () => {
    for (const place of [
      [34.1, 45.0],
      [33.52, 44.6],
      [36.45, 45.3],
    ] as [number, number][]) {
      expect(inUkraine(place)).toBe(true);
      expect(inRussia(place)).toBe(false);
    }
  });

  it('puts Kyiv, Kharkiv and Donetsk in Ukraine, and Belgorod and Rostov in Russia', () => {
    expect(inUkraine([30.52, 50.45])).toBe(true);
    expect(inUkraine([36.23, 49.99])).toBe(true);
    expect(inUkraine([37.8, 48.0])).toBe(true);
    expect(inUkraine([36.59, 50.6])).toBe(false);
    expect(inRussia([36.59, 50.6])).toBe(true);
    expect(inRussia([39.7, 47.24])).toBe(true);
  });

  it('keeps Ukraine inside the map box', () => {
    for (const ring of regionOutlines.ukraine)
      for (const point of projection.fromFrame(ring)) {
        expect(point.x).toBeGreaterThanOrEqual(0);
        expect(point.x).toBeLessThanOrEqual(584);
        expect(point.y).toBeGreaterThanOrEqual(0);
        expect(point.y).toBeLessThanOrEqual(404);
      }
  });
});

describe('hatching', () => {
  it('cuts its lines to the inside of the polygon', () => {
    const triangle = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 0, y: 100 },
    ];
    const segments = hatchSegments(triangle, 10, 45);
    expect(segments.length).toBeGreaterThan(5);
    for (const [x1, y1, x2, y2] of segments) {
      const middle = { x: (x1 + x2) / 2, y: (y1 + y2) / 2 };
      expect(inside(middle, triangle)).toBe(true);
    }
  });
});
