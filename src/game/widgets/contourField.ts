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
  // An index loop without destructuring: this runs for every grid point, mostly before the engine has optimised
  // it, and there an iterator costs more than the arithmetic.
  for (let index = 0; index < hills.length; index++) {
    const hill = hills[index];
    if (hill === undefined) continue;
    const spread = hill[2];
    const distanceSquared = (x - hill[0]) ** 2 + (y - hill[1]) ** 2;
    height += hill[3] * Math.exp(-distanceSquared / (2 * spread * spread));
  }
  return height;
}

/** `heightAt` sampled on a grid of `step` pixels, ready to be contoured at any number of levels. */
export interface HeightGrid {
  step: number;
  columns: number;
  rows: number;
  /** (rows + 1) × (columns + 1) heights, row by row. */
  heights: Float64Array;
}

export function sampleHeights(width: number, height: number, step: number): HeightGrid {
  const columns = Math.ceil(width / step);
  const rows = Math.ceil(height / step);
  const heights = new Float64Array((rows + 1) * (columns + 1));
  for (let row = 0, at = 0; row <= rows; row++) {
    for (let column = 0; column <= columns; column++) heights[at++] = heightAt(column * step, row * step);
  }
  return { step, columns, rows, heights };
}

/** Contour segments of `heightAt` at `level`, sampled on a grid of `step` pixels. */
export function contourSegments(width: number, height: number, step: number, level: number): ContourSegment[] {
  return contourLevels(sampleHeights(width, height, step), [level])[0] ?? [];
}

/**
 * The contour segments of a sampled grid at each of `levels` (one list per level, in the same order), found in one
 * pass over the cells: a cell is traced only for the levels that pass through it, which is a few of them at most.
 */
export function contourLevels(grid: HeightGrid, levels: readonly number[]): ContourSegment[][] {
  const { step, columns, rows, heights } = grid;
  const stride = columns + 1;
  const segmentsByLevel = levels.map((): ContourSegment[] => []);
  // Where a level crosses the edges of one cell: up to four points, as x, y pairs.
  const crossings = new Float64Array(8);
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const at = row * stride + column;
      const topLeft = heights[at] ?? 0;
      const topRight = heights[at + 1] ?? 0;
      const bottomRight = heights[at + stride + 1] ?? 0;
      const bottomLeft = heights[at + stride] ?? 0;
      const lowest = Math.min(topLeft, topRight, bottomRight, bottomLeft);
      const highest = Math.max(topLeft, topRight, bottomRight, bottomLeft);
      const x = column * step;
      const y = row * step;
      for (let index = 0; index < levels.length; index++) {
        const level = levels[index] ?? 0;
        // A level passes through the cell exactly when its corners are not all on one side of it.
        if (!(lowest < level) || highest < level) continue;
        let count = crossing(crossings, 0, level, topLeft, topRight, x, y, x + step, y);
        count = crossing(crossings, count, level, topRight, bottomRight, x + step, y, x + step, y + step);
        count = crossing(crossings, count, level, bottomRight, bottomLeft, x + step, y + step, x, y + step);
        count = crossing(crossings, count, level, bottomLeft, topLeft, x, y + step, x, y);
        // Two crossings: one segment. Four (a saddle): pair them in order, which is good enough for art.
        const segments = segmentsByLevel[index];
        for (let point = 0; point + 3 < count && segments; point += 4) {
          segments.push({
            x1: crossings[point] ?? 0,
            y1: crossings[point + 1] ?? 0,
            x2: crossings[point + 2] ?? 0,
            y2: crossings[point + 3] ?? 0,
          });
        }
      }
    }
  }
  return segmentsByLevel;
}

/**
 * If the level crosses the edge from (ax, ay) at height a to (bx, by) at height b, writes where (by linear
 * interpolation) at `count` and returns the new count; otherwise returns `count`.
 */
function crossing(
  into: Float64Array,
  count: number,
  level: number,
  a: number,
  b: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number {
  if (a < level === b < level) return count;
  const t = (level - a) / (b - a);
  into[count] = ax + (bx - ax) * t;
  into[count + 1] = ay + (by - ay) * t;
  return count + 2;
}
