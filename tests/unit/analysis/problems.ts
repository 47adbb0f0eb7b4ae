// Problems for the analysis tests: a compact builder for hand-made ones, a fast-check arbitrary for small random
// ones (with ties and vetoes on purpose), and a seeded generator for one of the flagship's size.
import fc from 'fast-check';
import type { BargainingProblem } from '../../../src/analysis/problem';

/**
 * A problem from contribution[p][i][o] alone: parties are named p0, p1, …, issues i0, i1, … and options o0, o1, …
 * `vetoes` lists [party, issue, option] triples.
 */
export function handMade(
  contribution: number[][][],
  reservation: number[],
  vetoes: [number, number, number][] = [],
): BargainingProblem {
  const first = contribution[0] ?? [];
  return {
    parties: contribution.map((_rows, p) => `p${p}`),
    issues: first.map((options, i) => ({ id: `i${i}`, options: options.map((_value, o) => `o${o}`) })),
    contribution,
    reservation,
    vetoed: contribution.map((rows, p) =>
      rows.map((options, i) =>
        options.map((_value, o) => vetoes.some(([vp, vi, vo]) => vp === p && vi === i && vo === o)),
      ),
    ),
  };
}

const exactly = <T>(arbitrary: fc.Arbitrary<T>, length: number) =>
  fc.array(arbitrary, { minLength: length, maxLength: length });

/**
 * Up to 4 parties, 0–4 issues of 1–4 options. Half the contributions come from a coarse grid of sixteenths, so
 * ties (equal products, equal utility vectors) are common; the rest are arbitrary doubles. Each option is vetoed by a
 * party with probability 1/8, and reservations range from 0 to demanding, so the zone is sometimes empty.
 */
export function smallProblems(
  sizes: { maxParties?: number; maxIssues?: number; maxOptions?: number } = {},
): fc.Arbitrary<BargainingProblem> {
  const { maxParties = 4, maxIssues = 4, maxOptions = 4 } = sizes;
  return fc
    .record({
      partyCount: fc.integer({ min: 1, max: maxParties }),
      optionCounts: fc.array(fc.integer({ min: 1, max: maxOptions }), { minLength: 0, maxLength: maxIssues }),
    })
    .chain(({ partyCount, optionCounts }) => {
      const share = 1 / Math.max(optionCounts.length, 1);
      const contributionValue = fc.oneof(
        fc.integer({ min: 0, max: 4 }).map((k) => (k / 4) * share),
        fc.double({ min: 0, max: share, noNaN: true, noDefaultInfinity: true }),
      );
      const reservationValue = fc.oneof(
        fc.constant(0),
        fc.integer({ min: 0, max: 12 }).map((k) => k / 16),
        fc.double({ min: 0, max: 0.8, noNaN: true, noDefaultInfinity: true }),
      );
      const perIssue = <T>(arbitrary: fc.Arbitrary<T>) =>
        fc.tuple(...optionCounts.map((count) => exactly(arbitrary, count)));
      return fc.record({
        contribution: exactly(perIssue(contributionValue), partyCount),
        reservation: exactly(reservationValue, partyCount),
        vetoed: exactly(perIssue(fc.integer({ min: 0, max: 7 }).map((k) => k === 0)), partyCount),
      });
    })
    .map(({ contribution, reservation, vetoed }) => ({ ...handMade(contribution, reservation), vetoed }));
}

/** A tiny linear congruential generator, so a large problem is the same on every run without fast-check. */
export function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * A random problem the size of the flagship: 5 signatories, 8 issues with 5, 5, 4, 5, 5, 4, 4, 4 options (160,000
 * packages). Each party spreads weights over the issues (summing to 1) and values each option in [0, 1], as the
 * scenario model does; each option is vetoed by a party with probability `vetoChance`.
 */
export function flagshipSizedProblem(seed: number, reservation: number, vetoChance: number): BargainingProblem {
  const random = lcg(seed);
  const optionCounts = [5, 5, 4, 5, 5, 4, 4, 4];
  const parties = ['ukraine', 'france', 'united-states', 'united-kingdom', 'russia'];
  const contribution = parties.map(() => {
    const weights = optionCounts.map(() => random());
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    return optionCounts.map((count, i) => Array.from({ length: count }, () => (weights[i]! / total) * random()));
  });
  return {
    parties,
    issues: optionCounts.map((count, i) => ({
      id: `issue-${i}`,
      options: Array.from({ length: count }, (_unused, o) => `option-${o}`),
    })),
    contribution,
    reservation: parties.map(() => reservation),
    vetoed: parties.map(() => optionCounts.map((count) => Array.from({ length: count }, () => random() < vetoChance))),
  };
}

/**
 * Two parties (p0 = X, p1 = Y), two issues of two options each. X: issue 0 gives [0.4, 0], issue 1 gives
 * [0.1, 0.4]; Y: issue 0 gives [0, 0.4], issue 1 gives [0.5, 0.35]. Summing by hand:
 *
 *   package   X     Y
 *   [0, 0]    0.5   0.5
 *   [0, 1]    0.8   0.35
 *   [1, 0]    0.1   0.9
 *   [1, 1]    0.4   0.75
 *
 * No package dominates another, and the Nash and Kalai points differ (worked out in nash.test.ts, kalai.test.ts).
 */
export function tradeOff(reservation = [0, 0], vetoes: [number, number, number][] = []): BargainingProblem {
  return handMade(
    [
      [
        [0.4, 0],
        [0.1, 0.4],
      ],
      [
        [0, 0.4],
        [0.5, 0.35],
      ],
    ],
    reservation,
    vetoes,
  );
}

/**
 * Two parties, two issues of two options, all values in eighths so every sum is exact. X: issue 0 [0.5, 0.125],
 * issue 1 [0.125, 0.375]; Y: issue 0 [0.125, 0.375], issue 1 [0.5, 0.125]:
 *
 *   package   X       Y
 *   [0, 0]    0.625   0.625
 *   [0, 1]    0.875   0.25
 *   [1, 0]    0.25    0.875
 *   [1, 1]    0.5     0.5     ← dominated by [0, 0]
 */
export function oneDominated(reservation = [0, 0], vetoes: [number, number, number][] = []): BargainingProblem {
  return handMade(
    [
      [
        [0.5, 0.125],
        [0.125, 0.375],
      ],
      [
        [0.125, 0.375],
        [0.5, 0.125],
      ],
    ],
    reservation,
    vetoes,
  );
}

/**
 * Mirror-symmetric: issue 0 gives X [0.5, 0] and Y [0, 0.5]; issue 1 gives X [0, 0.5] and Y [0.5, 0]. Packages
 * [0, 0] and [1, 1] both give (0.5, 0.5), [0, 1] gives (1, 0) and [1, 0] gives (0, 1): an exact tie at the top.
 */
export function mirrored(): BargainingProblem {
  return handMade(
    [
      [
        [0.5, 0],
        [0, 0.5],
      ],
      [
        [0, 0.5],
        [0.5, 0],
      ],
    ],
    [0, 0],
  );
}
