// Many dispatches in one pass, for Continue on a save. Dispatching a save of n actions one by one copies the
// session's action list and the round's log at every step — 20,000 pauses took 6 s — so this plays the same moves
// on one GameRun and hands the session its fields once. It keeps dispatch's meaning exactly: each move the save
// holds is applied, then the AI seats play as runAiTurns lets them, and their moves must be the save's next ones.
import { canonicalJson, currentActor, decideAction, GameRun, IllegalActionError } from '../engine';
import type { Action, CompiledScenario, GameEvent, GameState } from '../engine';
import { describeAction } from '../replay';
import { draftFields } from './session';
import type { SessionState } from './session';

/** The fields a series of dispatches sets. */
export type PlayedBackFields = Pick<
  SessionState,
  'actions' | 'lastEvents' | 'refusal' | 'seatDrafts' | 'draftTerms'
> & {
  game: GameState;
};

export type PlaybackResult = { ok: true; fields: PlayedBackFields } | { ok: false; problem: string };

/**
 * The session after dispatching, in order, every action of `target` past those it already holds (its AI's
 * opening moves), or the one line that says where the two part. Pure: the session is not touched.
 */
export function playBackActions(
  compiled: CompiledScenario,
  session: Pick<SessionState, 'actions' | 'lastEvents' | 'seatDrafts' | 'draftTerms'> & { game: GameState },
  target: readonly Action[],
): PlaybackResult {
  const parted = (at: number): PlaybackResult => {
    const expected = target[at];
    return {
      ok: false,
      problem:
        `the restored game parts from the save at action ${at}` +
        (expected ? ` (${describeAction(expected)})` : ' (the save ends there)'),
    };
  };
  const actions = [...session.actions];
  for (const [at, action] of actions.entries()) {
    const expected = target[at];
    if (expected === undefined || canonicalJson(action) !== canonicalJson(expected)) return parted(at);
  }
  const run = new GameRun(compiled, session.game);
  let { lastEvents, seatDrafts, draftTerms } = session;
  while (actions.length < target.length) {
    const next = target[actions.length];
    if (next === undefined) break;
    let events: GameEvent[];
    try {
      events = run.apply(next);
    } catch (error) {
      const reason = error instanceof IllegalActionError ? error.reason : String(error);
      return { ok: false, problem: `action ${actions.length} (${describeAction(next)}) was refused: ${reason}` };
    }
    actions.push(next);
    // The AI's turns, as runAiTurns plays them after a dispatch.
    for (;;) {
      const state = run.state;
      if (state.paused || state.phase === 'ended') break;
      const actor = currentActor(compiled, state);
      if (actor === null || state.seats[actor] !== 'ai') break;
      const move = decideAction(compiled, state, actor);
      const expected = target[actions.length];
      if (expected === undefined || canonicalJson(move) !== canonicalJson(expected)) return parted(actions.length);
      events.push(...run.apply(move));
      actions.push(move);
    }
    lastEvents = events;
    ({ seatDrafts, draftTerms } = draftFields(
      compiled,
      run.state,
      seatDrafts,
      next.type === 'tableDraft' ? next : undefined,
    ));
  }
  return { ok: true, fields: { game: run.state, actions, lastEvents, refusal: null, seatDrafts, draftTerms } };
}
