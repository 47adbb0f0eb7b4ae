// The Pareto frontier of the acceptable packages, on problems solved by hand (tables in problems.ts).
import { describe, expect, it } from 'vitest';
import { isParetoOptimal, paretoFrontier } from '../../../src/analysis';
import { handMade, mirrored, oneDominated, tradeOff } from './problems';

describe('paretoFrontier', () => {
  it('drops the dominated package: [1, 1] (0.5, 0.5) is beaten by [0, 0] (0.625, 0.625)', () => {
    const frontier = paretoFrontier(oneDominated());
    expect(frontier.count).toBe(3);
    expect(frontier.packages).toEqual([
      { package: [0, 0], utilities: [0.625, 0.625] },
      { package: [0, 1], utilities: [0.875, 0.25] },
      { package: [1, 0], utilities: [0.25, 0.875] },
    ]);
  });

  it('only lets acceptable packages dominate: when X vetoes option 0 of issue 0, [1, 1] is on the frontier', () => {
    const frontier = paretoFrontier(oneDominated([0, 0], [[0, 0, 0]]));
    expect(frontier.packages.map((entry) => entry.package)).toEqual([
      [1, 0],
      [1, 1],
    ]);
  });

  it('keeps only acceptable packages: with Y at 0.3, [0, 1] is out and the frontier is [0, 0], [1, 0]', () => {
    // Acceptable with Y ≥ 0.3: [0, 0] (.625, .625), [1, 0] (.25, .875), [1, 1] (.5, .5); [1, 1] is dominated.
    const frontier = paretoFrontier(oneDominated([0, 0.3]));
    expect(frontier.packages.map((entry) => entry.package)).toEqual([
      [0, 0],
      [1, 0],
    ]);
  });

  it('keeps every package of an equal pair: neither dominates the other', () => {
    // mirrored: [0, 0] and [1, 1] both (0.5, 0.5); [0, 1] (1, 0) and [1, 0] (0, 1). None dominates another.
    expect(paretoFrontier(mirrored()).count).toBe(4);
    expect(paretoFrontier(tradeOff()).count).toBe(4);
  });

  it('keeps packages whose utilities round to the same value, though one prefix was ahead (found by fast-check)', () => {
    // Issue 0 gives 0 or 2⁻⁶⁰, issue 1 gives 0.5: 2⁻⁶⁰ + 0.5 rounds to 0.5, so [0, 0] and [1, 0] are equal and both
    // on the frontier, although after issue 0 alone [1] was strictly ahead of [0].
    const problem = handMade([[[0, 2 ** -60], [0.5]]], [0]);
    expect(paretoFrontier(problem).packages).toEqual([
      { package: [0, 0], utilities: [0.5] },
      { package: [1, 0], utilities: [0.5] },
    ]);
  });

  it('caps the list with limit but still reports the full count', () => {
    const frontier = paretoFrontier(oneDominated(), { limit: 2 });
    expect(frontier.count).toBe(3);
    expect(frontier.packages.map((entry) => entry.package)).toEqual([
      [0, 0],
      [0, 1],
    ]);
    expect(paretoFrontier(oneDominated(), { limit: 0 }).packages).toEqual([]);
  });

  it('is empty when nothing is acceptable', () => {
    expect(paretoFrontier(oneDominated([0.9, 0.9]))).toEqual({ count: 0, packages: [] });
  });
});

describe('isParetoOptimal', () => {
  it('agrees with the hand-worked frontier', () => {
    const problem = oneDominated();
    expect(isParetoOptimal(problem, [0, 0])).toBe(true);
    expect(isParetoOptimal(problem, [0, 1])).toBe(true);
    expect(isParetoOptimal(problem, [1, 0])).toBe(true);
    expect(isParetoOptimal(problem, [1, 1])).toBe(false);
  });

  it('is false for a package that is not acceptable, even if nothing dominates it', () => {
    expect(isParetoOptimal(oneDominated([0, 0], [[1, 1, 1]]), [0, 1])).toBe(false);
    expect(isParetoOptimal(oneDominated([0.3, 0]), [1, 0])).toBe(false);
  });
});
