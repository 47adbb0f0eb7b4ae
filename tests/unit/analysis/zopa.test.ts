// The zone of agreement on a problem solved by hand (table in problems.ts).
import { describe, expect, it } from 'vitest';
import { zoneOfAgreement } from '../../../src/analysis';
import { tradeOff } from './problems';

describe('zoneOfAgreement', () => {
  it('lists the packages every party accepts, in lexicographic order', () => {
    // X at 0.3 rules out [1, 0] (X gets 0.1).
    const zone = zoneOfAgreement(tradeOff([0.3, 0]));
    expect(zone.count).toBe(3);
    expect(zone.packages.map((entry) => entry.package)).toEqual([
      [0, 0],
      [0, 1],
      [1, 1],
    ]);
    expect(zone.packages[1]?.utilities[0]).toBeCloseTo(0.8, 12);
  });

  it('leaves out every package with a vetoed option', () => {
    // Y vetoes option 1 of issue 1, X vetoes option 1 of issue 0: only [0, 0] is left.
    const zone = zoneOfAgreement(
      tradeOff(
        [0, 0],
        [
          [1, 1, 1],
          [0, 0, 1],
        ],
      ),
    );
    expect(zone.packages.map((entry) => entry.package)).toEqual([[0, 0]]);
  });

  it('caps the list with limit and still counts every package', () => {
    const zone = zoneOfAgreement(tradeOff(), { limit: 1 });
    expect(zone.count).toBe(4);
    expect(zone.packages.map((entry) => entry.package)).toEqual([[0, 0]]);
  });

  it('is empty when some party cannot reach its reservation value', () => {
    expect(zoneOfAgreement(tradeOff([0, 0.95]))).toEqual({ count: 0, packages: [] });
  });
});
