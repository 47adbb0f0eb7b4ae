// The session store is how the browser plays: actions go through the engine, AI seats play until a human must act,
// refusals leave the game untouched and say why, and the action list replays the same game.
import { describe, expect, it } from 'vitest';
import { compileScenario, createGame, replayActions, stateHash } from '../../../src/engine';
import { createSessionStore, humanToAct } from '../../../src/store/session';
import { compileFile } from '../engine/gameHelpers';

const tutorial = compileFile('scenarios/tutorial.yaml').scenario;

function startedAs(seat: string) {
  const store = createSessionStore();
  store.getState().start({ scenario: tutorial, fileName: 'tutorial.yaml', seed: 'store', seats: { [seat]: 'human' } });
  return store;
}

describe('the session store', () => {
  it('starts a game and lets the AI play until the human seat must act', () => {
    const store = startedAs('ostrand');
    const state = store.getState();
    expect(state.game?.round).toBe(1);
    expect(humanToAct(state)).toBe('ostrand');
    expect(state.actions.every((action) => 'party' in action && action.party !== 'ostrand')).toBe(true);
    expect(Object.keys(state.draftTerms)).toEqual(['forces', 'water', 'monitoring']);
  });

  it('in hot seat, starts each player from its own favourite text, not the previous player’s', () => {
    const store = createSessionStore();
    const seats = { norvale: 'human', ostrand: 'human' } as const;
    store.getState().start({ scenario: tutorial, fileName: 'tutorial.yaml', seed: 'hot', seats });
    const compiled = compileScenario(tutorial);
    const favourite = (party: string) =>
      Object.fromEntries(
        tutorial.issues.map((issue, i) => {
          const values = compiled.values[compiled.partyIndex.get(party) ?? -1]?.[i] ?? [];
          const best = values.indexOf(Math.max(...values));
          return [issue.id, issue.options[best]?.id];
        }),
      );
    const seen = new Set<string>();
    for (let turn = 0; turn < 12 && store.getState().game?.drafts.length === 0; turn++) {
      const actor = humanToAct(store.getState());
      if (actor === null) break;
      seen.add(actor);
      expect(store.getState().draftTerms, `${actor}'s editor`).toEqual(favourite(actor));
      store.getState().dispatch({ type: 'endPhase', party: actor });
    }
    expect(favourite('norvale')).not.toEqual(favourite('ostrand'));
    expect([...seen].sort()).toEqual(['norvale', 'ostrand']);
  });

  it('applies a legal action, runs the AI after it, and notifies subscribers once', () => {
    const store = startedAs('commission');
    let notified = 0;
    const unsubscribe = store.subscribe(() => notified++);
    // The Commission (the pen) acts first in diplomacy: it passes, then the AI plays on to its drafting turn.
    while (store.getState().game?.phase === 'diplomacy') {
      const result = store.getState().dispatch({ type: 'endPhase', party: 'commission' });
      expect(result.ok).toBe(true);
    }
    unsubscribe();
    expect(notified).toBeGreaterThan(0);
    expect(store.getState().game?.phase).toBe('drafting');
    expect(humanToAct(store.getState())).toBe('commission');
  });

  it("refuses an illegal action with the engine's reason and leaves the game as it was", () => {
    const store = startedAs('ostrand');
    const before = store.getState().game;
    const result = store
      .getState()
      .dispatch({ type: 'tableDraft', party: 'ostrand', terms: store.getState().draftTerms });
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/drafting phase/) });
    expect(store.getState().game).toBe(before);
    expect(store.getState().refusal).toMatch(/drafting phase/);
  });

  it('composes a draft clause by clause, ignoring options that do not exist', () => {
    const store = startedAs('commission');
    store.getState().setClause('water', 'fixed-shares');
    store.getState().setClause('water', 'no-such-option');
    expect(store.getState().draftTerms.water).toBe('fixed-shares');
  });

  it('keeps every action, so the session replays to the same state', () => {
    const store = startedAs('norvale');
    for (let i = 0; i < 3 && store.getState().game?.phase === 'diplomacy'; i++)
      store.getState().dispatch({ type: 'endPhase', party: 'norvale' });
    const { actions, game } = store.getState();
    const compiled = compileScenario(tutorial);
    expect(createGame(compiled, { seed: 'store', seats: { norvale: 'human' } })).toEqual(store.getState().initial);
    expect(stateHash(replayActions(compiled, { seed: 'store', seats: { norvale: 'human' } }, actions))).toBe(
      game && stateHash(game),
    );
  });
});
