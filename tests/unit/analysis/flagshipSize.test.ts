// The whole analysis on a problem the size of the flagship scenario (160,000 packages), built from a fixed seed.
// Correctness only: speed is measured outside the tests.
import { describe, expect, it } from 'vitest';
import {
  distanceToFrontier,
  isAcceptable,
  isParetoOptimal,
  kalaiPoint,
  nashPoint,
  nashProduct,
  packageUtilities,
  paretoFrontier,
  zoneOfAgreement,
} from '../../../src/analysis';
import { flagshipSizedProblem, lcg } from './problems';
import { naiveAcceptable, naiveUtilities, referenceNash, referenceZone } from './reference';

describe('a 160,000-package problem', () => {
  // Reservations of 0.4 and a 5% veto chance per option and party leave a zone of a few thousand packages.
  const problem = flagshipSizedProblem(42, 0.4, 0.05);
  const packageCount = problem.issues.reduce((count, issue) => count * issue.options.length, 1);

  it('has the flagship’s size', () => {
    expect(packageCount).toBe(160_000);
  });

  it('finds an acceptable Nash point that no package of a large random sample beats', () => {
    const nash = nashPoint(problem);
    expect(nash).not.toBeNull();
    if (nash === null) return;
    expect(isAcceptable(problem, nash.package)).toBe(true);
    const random = lcg(7);
    let acceptableInSample = 0;
    for (let k = 0; k < 20_000; k++) {
      const pkg = problem.issues.map((issue) => Math.floor(random() * issue.options.length));
      if (!naiveAcceptable(problem, pkg)) continue;
      acceptableInSample++;
      expect(nashProduct(naiveUtilities(problem, pkg), problem.reservation)).toBeLessThanOrEqual(nash.product);
    }
    expect(acceptableInSample).toBeGreaterThan(100); // the sample really tested something
  });

  it('agrees with the brute-force Nash search over all 160,000 packages', () => {
    const expected = referenceNash(problem);
    expect(nashPoint(problem)?.package).toEqual(expected?.package);
    expect(nashPoint(problem)?.product).toBe(expected?.product);
  });

  it('runs the rest of the pipeline consistently', () => {
    const zone = zoneOfAgreement(problem, { limit: 10 });
    expect(zone.count).toBe(referenceZone(problem).length);
    expect(zone.packages).toHaveLength(10);

    const nash = nashPoint(problem)!;
    const frontier = paretoFrontier(problem, { limit: 50 });
    expect(frontier.count).toBeGreaterThan(0);
    expect(frontier.count).toBeLessThanOrEqual(zone.count);
    expect(frontier.packages).toHaveLength(Math.min(50, frontier.count));
    for (const entry of frontier.packages) {
      expect(entry.utilities).toEqual(packageUtilities(problem, entry.package));
      expect(isParetoOptimal(problem, entry.package)).toBe(true);
    }
    // The Nash point (positive product) is on the frontier.
    expect(nash.product).toBeGreaterThan(0);
    expect(distanceToFrontier(problem, nash.package)).toBe(0);

    const kalai = kalaiPoint(problem);
    expect(kalai).not.toBeNull();
    expect(isAcceptable(problem, kalai!.package)).toBe(true);
    expect(kalai!.value).toBeGreaterThan(0);
    expect(kalai!.value).toBeLessThanOrEqual(1);
  });
});
