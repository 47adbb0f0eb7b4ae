// The per-party debrief rows.
import { describe, expect, it } from 'vitest';
import { partySummary } from '../../../src/analysis';
import { tradeOff } from './problems';

describe('partySummary', () => {
  it('gives each party its utility, reservation, surplus and whether the deal crosses its red lines', () => {
    // [0, 1] gives X 0.8 and Y 0.35; Y vetoes option 1 of issue 1, which [0, 1] uses.
    const rows = partySummary(tradeOff([0.3, 0.1], [[1, 1, 1]]), [0, 1]);
    expect(rows.map((row) => row.party)).toEqual(['p0', 'p1']);
    expect(rows.map((row) => row.reservation)).toEqual([0.3, 0.1]);
    expect(rows[0]?.utility).toBeCloseTo(0.8, 12);
    expect(rows[0]?.surplus).toBeCloseTo(0.5, 12);
    expect(rows[1]?.utility).toBeCloseTo(0.35, 12);
    expect(rows[1]?.surplus).toBeCloseTo(0.25, 12);
    expect(rows.map((row) => row.vetoed)).toEqual([false, true]);
  });

  it('reports no utility and no surplus when there is no deal', () => {
    expect(partySummary(tradeOff([0.3, 0.1]), null)).toEqual([
      { party: 'p0', utility: null, reservation: 0.3, surplus: null, vetoed: false },
      { party: 'p1', utility: null, reservation: 0.1, surplus: null, vetoed: false },
    ]);
  });

  it('can show a negative surplus: a draft below a party’s reservation value', () => {
    const rows = partySummary(tradeOff([0.3, 0]), [1, 0]); // X gets 0.1
    expect(rows[0]?.surplus).toBeCloseTo(-0.2, 12);
  });
});
