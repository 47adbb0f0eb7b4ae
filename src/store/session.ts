// The live game session the scenes share: the compiled scenario, the engine state, every action taken so far, and
// the clauses the player is composing. Every change of the game goes through dispatch → the engine's applyAction;
// AI seats then play until a human must act. Scenes subscribe in create() and unsubscribe on shutdown.
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import { compileScenario, createGame, currentActor, IllegalActionError, applyAction, runAiTurns } from '../engine';
import type { Action, CompiledScenario, GameEvent, GameState, PartyId, SeatKind, Terms } from '../engine';
import type { Scenario } from '../scenario/schema/scenario';

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
  /** The clauses the player is composing for its next draft, issue by issue. */
  draftTerms: Terms;
  start: (setup: SessionSetup) => void;
  dispatch: (action: Action) => DispatchResult;
  setClause: (issueId: string, optionId: string) => void;
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
  draftTerms: {},
} satisfies Partial<SessionState>;

/**
 * Where the player's draft starts: the latest text on the table, or else the text the human seat about to act likes
 * best (its favourite option on every issue; the first human seat while an AI acts), so that nobody starts from
 * the other side's wish list — nor, in hot seat, from the previous player's.
 */
export function openingTerms(compiled: CompiledScenario, game: GameState): Terms {
  const last = game.drafts[game.drafts.length - 1];
  if (last) return { ...last.terms };
  const actor = currentActor(compiled, game);
  const player =
    actor !== null && game.seats[actor] === 'human'
      ? actor
      : compiled.partyIds.find((id) => game.seats[id] === 'human');
  const p = player === undefined ? undefined : compiled.partyIndex.get(player);
  return Object.fromEntries(
    compiled.scenario.issues.map((issue, i) => {
      const values = p === undefined ? [] : (compiled.values[p]?.[i] ?? []);
      let best = 0;
      values.forEach((value, o) => {
        if (value > (values[best] ?? 0)) best = o;
      });
      return [issue.id, issue.options[best]?.id ?? ''];
    }),
  );
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
        draftTerms: openingTerms(compiled, played.state),
      });
    },
    dispatch: (action) => {
      const { compiled, game, actions } = get();
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
          draftTerms: action.type === 'tableDraft' ? get().draftTerms : openingTerms(compiled, played.state),
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
      const { compiled, draftTerms } = get();
      const issue = compiled?.scenario.issues.find((candidate) => candidate.id === issueId);
      if (!issue?.options.some((option) => option.id === optionId)) return;
      set({ draftTerms: { ...draftTerms, [issueId]: optionId } });
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
