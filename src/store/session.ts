// The live game session the scenes share: the compiled scenario, the engine state, every action taken so far, and
// the drafts the human seats are composing. Every change of the game goes through dispatch → the engine's applyAction;
// AI seats then play until a human must act. Scenes subscribe in create() and unsubscribe on shutdown.
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import { compileScenario, createGame, currentActor, IllegalActionError, applyAction, runAiTurns } from '../engine';
import type { Action, CompiledScenario, GameEvent, GameState, PartyId, SeatKind, Terms } from '../engine';
import type { Scenario } from '../scenario/schema/scenario';
import { adoptedDrafts, draftOwner, keepSeatDrafts, withClause } from './seatDrafts';
import type { SeatDrafts } from './seatDrafts';

export interface SessionSetup {
  scenario: Scenario;
  /** Where the scenario came from (a bundled file name, or the file the player picked). */
  fileName: string;
  seed: string;
  /** Human or AI per party; parties not listed are played by the AI. */
  seats: Record<PartyId, SeatKind>;
}

export type DispatchResult = { ok: true; events: GameEvent[] } | { ok: false; reason: string };

export interface SessionState {
  compiled: CompiledScenario | null;
  fileName: string | null;
  /** The state before the first action: what a replay starts from. */
  initial: GameState | null;
  game: GameState | null;
  /** Every action applied since the start, the AI's included, in order: the game's replay. */
  actions: readonly Action[];
  /** What the latest dispatch made happen (the human's action and the AI turns after it), for the screens to show. */
  lastEvents: readonly GameEvent[];
  /** Why the latest action was refused, in the engine's words; null after an accepted one. */
  refusal: string | null;
  /** The draft each human seat is composing, by seat (seatDrafts.ts): its own, whatever the others do. */
  seatDrafts: SeatDrafts;
  /** The draft of the seat the Summit speaks for (draftOwner): what its editor shows and what it tables. */
  draftTerms: Terms;
  start: (setup: SessionSetup) => void;
  dispatch: (action: Action) => DispatchResult;
  /** Changes one clause of the shown seat's draft (an unknown issue or option changes nothing). */
  setClause: (issueId: string, optionId: string) => void;
  /** Lays drafts kept elsewhere (a save) over the seats' drafts; what does not fit the scenario is ignored. */
  adoptDrafts: (drafts: unknown) => void;
  end: () => void;
}

export type SessionStore = StoreApi<SessionState>;

const EMPTY = {
  compiled: null,
  fileName: null,
  initial: null,
  game: null,
  actions: [],
  lastEvents: [],
  refusal: null,
  seatDrafts: {},
  draftTerms: {},
} satisfies Partial<SessionState>;

/** The seats' drafts after a move, and the one the Summit shows: the fields every change of the game sets. */
export function draftFields(
  compiled: CompiledScenario,
  game: GameState,
  previous: SeatDrafts,
  tabled?: { party: PartyId; terms: Terms },
): Pick<SessionState, 'seatDrafts' | 'draftTerms'> {
  const seatDrafts = keepSeatDrafts(compiled, game, previous, tabled);
  const owner = draftOwner(compiled, game);
  return { seatDrafts, draftTerms: (owner === null ? undefined : seatDrafts[owner]) ?? {} };
}

export function createSessionStore(): SessionStore {
  return createStore<SessionState>()((set, get) => ({
    ...EMPTY,
    start: (setup) => {
      const compiled = compileScenario(setup.scenario);
      const initial = createGame(compiled, { seed: setup.seed, seats: setup.seats });
      const played = runAiTurns(compiled, initial);
      set({
        compiled,
        fileName: setup.fileName,
        initial,
        game: played.state,
        actions: played.actions,
        lastEvents: played.events,
        refusal: null,
        ...draftFields(compiled, played.state, {}),
      });
    },
    dispatch: (action) => {
      const { compiled, game, actions, seatDrafts } = get();
      if (!compiled || !game) return { ok: false, reason: 'no game is running' };
      try {
        const applied = applyAction(compiled, game, action);
        const played = runAiTurns(compiled, applied.state);
        const events = [...applied.events, ...played.events];
        set({
          game: played.state,
          actions: [...actions, action, ...played.actions],
          lastEvents: events,
          refusal: null,
          ...draftFields(compiled, played.state, seatDrafts, action.type === 'tableDraft' ? action : undefined),
        });
        return { ok: true, events };
      } catch (error) {
        // The screens grey out what is illegal, so this is rare; the game is unchanged and says why.
        const reason = error instanceof IllegalActionError ? error.reason : String(error);
        set({ refusal: reason });
        return { ok: false, reason };
      }
    },
    setClause: (issueId, optionId) => {
      const { compiled, game, seatDrafts } = get();
      const owner = compiled && game ? draftOwner(compiled, game) : null;
      if (!compiled || !game || owner === null) return;
      set(draftFields(compiled, game, withClause(compiled, seatDrafts, owner, issueId, optionId)));
    },
    adoptDrafts: (drafts) => {
      const { compiled, game, seatDrafts } = get();
      if (!compiled || !game) return;
      set(draftFields(compiled, game, adoptedDrafts(compiled, seatDrafts, drafts)));
    },
    end: () => set({ ...EMPTY }),
  }));
}

/** The human seat whose turn it is, or null (an AI's turn, a pause, or the end). */
export function humanToAct(state: SessionState): PartyId | null {
  const { compiled, game } = state;
  if (!compiled || !game || game.paused || game.phase === 'ended') return null;
  const actor = currentActor(compiled, game);
  return actor !== null && game.seats[actor] === 'human' ? actor : null;
}
