// The session store is how the browser plays: actions go through the engine, AI seats play until a human must act,
// refusals leave the game untouched and say why, and the action list replays the same game.
import { describe, expect, it } from 'vitest';
import { compileScenario, createGame, legalActions, replayActions, stateHash } from '../../../src/engine';
import type { Action, Terms } from '../../../src/engine';
import type { SessionStore } from '../../../src/store/session';
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

  describe('the draft belongs to its seat', () => {
    const compiled = compileScenario(tutorial);
    /** A text `party` did not start from: every clause moved to another option. */
    const changeTwoClauses = (store: SessionStore) => {
      const before = store.getState().draftTerms;
      for (const issue of tutorial.issues.slice(0, 2)) {
        const other = issue.options.find((option) => option.id !== before[issue.id]);
        if (other) store.getState().setClause(issue.id, other.id);
      }
      const after = store.getState().draftTerms;
      expect(after).not.toEqual(before);
      return after;
    };
    const allowed = (store: SessionStore, party: string, type: Action['type']) => {
      const { game } = store.getState();
      const option = game && legalActions(compiled, game, party).find((o) => o.allowed && o.action.type === type);
      if (!option) throw new Error(`${party} may not ${type} now`);
      return option.action;
    };

    it.each(['playLever', 'holdMeeting', 'makePledge', 'endPhase'] as const)(
      'keeps the player’s changed clauses after %s',
      (type) => {
        const store = startedAs('ostrand');
        const mine = changeTwoClauses(store);
        const result = store.getState().dispatch(allowed(store, 'ostrand', type));
        expect(result.ok).toBe(true);
        expect(store.getState().draftTerms).toEqual(mine);
        expect(store.getState().seatDrafts.ostrand).toEqual(mine);
      },
    );

    it('keeps it when another party tables its text, and through the rounds that follow', () => {
      const store = startedAs('ostrand');
      const mine = changeTwoClauses(store);
      let sawOtherText = false;
      for (let turn = 0; turn < 60 && store.getState().game?.phase !== 'ended'; turn++) {
        const game = store.getState().game;
        if (game?.drafts.some((draft) => draft.by !== 'ostrand')) sawOtherText = true;
        expect(store.getState().draftTerms).toEqual(mine);
        if (humanToAct(store.getState()) !== 'ostrand') break;
        const options = game ? legalActions(compiled, game, 'ostrand').filter((o) => o.allowed) : [];
        const answer = options.find((o) => o.action.type === 'answerDraft' && !o.action.accept);
        store.getState().dispatch(answer?.action ?? allowed(store, 'ostrand', 'endPhase'));
      }
      expect(sawOtherText).toBe(true);
    });

    it('becomes the text the seat tables, and stays so', () => {
      const store = startedAs('commission');
      while (store.getState().game?.phase === 'diplomacy')
        store.getState().dispatch({ type: 'endPhase', party: 'commission' });
      const mine = changeTwoClauses(store);
      expect(store.getState().dispatch({ type: 'tableDraft', party: 'commission', terms: mine }).ok).toBe(true);
      expect(store.getState().draftTerms).toEqual(mine);
    });

    it('in hot seat, keeps one draft per seat: a player’s changes never show in the other’s editor', () => {
      const store = createSessionStore();
      const seats = { norvale: 'human', ostrand: 'human' } as const;
      store.getState().start({ scenario: tutorial, fileName: 'tutorial.yaml', seed: 'hot', seats });
      const kept: Record<string, Terms> = {};
      for (let turn = 0; turn < 8 && store.getState().game?.phase === 'diplomacy'; turn++) {
        const actor = humanToAct(store.getState());
        if (actor === null) break;
        if (kept[actor]) expect(store.getState().draftTerms, `${actor}'s editor`).toEqual(kept[actor]);
        else kept[actor] = changeTwoClauses(store);
        store.getState().dispatch({ type: 'endPhase', party: actor });
      }
      expect(Object.keys(kept).sort()).toEqual(['norvale', 'ostrand']);
      expect(store.getState().seatDrafts).toEqual(kept);
    });

    it('takes drafts back from a save, ignoring seats, issues and options the game does not have', () => {
      const store = startedAs('ostrand');
      const before = store.getState().draftTerms;
      const water = tutorial.issues.find((issue) => issue.id === 'water');
      const other = water?.options.find((option) => option.id !== before.water)?.id;
      store.getState().adoptDrafts({ ostrand: { water: other, forces: 'no-such-option', nope: 'x' }, norvale: {} });
      expect(store.getState().draftTerms).toEqual({ ...before, water: other });
      expect(Object.keys(store.getState().seatDrafts)).toEqual(['ostrand']);
      store.getState().adoptDrafts('not drafts');
      expect(store.getState().draftTerms).toEqual({ ...before, water: other });
    });
  });
});
