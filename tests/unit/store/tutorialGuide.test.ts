// The guide's step follows the game: the step written for this round and phase, then the phase's general step in
// later rounds; only a human in the guided seat sees it; and the tutorial suggests that seat, one that must sign.
import { describe, expect, it } from 'vitest';
import { applyAction, createGame, currentActor, decideAction } from '../../../src/engine';
import type { GameState } from '../../../src/engine';
import { guideStepFor } from '../../../src/store/tutorialGuide';
import { defaultSeat } from '../../../src/game/widgets/setup/setupChoices';
import { compileFile } from '../engine/gameHelpers';

const tutorial = compileFile('scenarios/tutorial.yaml');
const paris = compileFile('scenarios/paris-2026.yaml');
const { scenario } = tutorial;

/** Plays (the AI deciding for every seat, the human's too) until the human in Norvale's seat must act in `phase` of `round`. */
function norvaleTurn(round: number, phase: GameState['phase']): GameState {
  let state = createGame(tutorial, { seed: 'guide', seats: { norvale: 'human' } });
  for (let step = 0; step < 2000; step++) {
    const actor = currentActor(tutorial, state);
    if (actor === 'norvale' && state.round === round && state.phase === phase) return state;
    if (actor === null || state.phase === 'ended') break;
    state = applyAction(tutorial, state, decideAction(tutorial, state, actor)).state;
  }
  throw new Error(`Norvale never acted in round ${round}, ${phase}`);
}

describe('the tutorial guide', () => {
  it('is written for the suggested seat, one that must sign and ratify', () => {
    expect(scenario.guide?.seat).toBe('norvale');
    expect(defaultSeat(scenario)).toBe('norvale');
    expect(tutorial.isSignatory.has('norvale')).toBe(true);
    expect(scenario.rules.ratification.some((rule) => rule.party === 'norvale')).toBe(true);
    expect(scenario.parties.find((party) => party.id === 'norvale')?.redLines.length).toBeGreaterThan(0);
  });

  it('shows the step written for each phase of rounds 1 and 2', () => {
    for (const round of [1, 2]) {
      for (const phase of ['diplomacy', 'drafting', 'answers'] as const) {
        const shown = guideStepFor(scenario, norvaleTurn(round, phase), 'norvale');
        expect(shown?.step.round, `${round} ${phase}`).toBe(round);
        expect(shown?.step.phase).toBe(phase);
      }
    }
  });

  it('falls back to the phase’s general step in later rounds', () => {
    const shown = guideStepFor(scenario, norvaleTurn(3, 'diplomacy'), 'norvale');
    expect(shown?.step.round).toBeUndefined();
    expect(shown?.step.title).toBe('On your own now');
  });

  it('is shown to nobody else: another seat, an AI in the seat, an ended game, a scenario without a guide', () => {
    const game = norvaleTurn(1, 'diplomacy');
    expect(guideStepFor(scenario, game, 'ostrand')).toBeNull();
    expect(guideStepFor(scenario, { ...game, seats: { ...game.seats, norvale: 'ai' } }, 'norvale')).toBeNull();
    expect(guideStepFor(scenario, { ...game, phase: 'ended' }, 'norvale')).toBeNull();
    const parisGame = createGame(paris, { seed: 'guide', seats: { france: 'human' } });
    expect(guideStepFor(paris.scenario, parisGame, 'france')).toBeNull();
  });
});
