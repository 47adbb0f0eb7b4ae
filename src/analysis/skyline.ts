// Which points of a set no other point dominates (at least as large in every coordinate, larger in one): the
// "skyline". Sort-filter-skyline: sort by coordinate sum, descending (ties: coordinates lexicographically
// descending), so a point can only be dominated by one sorted before it; then one pass compares each point with the
// skyline found so far, and a point that joins it stays. Strong points come first, so a dominated point usually
// meets its dominator within a few comparisons. Equal points do not dominate each other: all copies are kept.

/**
 * Indexes (ascending) of the points not dominated by another. points[k * dimension + d] is coordinate d of point k.
 * With a `margin`, a point only counts as dominated if its dominator is larger by more than the margin in some
 * coordinate (see pareto.ts for why); the margin relation is transitive too, so the single pass stays exact.
 */
export function skylineIndexes(points: Float64Array, count: number, dimension: number, margin = 0): number[] {
  const sums = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    let sum = 0;
    for (let d = 0; d < dimension; d++) sum += points[k * dimension + d]!;
    sums[k] = sum;
  }
  // If a dominates b, a's sum is at least b's (rounded addition is monotone) and, when the sums are equal, a is
  // lexicographically larger, so a always sorts first. The final index tie-break makes the order total.
  const order = Array.from({ length: count }, (_unused, k) => k);
  order.sort((a, b) => {
    if (sums[a] !== sums[b]) return sums[b]! - sums[a]!;
    for (let d = 0; d < dimension; d++) {
      const difference = points[b * dimension + d]! - points[a * dimension + d]!;
      if (difference !== 0) return difference;
    }
    return a - b;
  });

  const kept: number[] = [];
  const keptPoints = new Float64Array(count * dimension);
  const candidate = new Float64Array(dimension);
  let previous = -1;
  let previousKept = false;
  for (const k of order) {
    // Equal points are adjacent in the order and share a verdict.
    let isKept: boolean;
    if (previous >= 0 && samePoint(points, previous, k, dimension)) {
      isKept = previousKept;
    } else {
      // The hot loop (inlined dominance test): most skyline points fall behind in the first coordinate or two.
      for (let d = 0; d < dimension; d++) candidate[d] = points[k * dimension + d]!;
      isKept = true;
      for (let s = 0, offset = 0; s < kept.length && isKept; s++, offset += dimension) {
        let larger = false;
        let d = 0;
        for (; d < dimension; d++) {
          const mine = keptPoints[offset + d]!;
          const theirs = candidate[d]!;
          if (mine < theirs) break;
          if (mine > theirs + margin) larger = true;
        }
        if (d === dimension && larger) isKept = false;
      }
    }
    if (isKept) {
      for (let d = 0; d < dimension; d++) keptPoints[kept.length * dimension + d] = points[k * dimension + d]!;
      kept.push(k);
    }
    previous = k;
    previousKept = isKept;
  }
  return kept.sort((a, b) => a - b);
}

/**
 * a (from offset a0) dominates b (from offset b0): at least as large in every coordinate and larger (by more than
 * `margin`) in one.
 */
export function dominates(
  a: ArrayLike<number>,
  a0: number,
  b: ArrayLike<number>,
  b0: number,
  dimension: number,
  margin = 0,
): boolean {
  let larger = false;
  for (let d = 0; d < dimension; d++) {
    const mine = a[a0 + d]!;
    const theirs = b[b0 + d]!;
    if (mine < theirs) return false;
    if (mine > theirs + margin) larger = true;
  }
  return larger;
}

function samePoint(points: Float64Array, a: number, b: number, dimension: number): boolean {
  for (let d = 0; d < dimension; d++) if (points[a * dimension + d] !== points[b * dimension + d]) return false;
  return true;
}
