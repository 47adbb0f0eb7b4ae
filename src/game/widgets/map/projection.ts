// Longitude/latitude → screen, with the projection scripts/build-map.ts used for the outlines (equirectangular,
// scaled by the cosine of the standard parallel), so the scenario's own points land on the same map.
import type { RegionOutlines } from './regionOutlines';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Segment = readonly [number, number, number, number];

export interface Point {
  x: number;
  y: number;
}

export interface MapProjection {
  /** [lon, lat] in degrees → a point in the box. */
  project: (lonLat: readonly [number, number]) => Point;
  /** A frame ring (x0, y0, x1, y1, …) → points in the box. */
  fromFrame: (ring: readonly number[]) => Point[];
  scale: number;
}

const RADIANS = Math.PI / 180;

/** Fits the outlines' frame into `box`, centred and uniformly scaled. */
export function fitProjection(outlines: RegionOutlines, box: Box): MapProjection {
  const { frame, projection } = outlines;
  const scale = Math.min(box.width / frame.width, box.height / frame.height);
  const left = box.x + (box.width - frame.width * scale) / 2;
  const top = box.y + (box.height - frame.height * scale) / 2;
  const cosParallel = Math.cos(projection.standardParallel * RADIANS);
  const toBox = (fx: number, fy: number): Point => ({ x: left + fx * scale, y: top + fy * scale });
  return {
    scale,
    project: ([lon, lat]) =>
      toBox(
        projection.translateX + projection.scale * lon * RADIANS * cosParallel,
        projection.translateY - projection.scale * lat * RADIANS,
      ),
    fromFrame: (ring) => {
      const points: Point[] = [];
      for (let i = 0; i + 1 < ring.length; i += 2) points.push(toBox(ring[i]!, ring[i + 1]!));
      return points;
    },
  };
}
