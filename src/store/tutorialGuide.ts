// Which step of a scenario's guide the Summit shows: the one written for this round and phase, else the one for
// that phase in every later round, and only to a human in the seat the guide was written for. Pure, so the
// choice is tested without a browser.
import type { GameState, PartyId } from '../engine';
import type { GuideStep, Scenario } from '../scenario/schema/scenario';

export interface GuideView {
  step: GuideStep;
  /** 1-based position among the guide's steps for this round, e.g. "Step 2 of 3", for the panel's heading. */
  stepNumber: number;
  stepsThisRound: number;
}

export function guideStepFor(scenario: Scenario, game: GameState, viewer: PartyId): GuideView | null {
  const guide = scenario.guide;
  if (!guide || guide.seat !== viewer || game.seats[viewer] !== 'human' || game.phase === 'ended') return null;
  const phase = game.phase;
  const exact = guide.steps.filter((step) => step.round === game.round);
  const general = guide.steps.filter((step) => step.round === undefined);
  const steps = exact.some((step) => step.phase === phase) ? exact : general;
  const index = steps.findIndex((step) => step.phase === phase);
  const step = steps[index];
  return step ? { step, stepNumber: index + 1, stepsThisRound: steps.length } : null;
}

/** Whether this seat of this scenario has a guide at all: the Summit keeps room for it only then. */
export function hasGuideFor(scenario: Scenario, viewer: PartyId): boolean {
  return scenario.guide?.seat === viewer;
}
