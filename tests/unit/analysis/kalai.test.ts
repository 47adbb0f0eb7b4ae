// The Kalai point on problems solved by hand (the tables are in problems.ts), with both readings of the ideal.
import { describe, expect, it } from 'vitest';
import { idealPoint, kalaiPoint, nashPoint } from '../../../src/analysis';
import { mirrored, oneDominated, tradeOff } from './problems';

describe('kalaiPoint', () => {
  it('maximises the smallest share of the way to the ideal, which here is not the Nash point', () => {
    // Reservations 0, ideal (0.8, 0.9). Shares: [0, 0] min(.5/.8, .5/.9) = 5/9; [0, 1] min(1, .35/.9) = .389;
    // [1, 0] min(.1/.8, 1) = .125; [1, 1] min(.4/.8, .75/.9) = .5. Kalai is [0, 0]; Nash is [1, 1].
    const kalai = kalaiPoint(tradeOff());
    expect(kalai?.package).toEqual([0, 0]);
    expect(kalai?.value).toBeCloseTo(5 / 9, 12);
    expect(kalai?.ideal[0]).toBeCloseTo(0.8, 12);
    expect(kalai?.ideal[1]).toBeCloseTo(0.9, 12);
    expect(nashPoint(tradeOff())?.package).not.toEqual(kalai?.package);
  });

  it('takes the ideal over acceptable packages by default, and over unvetoed ones on request', () => {
    // X's reservation 0.3 rules out [1, 0], the only package giving Y 0.9.
    // Acceptable ideal (0.8, 0.75): [0, 0] min(.2/.5, .5/.75) = .4; [0, 1] min(1, .35/.75) = 7/15; [1, 1] .2.
    // Unvetoed ideal (0.8, 0.9): [0, 0] min(.4, .5/.9) = .4; [0, 1] min(1, .35/.9) = .389; [1, 1] .2.
    const problem = tradeOff([0.3, 0]);
    const textbook = kalaiPoint(problem);
    expect(textbook?.package).toEqual([0, 1]);
    expect(textbook?.value).toBeCloseTo(7 / 15, 12);
    expect(textbook?.ideal[1]).toBeCloseTo(0.75, 12);
    const unvetoed = kalaiPoint(problem, { ideal: 'unvetoed' });
    expect(unvetoed?.package).toEqual([0, 0]);
    expect(unvetoed?.value).toBeCloseTo(0.4, 12);
    expect(unvetoed?.ideal[1]).toBeCloseTo(0.9, 12);
  });

  it('respects vetoes in the ideal too', () => {
    // Y vetoes option 0 of issue 0: only [1, 0] (0.1, 0.9) and [1, 1] (0.4, 0.75) remain, for either ideal.
    const problem = tradeOff([0, 0], [[1, 0, 0]]);
    expect(idealPoint(problem, 'unvetoed')?.map((u) => +u.toFixed(12))).toEqual([0.4, 0.9]);
    expect(idealPoint(problem)?.map((u) => +u.toFixed(12))).toEqual([0.4, 0.9]);
    // Shares: [1, 0] min(.1/.4, 1) = .25; [1, 1] min(1, .75/.9) = .833.
    expect(kalaiPoint(problem)?.package).toEqual([1, 1]);
  });

  it('breaks an exact tie by the lexicographically smallest package', () => {
    expect(kalaiPoint(mirrored())?.package).toEqual([0, 0]);
    expect(kalaiPoint(mirrored(), { ideal: 'unvetoed' })?.package).toEqual([0, 0]);
  });

  it('counts a party with nothing to gain as having reached its ideal', () => {
    // Only [0, 0] is acceptable and it gives both parties exactly their reservation value = their ideal.
    expect(kalaiPoint(oneDominated([0.625, 0.625]))).toEqual({
      package: [0, 0],
      utilities: [0.625, 0.625],
      value: 1,
      ideal: [0.625, 0.625],
    });
  });

  it('returns null when the zone of agreement is empty, whichever ideal', () => {
    expect(kalaiPoint(tradeOff([0.9, 0.95]))).toBeNull();
    expect(kalaiPoint(tradeOff([0.9, 0.95]), { ideal: 'unvetoed' })).toBeNull();
    expect(idealPoint(tradeOff([0.9, 0.95]))).toBeNull();
    expect(idealPoint(tradeOff([0.9, 0.95]), 'unvetoed')).not.toBeNull();
  });
});
