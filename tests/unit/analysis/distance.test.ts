// Distances in utility space, on the exact (eighths) problem of problems.ts.
import { describe, expect, it } from 'vitest';
import { distanceToFrontier, distanceToPoint } from '../../../src/analysis';
import { oneDominated, tradeOff } from './problems';

describe('distanceToPoint', () => {
  it('is the Euclidean distance between the two utility vectors', () => {
    // [0, 1] (0.875, 0.25) to [1, 0] (0.25, 0.875): both coordinates differ by 0.625.
    expect(distanceToPoint(oneDominated(), [0, 1], [1, 0])).toBeCloseTo(0.625 * Math.SQRT2, 12);
    // tradeOff [0, 0] (0.5, 0.5) to [0, 1] (0.8, 0.35): a 0.3, 0.15 right triangle.
    expect(distanceToPoint(tradeOff(), [0, 0], [0, 1])).toBeCloseTo(Math.hypot(0.3, 0.15), 12);
    expect(distanceToPoint(tradeOff(), [1, 1], [1, 1])).toBe(0);
  });
});

describe('distanceToFrontier', () => {
  it('is 0 on the frontier and the distance to the nearest frontier package off it', () => {
    const problem = oneDominated();
    expect(distanceToFrontier(problem, [0, 0])).toBe(0);
    expect(distanceToFrontier(problem, [0, 1])).toBe(0);
    // [1, 1] (0.5, 0.5): nearest is [0, 0] (0.625, 0.625) at 0.125·√2; [0, 1] is at √(0.375² + 0.25²).
    expect(distanceToFrontier(problem, [1, 1])).toBeCloseTo(0.125 * Math.SQRT2, 12);
  });

  it('measures an unacceptable package against the frontier of acceptable ones', () => {
    // Y at 0.3 leaves the frontier {[0, 0], [1, 0]}; [0, 1] (0.875, 0.25) is nearest to [0, 0]: √(.25² + .375²).
    expect(distanceToFrontier(oneDominated([0, 0.3]), [0, 1])).toBeCloseTo(Math.hypot(0.25, 0.375), 12);
  });

  it('is null when there is no frontier to measure against', () => {
    expect(distanceToFrontier(oneDominated([0.9, 0.9]), [0, 0])).toBeNull();
  });
});
