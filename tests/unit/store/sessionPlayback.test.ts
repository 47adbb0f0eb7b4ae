// Continue on a save plays its moves in one pass (sessionPlayback.ts) instead of one dispatch each, to stay linear in
// the save's length. The session it gives must be the one the dispatches gave: the same game, actions, events last
// shown and drafts — over human moves, tabled texts and the facilitator's pauses — and the same line where they part.
import { describe, expect, it } from 'vitest';
import { facilitatorActions, legalActions, stateHash } from '../../../src/engine';
import type { Action, CompiledScenario, PartyId, SeatKind } from '../../../src/engine';
import { createSessionStore, humanToAct } from '../../../src/store/session';
import type { SessionState, SessionStore } from '../../../src/store/session';
import { playBackActions } from '../../../src/store/sessionPlayback';
import { compileFile } from '../engine/gameHelpers';

const paris = compileFile('scenarios/paris-2026.yaml');

function started(compiled: CompiledScenario, seats: Record<PartyId, SeatKind>): SessionStore {
  const store = createSessionStore();
  store.getState().start({ scenario: compiled.scenario, fileName: 'x.yaml', seed: 'playback', seats });
  return store;
}

/** A game played dispatch by dispatch: human moves, tabled drafts and, every fifth move, a pause or a resume. */
function dispatched(moves: number): SessionStore {
  const store = started(paris, { france: 'human', germany: 'human' });
  for (let move = 0; move < moves; move++) {
    const state = store.getState();
    if (!state.compiled || !state.game || state.game.phase === 'ended') break;
    const party = humanToAct(state);
    let action: Action | undefined;
    if (move % 5 === 4 || party === null)
      action = facilitatorActions(state.compiled, state.game).find(
        (option) => option.action.type === 'pause' || option.action.type === 'resume',
      )?.action;
    else if (state.game.phase === 'drafting') action = { type: 'tableDraft', party, terms: state.draftTerms };
    else
      action = legalActions(state.compiled, state.game, party).filter(
        (option) => option.allowed && option.action.type !== 'walkOut',
      )[move % 3]?.action;
    if (action) expect(state.dispatch(action).ok).toBe(true);
  }
  return store;
}

function playedBack(session: SessionState, target: readonly Action[]) {
  const { game, actions, lastEvents, seatDrafts, draftTerms } = session;
  if (!game) throw new Error('no game');
  return playBackActions(paris, { game, actions, lastEvents, seatDrafts, draftTerms }, target);
}

describe('playBackActions', () => {
  it('gives the session that dispatching the same moves one by one gave', () => {
    const original = dispatched(80).getState();
    const result = playedBack(started(paris, { france: 'human', germany: 'human' }).getState(), original.actions);
    if (!result.ok) throw new Error(result.problem);
    const { game, ...fields } = result.fields;
    expect(stateHash(game)).toBe(stateHash(original.game!));
    expect(fields).toEqual({
      actions: original.actions,
      lastEvents: original.lastEvents,
      refusal: null,
      seatDrafts: original.seatDrafts,
      draftTerms: original.draftTerms,
    });
  });

  it('names the first action where an AI move differs from the save, and a save that stops before the AI has', () => {
    const original = dispatched(30).getState();
    const start = started(paris, { france: 'human', germany: 'human' }).getState().actions.length;
    const aiAt = original.actions.findIndex(
      (action, index) => index > start && 'party' in action && original.game?.seats[action.party] === 'ai',
    );
    expect(aiAt).toBeGreaterThan(start);
    const altered = original.actions.map((action, index): Action => (index === aiAt ? { type: 'pause' } : action));
    const fresh = () => started(paris, { france: 'human', germany: 'human' }).getState();
    expect(playedBack(fresh(), altered)).toEqual({
      ok: false,
      problem: expect.stringMatching(
        new RegExp(`^the restored game parts from the save at action ${aiAt} \\(`),
      ) as string,
    });
    expect(playedBack(fresh(), original.actions.slice(0, aiAt))).toMatchObject({
      ok: false,
      problem: `the restored game parts from the save at action ${aiAt} (the save ends there)`,
    });
  });

  it('reports a move the rules refuse with its index and the engine reason', () => {
    const session = started(paris, { france: 'human' }).getState();
    const target = [...session.actions, { type: 'resume' } as Action];
    expect(playedBack(session, target)).toEqual({
      ok: false,
      problem: `action ${session.actions.length} (resume) was refused: the game is not paused`,
    });
  });
});
