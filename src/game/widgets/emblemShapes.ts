// Outlines for the emblems a scenario may put on a flag, in a unit box (-1..1) so they draw at any size.
// Stylised on purpose: recognisable at 20 px on a projector, and clearly the game's own drawing.

export type Point = readonly [number, number];

/** A five-pointed star (or any n-pointed), pointing up. */
export function starOutline(points = 5, innerRatio = 0.45): Point[] {
  const outline: Point[] = [];
  for (let index = 0; index < points * 2; index++) {
    const radius = index % 2 === 0 ? 1 : innerRatio;
    const angle = -Math.PI / 2 + (index * Math.PI) / points;
    outline.push([Math.cos(angle) * radius, Math.sin(angle) * radius]);
  }
  return outline;
}

/** Mirrors a right half (listed top to bottom, x ≥ 0) into a whole outline. */
function mirrored(rightHalf: Point[]): Point[] {
  const leftHalf = [...rightHalf].reverse().map(([x, y]): Point => [-x, y]);
  return [...rightHalf, ...leftHalf];
}

export const mapleLeafOutline: Point[] = mirrored([
  [0, -1],
  [0.14, -0.74],
  [0.34, -0.82],
  [0.26, -0.34],
  [0.55, -0.58],
  [0.62, -0.44],
  [0.88, -0.5],
  [0.78, -0.22],
  [0.96, -0.12],
  [0.56, 0.2],
  [0.62, 0.4],
  [0.08, 0.32],
  [0.08, 0.8],
]);

export const eagleOutline: Point[] = mirrored([
  [0, -0.92],
  [0.14, -0.8],
  [0.1, -0.56],
  [0.34, -0.58],
  [0.66, -0.8],
  [0.96, -0.62],
  [0.8, -0.42],
  [0.94, -0.3],
  [0.72, -0.14],
  [0.82, 0.02],
  [0.46, 0.04],
  [0.24, 0.2],
  [0.38, 0.52],
  [0.5, 0.84],
  [0.16, 0.66],
  [0, 0.9],
]);

/** The four long points of a compass rose. */
export const compassOutline: Point[] = starOutline(4, 0.22);
