// The searches index the problem's arrays without looking, so they first check that the arrays have the shape the
// problem announces; a malformed problem fails here with a message naming the array, not deep inside a loop.
import type { BargainingProblem } from './problem';

export function assertWellFormedProblem(problem: BargainingProblem): void {
  const partyCount = problem.parties.length;
  const expectLength = (what: string, actual: number | undefined, expected: number): void => {
    if (actual !== expected) {
      throw new RangeError(`${what} has ${actual ?? 'no'} entries but ${expected} were expected`);
    }
  };
  expectLength('reservation', problem.reservation.length, partyCount);
  expectLength('contribution', problem.contribution.length, partyCount);
  expectLength('vetoed', problem.vetoed.length, partyCount);
  for (let p = 0; p < partyCount; p++) {
    expectLength(`contribution[${p}]`, problem.contribution[p]?.length, problem.issues.length);
    expectLength(`vetoed[${p}]`, problem.vetoed[p]?.length, problem.issues.length);
    problem.issues.forEach((issue, i) => {
      expectLength(`contribution[${p}][${i}]`, problem.contribution[p]?.[i]?.length, issue.options.length);
      expectLength(`vetoed[${p}][${i}]`, problem.vetoed[p]?.[i]?.length, issue.options.length);
    });
  }
}
