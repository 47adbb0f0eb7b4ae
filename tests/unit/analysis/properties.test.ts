// Every fast algorithm against its brute-force reference (reference.ts) on random small problems, plus the
// properties that tie the concepts together.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BargainingProblem,
  distanceToFrontier,
  idealPoint,
  isAcceptable,
  isParetoOptimal,
  kalaiPoint,
  nashPoint,
  packageUtilities,
  paretoFrontier,
  partySummary,
  zoneOfAgreement,
} from '../../../src/analysis';
import {
  euclideanDistance,
  everyPackage,
  naiveAcceptable,
  naiveUtilities,
  referenceFrontier,
  referenceIdeal,
  referenceKalai,
  referenceNash,
  referenceZone,
} from './reference';
import { smallProblems } from './problems';

const runs = { numRuns: 300 };

describe('against brute force on random small problems', () => {
  it('utilities and acceptability match the naïve definitions on every package', () => {
    fc.assert(
      fc.property(smallProblems(), (problem) => {
        for (const pkg of everyPackage(problem)) {
          expect(packageUtilities(problem, pkg)).toEqual(naiveUtilities(problem, pkg));
          expect(isAcceptable(problem, pkg)).toBe(naiveAcceptable(problem, pkg));
        }
      }),
      runs,
    );
  });

  it('the zone of agreement is exactly the acceptable packages, in order', () => {
    fc.assert(
      fc.property(smallProblems(), (problem) => {
        const zone = zoneOfAgreement(problem);
        const expected = referenceZone(problem);
        expect(zone.count).toBe(expected.length);
        expect(zone.packages.map((entry) => entry.package)).toEqual(expected);
        expect(zone.packages.map((entry) => entry.utilities)).toEqual(
          expected.map((pkg) => naiveUtilities(problem, pkg)),
        );
      }),
      runs,
    );
  });

  it('the Nash point has the largest product and the same package (tie-break included)', () => {
    fc.assert(
      fc.property(smallProblems(), (problem) => {
        const nash = nashPoint(problem);
        const expected = referenceNash(problem);
        if (expected === null) {
          expect(nash).toBeNull();
          return;
        }
        expect(nash?.product).toBe(expected.product);
        expect(nash?.package).toEqual(expected.package);
        expect(nash?.utilities).toEqual(naiveUtilities(problem, expected.package));
      }),
      runs,
    );
  });

  it('the Kalai point has the largest value and the same package, for both ideals', () => {
    fc.assert(
      fc.property(smallProblems(), fc.constantFrom('acceptable' as const, 'unvetoed' as const), (problem, ideal) => {
        const kalai = kalaiPoint(problem, { ideal });
        const expected = referenceKalai(problem, ideal);
        if (expected === null) {
          expect(kalai).toBeNull();
          return;
        }
        expect(kalai?.ideal).toEqual(expected.ideal);
        expect(kalai?.value).toBe(expected.value);
        expect(kalai?.package).toEqual(expected.package);
      }),
      runs,
    );
  });

  it('the ideal point is each party’s best utility over the chosen pool', () => {
    fc.assert(
      fc.property(smallProblems(), fc.constantFrom('acceptable' as const, 'unvetoed' as const), (problem, ideal) => {
        expect(idealPoint(problem, ideal)).toEqual(referenceIdeal(problem, ideal));
      }),
      runs,
    );
  });

  it('the Pareto frontier is the same set, and isParetoOptimal agrees on every package', () => {
    fc.assert(
      fc.property(smallProblems(), (problem) => {
        const frontier = paretoFrontier(problem);
        const expected = referenceFrontier(problem);
        expect(frontier.count).toBe(expected.length);
        expect(frontier.packages.map((entry) => entry.package)).toEqual(expected);
        const members = new Set(expected.map((pkg) => pkg.join(',')));
        for (const pkg of everyPackage(problem)) {
          expect(isParetoOptimal(problem, pkg)).toBe(members.has(pkg.join(',')));
        }
      }),
      runs,
    );
  });

  it('distanceToFrontier is 0 on the frontier and the nearest frontier distance everywhere', () => {
    fc.assert(
      fc.property(smallProblems(), (problem) => {
        const frontier = referenceFrontier(problem).map((pkg) => naiveUtilities(problem, pkg));
        for (const pkg of everyPackage(problem)) {
          const distance = distanceToFrontier(problem, pkg);
          if (frontier.length === 0) {
            expect(distance).toBeNull();
            continue;
          }
          const here = naiveUtilities(problem, pkg);
          const nearest = Math.min(...frontier.map((point) => euclideanDistance(here, point)));
          expect(distance).toBeCloseTo(nearest, 12);
          if (isParetoOptimal(problem, pkg)) expect(distance).toBe(0);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('how the concepts fit together', () => {
  it('a Nash point with a positive product is Pareto optimal, and both points are acceptable', () => {
    fc.assert(
      fc.property(smallProblems(), (problem) => {
        const nash = nashPoint(problem);
        const kalai = kalaiPoint(problem);
        expect(kalai === null).toBe(nash === null);
        if (nash === null || kalai === null) return;
        expect(naiveAcceptable(problem, nash.package)).toBe(true);
        expect(naiveAcceptable(problem, kalai.package)).toBe(true);
        if (nash.product > 0) expect(isParetoOptimal(problem, nash.package)).toBe(true);
      }),
      runs,
    );
  });

  it('no function mutates its input', () => {
    fc.assert(
      fc.property(smallProblems(), (problem: BargainingProblem) => {
        const before = structuredClone(problem);
        const pkg = everyPackage(problem)[0];
        nashPoint(problem);
        kalaiPoint(problem);
        kalaiPoint(problem, { ideal: 'unvetoed' });
        paretoFrontier(problem, { limit: 3 });
        zoneOfAgreement(problem, { limit: 3 });
        if (pkg !== undefined) {
          const pkgBefore = [...pkg];
          isParetoOptimal(problem, pkg);
          distanceToFrontier(problem, pkg);
          partySummary(problem, pkg);
          expect(pkg).toEqual(pkgBefore);
        }
        expect(problem).toEqual(before);
      }),
      { numRuns: 100 },
    );
  });
});
