// Scripted games of the tutorial reach each ending a player can meet: a ceasefire that is ratified and then lives
// through its epilogue, a text signed but not ratified, collapse by escalation and by walk-out, and the deadline.
import { describe, expect, it } from 'vitest';
import { applyAction, createGame } from '../../../src/engine/index';
import type { Action, GameState } from '../../../src/engine/index';
import { compileFile, drive } from './gameHelpers';
import type { Script } from './gameHelpers';

const tutorial = compileFile('scenarios/tutorial.yaml');
const middle = { forces: 'buffer-zone', water: 'joint-commission', monitoring: 'monitors' };

/** The Commission tables `terms` in round `round`; the signatories accept it. Everything else passes. */
function tableAndAccept(terms: Record<string, string>, round = 1): Script {
  return (state, actor) => {
    if (state.phase === 'drafting' && actor === 'commission' && state.round === round)
      return { type: 'tableDraft', party: actor, terms };
    if (state.phase === 'answers') {
      const draft = state.drafts.find((candidate) => candidate.by !== actor && !candidate.answers[actor]);
      if (draft) return { type: 'answerDraft', party: actor, draftId: draft.id, accept: true };
    }
    return null;
  };
}

function play(script: Script, seed = 'tutorial'): GameState {
  return drive(tutorial, createGame(tutorial, { seed }), script).state;
}

describe('the tutorial, scripted', () => {
  it('reaches a ratified ceasefire whose months are simulated', () => {
    const state = play(tableAndAccept(middle));
    expect(state.outcome?.kind).toBe('ceasefire');
    if (state.outcome?.kind !== 'ceasefire') return;
    expect(state.outcome.round).toBe(1);
    expect(state.outcome.ratification.every((result) => result.passed)).toBe(true);
    expect(state.outcome.epilogue.length).toBeGreaterThan(0);
    expect(state.outcome.monthsHeld).toBeLessThanOrEqual(tutorial.scenario.rules.epilogue.months);
  });

  it('signs a text that fails ratification when support at home has worn away', () => {
    // Shelling near the dam costs both governments support at home; signed in the last round, after the drift has
    // worn it further, Norvale's parliament no longer carries the text.
    let start = createGame(tutorial, { seed: 'tutorial' });
    for (let i = 0; i < 3; i++)
      start = applyAction(tutorial, start, { type: 'injectEvent', event: 'shelling-near-dam' }).state;
    const state = drive(tutorial, start, tableAndAccept(middle, 5)).state;
    expect(state.outcome?.kind).toBe('ratification-failed');
    if (state.outcome?.kind !== 'ratification-failed') return;
    expect(state.outcome.ratification.some((result) => !result.passed)).toBe(true);
  });

  it('collapses when escalation reaches the top', () => {
    let state = createGame(tutorial, { seed: 'tutorial' });
    for (let i = 0; i < 30 && state.phase !== 'ended'; i++)
      state = applyAction(tutorial, state, { type: 'injectEvent', event: 'shelling-near-dam' }).state;
    expect(state.outcome).toMatchObject({ kind: 'collapse', cause: 'escalation' });
  });

  it('collapses when a party walks out', () => {
    const walkOut: Script = (_, actor): Action | null =>
      actor === 'ostrand' ? { type: 'walkOut', party: actor } : null;
    expect(play(walkOut).outcome).toMatchObject({ kind: 'collapse', cause: 'walk-out', party: 'ostrand' });
  });

  it('ends at the deadline when every text is rejected', () => {
    const state = play(() => null);
    expect(state.outcome?.kind).toBe('deadline');
    expect(state.round).toBe(state.deadline);
  });
});
