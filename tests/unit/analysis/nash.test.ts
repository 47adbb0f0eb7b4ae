// The Nash point on problems solved by hand (the tables are in problems.ts).
import { describe, expect, it } from 'vitest';
import { nashPoint } from '../../../src/analysis';
import { flagshipSizedProblem, mirrored, oneDominated, tradeOff } from './problems';

describe('nashPoint', () => {
  it('maximises the product of gains: with reservations 0 the products are .25, .28, .09, .30, so [1, 1]', () => {
    const nash = nashPoint(tradeOff());
    expect(nash?.package).toEqual([1, 1]);
    expect(nash?.product).toBeCloseTo(0.4 * 0.75, 12);
    expect(nash?.utilities[0]).toBeCloseTo(0.4, 12);
    expect(nash?.utilities[1]).toBeCloseTo(0.75, 12);
  });

  it('measures gains from the reservation values: with X at 0.3, [1, 0] is out and the products are .1, .175, .075', () => {
    // [0, 0]: (0.5 − 0.3)·0.5 = 0.1; [0, 1]: (0.8 − 0.3)·0.35 = 0.175; [1, 1]: (0.4 − 0.3)·0.75 = 0.075.
    const nash = nashPoint(tradeOff([0.3, 0]));
    expect(nash?.package).toEqual([0, 1]);
    expect(nash?.product).toBeCloseTo(0.175, 12);
  });

  it('never picks a vetoed option: with Y vetoing option 1 of issue 1, [0, 0] (0.25) beats [1, 0] (0.09)', () => {
    const nash = nashPoint(tradeOff([0, 0], [[1, 1, 1]]));
    expect(nash?.package).toEqual([0, 0]);
    expect(nash?.product).toBeCloseTo(0.25, 12);
  });

  it('breaks an exact tie by the lexicographically smallest package', () => {
    // [0, 0] and [1, 1] both give (0.5, 0.5): product 0.25, the best.
    expect(nashPoint(mirrored())?.package).toEqual([0, 0]);
  });

  it('returns a package whose product is 0 when it is the only acceptable one', () => {
    // Reservations equal to [0, 0]'s utilities exclude every other package; [0, 0] is still an agreement.
    const nash = nashPoint(oneDominated([0.625, 0.625]));
    expect(nash).toEqual({ package: [0, 0], utilities: [0.625, 0.625], product: 0 });
  });

  it('returns null when the zone of agreement is empty', () => {
    expect(nashPoint(tradeOff([0.9, 0.95]))).toBeNull(); // X never gets more than 0.8
    expect(
      nashPoint(
        tradeOff(
          [0, 0],
          [
            [0, 1, 0],
            [1, 1, 1],
          ],
        ),
      ),
    ).toBeNull(); // every option of issue 1 vetoed
  });
});

describe('nashPoint within a budget', () => {
  it('is exact on a problem the size of the flagship, and says so by saying nothing', () => {
    const exact = nashPoint(flagshipSizedProblem(11, 0.2, 0.05));
    expect(exact).not.toBeNull();
    expect(exact?.approximate).toBeUndefined();
  });

  it('stops at its budget with the best acceptable package found so far, marked approximate', () => {
    const problem = flagshipSizedProblem(11, 0.2, 0.05);
    const exact = nashPoint(problem);
    const cut = nashPoint(problem, 50);
    expect(cut?.approximate).toBe(true);
    expect(cut?.package).toHaveLength(problem.issues.length);
    expect(cut?.utilities.every((utility, p) => utility >= (problem.reservation[p] ?? 0))).toBe(true);
    expect(cut?.product ?? Infinity).toBeLessThanOrEqual(exact?.product ?? 0);
  });
});
