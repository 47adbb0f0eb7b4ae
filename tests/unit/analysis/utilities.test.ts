// Package utilities, acceptability, and the per-issue facts the searches prune with.
import { describe, expect, it } from 'vitest';
import {
  assertValidPackage,
  assertWellFormedProblem,
  bestRemainingUtility,
  crossesRedLine,
  isAcceptable,
  isVetoed,
  openOptions,
  packageUtilities,
} from '../../../src/analysis';
import { oneDominated, tradeOff } from './problems';

describe('packageUtilities', () => {
  it('sums each party’s contribution of the chosen options (the table in problems.ts)', () => {
    const problem = tradeOff();
    const table: [number[], number, number][] = [
      [[0, 0], 0.5, 0.5],
      [[0, 1], 0.8, 0.35],
      [[1, 0], 0.1, 0.9],
      [[1, 1], 0.4, 0.75],
    ];
    for (const [pkg, x, y] of table) {
      const [ux, uy] = packageUtilities(problem, pkg);
      expect(ux).toBeCloseTo(x, 12);
      expect(uy).toBeCloseTo(y, 12);
    }
  });

  it('rejects a package of the wrong length or with an option that does not exist, naming it', () => {
    const problem = tradeOff();
    expect(() => packageUtilities(problem, [0])).toThrow('package has 1 choices but the problem has 2 issues');
    expect(() => packageUtilities(problem, [0, 2])).toThrow('package[1] = 2 is not an option of issue "i1" (0..1)');
    expect(() => assertValidPackage(problem, [0.5, 0])).toThrow(RangeError);
    expect(() => assertValidPackage(problem, [1, 1])).not.toThrow();
  });
});

describe('isAcceptable', () => {
  it('requires every party to reach its reservation value', () => {
    const problem = tradeOff([0.3, 0]);
    expect(isAcceptable(problem, [0, 0])).toBe(true);
    expect(isAcceptable(problem, [1, 0])).toBe(false); // X gets 0.1 < 0.3
  });

  it('accepts a package that gives a party exactly its reservation value', () => {
    expect(isAcceptable(oneDominated([0.625, 0.625]), [0, 0])).toBe(true);
    expect(isAcceptable(oneDominated([0.625, 0.626]), [0, 0])).toBe(false);
  });

  it('refuses a package that crosses any party’s red line, however good it is', () => {
    const problem = tradeOff([0, 0], [[1, 1, 1]]); // Y vetoes option 1 of issue 1
    expect(crossesRedLine(problem, 1, [0, 1])).toBe(true);
    expect(crossesRedLine(problem, 0, [0, 1])).toBe(false);
    expect(isVetoed(problem, [1, 1])).toBe(true);
    expect(isAcceptable(problem, [0, 1])).toBe(false);
    expect(isAcceptable(problem, [0, 0])).toBe(true);
  });
});

describe('pruning facts', () => {
  it('lists the options nobody vetoes and the best each party can still add from each issue on', () => {
    const problem = tradeOff([0, 0], [[1, 1, 1]]);
    expect(openOptions(problem)).toEqual([[0, 1], [0]]);
    const remaining = bestRemainingUtility(problem);
    expect(remaining).toHaveLength(3);
    // Issue 1 has only option 0 open: X 0.1, Y 0.5. Issue 0: X's best is 0.4, Y's 0.4.
    expect(remaining[2]).toEqual([0, 0]);
    expect(remaining[1]![0]).toBeCloseTo(0.1, 12);
    expect(remaining[1]![1]).toBeCloseTo(0.5, 12);
    expect(remaining[0]![0]).toBeCloseTo(0.5, 12);
    expect(remaining[0]![1]).toBeCloseTo(0.9, 12);
  });
});

describe('assertWellFormedProblem', () => {
  it('names the array whose shape does not match the issues and parties', () => {
    const problem = tradeOff();
    expect(() => assertWellFormedProblem(problem)).not.toThrow();
    expect(() => assertWellFormedProblem({ ...problem, reservation: [0] })).toThrow(
      'reservation has 1 entries but 2 were expected',
    );
    const shortRow = { ...problem, contribution: [problem.contribution[0]!, [[0, 0.4], [0.5]]] };
    expect(() => assertWellFormedProblem(shortRow)).toThrow('contribution[1][1] has 1 entries but 2 were expected');
  });
});
