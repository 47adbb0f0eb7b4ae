// A made-up landscape for the backdrop: a smooth height field and its contour lines (marching squares), like the
// relief lines of a staff map spread under the table. Deterministic, so every load and screenshot looks the same.

export interface ContourSegment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const hills: readonly (readonly [x: number, y: number, spread: number, height: number])[] = [
  [180, 620, 260, 1.1],
  [520, 180, 210, 0.8],
  [980, 520, 320, 1.25],
  [1220, 140, 230, 0.7],
  [760, 760, 200, 0.6],
  [60, 120, 180, 0.55],
];

export function heightAt(x: number, y: number): number {
  let height = 0.18 * Math.sin(x / 170 + y / 260) + 0.12 * Math.sin(y / 95 - x / 330);
  for (const [hillX, hillY, spread, peak] of hills) {
    const distanceSquared = (x - hillX) ** 2 + (y - hillY) ** 2;
    height += peak * Math.exp(-distanceSquared / (2 * spread * spread));
  }
  return height;
}

/** Contour segments of `heightAt` at `level`, sampled on a grid of `step` pixels. */
export function contourSegments(width: number, height: number, step: number, level: number): ContourSegment[] {
  const columns = Math.ceil(width / step);
  const rows = Math.ceil(height / step);
  const sample: number[][] = [];
  for (let row = 0; row <= rows; row++) {
    const line: number[] = [];
    for (let column = 0; column <= columns; column++) line.push(heightAt(column * step, row * step));
    sample.push(line);
  }
  const segments: ContourSegment[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const topLeft = sample[row]?.[column] ?? 0;
      const topRight = sample[row]?.[column + 1] ?? 0;
      const bottomRight = sample[row + 1]?.[column + 1] ?? 0;
      const bottomLeft = sample[row + 1]?.[column] ?? 0;
      const x = column * step;
      const y = row * step;
      // Where the level crosses each edge of the cell, by linear interpolation.
      const crossings: [number, number][] = [];
      const edge = (a: number, b: number, ax: number, ay: number, bx: number, by: number) => {
        if (a < level === b < level) return;
        const t = (level - a) / (b - a);
        crossings.push([ax + (bx - ax) * t, ay + (by - ay) * t]);
      };
      edge(topLeft, topRight, x, y, x + step, y);
      edge(topRight, bottomRight, x + step, y, x + step, y + step);
      edge(bottomRight, bottomLeft, x + step, y + step, x, y + step);
      edge(bottomLeft, topLeft, x, y + step, x, y);
      // Two crossings: one segment. Four (a saddle): pair them in order, which is good enough for art.
      for (let index = 0; index + 1 < crossings.length; index += 2) {
        const from = crossings[index];
        const to = crossings[index + 1];
        if (from && to) segments.push({ x1: from[0], y1: from[1], x2: to[0], y2: to[1] });
      }
    }
  }
  return segments;
}
