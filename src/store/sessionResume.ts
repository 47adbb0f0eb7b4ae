// A live game that does not begin at its first move: the session takes up a game already under way and goes on from
// it. Two callers: "Branch here" in the replay viewer (the first n actions of a replay, then the player's own moves
// — "what if we had not walked out in round 4?"), and Continue on a save whose game cannot be played back move by
// move through start and dispatch (a branch, where a seat that was human before the branch is an AI's now).
// The session store (session.ts) only knows how to start a game from its first state, so this sets its state
// directly, through the store's own setState, with the same fields start and dispatch keep.
import { createGame, GameRun, IllegalActionError, runAiTurns } from '../engine';
import type { Action, CompiledScenario, GameEvent, GameState, PartyId, SeatKind } from '../engine';
import { describeAction, walkReplay } from '../replay';
import type { Replay } from '../replay';
import { draftFields } from './session';
import type { SessionStore } from './session';

export type ResumeResult = { ok: true } | { ok: false; problem: string };

export interface ResumeSetup {
  compiled: CompiledScenario;
  /** Where the scenario came from, as the session keeps it. */
  fileName: string;
  /** The game as createGame made it: its seed and its seats are the ones the game goes on with. */
  initial: GameState;
  /** The moves already made, in order; each must be legal where it stands. */
  actions: readonly Action[];
}

/**
 * Puts the game that `actions` make of `initial` into the session, then lets the AI seats play until a human must
 * act (or the game ends), exactly as after a dispatch. On an illegal action nothing changes and the line says which.
 */
export function resumeFrom(store: SessionStore, setup: ResumeSetup): ResumeResult {
  const { compiled, fileName, initial, actions } = setup;
  // One run, not applyAction per move: a long save would otherwise copy its round's log at every move.
  const run = new GameRun(compiled, initial);
  let lastEvents: GameEvent[] = [];
  for (const [index, action] of actions.entries()) {
    try {
      lastEvents = run.apply(action);
    } catch (error) {
      const why = error instanceof IllegalActionError ? error.reason : String(error);
      return { ok: false, problem: `action ${index} (${describeAction(action)}) is not allowed there: ${why}` };
    }
  }
  const played = runAiTurns(compiled, run.state);
  store.setState({
    compiled,
    fileName,
    initial,
    game: played.state,
    actions: [...actions, ...played.actions],
    // What the screens show as "just happened": the AI's moves after the branch, or else the last move itself.
    lastEvents: played.actions.length > 0 ? played.events : lastEvents,
    refusal: null,
    ...draftFields(compiled, played.state, {}),
  });
  return { ok: true };
}

export interface BranchSetup {
  compiled: CompiledScenario;
  replay: Replay;
  /** How many of the replay's actions to keep (0: from the very start). */
  step: number;
  /** The seat the player takes: human from the branch on; every other seat is played by the AI. */
  seat: PartyId;
  fileName: string;
}

/** The seats of a branch: the player's seat human, the rest AI (a solo "what if", whoever sat there before). */
export function branchSeats(compiled: CompiledScenario, seat: PartyId): Record<PartyId, SeatKind> {
  return Object.fromEntries(compiled.partyIds.map((id) => [id, id === seat ? ('human' as const) : ('ai' as const)]));
}

/** A new live game from step `step` of a replay, with `seat` played by the person at the keyboard. */
export function resumeBranch(store: SessionStore, setup: BranchSetup): ResumeResult {
  const { compiled, replay, step, seat } = setup;
  if (!compiled.party.has(seat)) return { ok: false, problem: `the scenario has no seat "${seat}"` };
  let walked: ReturnType<typeof walkReplay>;
  try {
    walked = walkReplay(compiled, replay, step, branchSeats(compiled, seat));
  } catch (error) {
    return { ok: false, problem: error instanceof Error ? error.message : String(error) };
  }
  const last = walked.steps.at(-1)?.state ?? walked.initial;
  if (last.phase === 'ended') return { ok: false, problem: `the talks are already over at step ${step}` };
  return resumeFrom(store, {
    compiled,
    fileName: setup.fileName,
    initial: walked.initial,
    actions: walked.steps.map((walkedStep) => walkedStep.action),
  });
}

/** A checked save (or any verified replay) taken up as it stands: its seats, its seed, all its actions. */
export function resumeReplay(
  store: SessionStore,
  compiled: CompiledScenario,
  replay: Replay,
  fileName: string,
): ResumeResult {
  let initial: GameState;
  try {
    initial = createGame(compiled, { seed: replay.seed, seats: replay.seats });
  } catch (error) {
    return { ok: false, problem: `the game cannot start: ${error instanceof Error ? error.message : String(error)}` };
  }
  return resumeFrom(store, { compiled, fileName, initial, actions: replay.actions });
}
