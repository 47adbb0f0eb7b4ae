// The analysis's public API: pure functions of a BargainingProblem (see problem.ts). Nothing here mutates its input,
// reads the clock or draws random numbers, so the engine, the AI, the debrief and the command line can all call it.
export type { BargainingProblem, Package } from './problem';
export type { ScoredPackage } from './packageSearch';
export {
  assertValidPackage,
  bestRemainingUtility,
  crossesRedLine,
  isAcceptable,
  isVetoed,
  openOptions,
  packageUtilities,
} from './utilities';
export { assertWellFormedProblem } from './problemShape';
export { type NashPoint, nashPoint, nashProduct } from './nash';
export { type KalaiIdeal, type KalaiPoint, idealPoint, kalaiPoint, kalaiValue } from './kalai';
export { type ParetoFrontier, isParetoOptimal, paretoFrontier } from './pareto';
export { distanceToFrontier, distanceToPoint } from './distance';
export { type ZoneOfAgreement, zoneOfAgreement } from './zopa';
export { type PartyOutcome, partySummary } from './summary';
