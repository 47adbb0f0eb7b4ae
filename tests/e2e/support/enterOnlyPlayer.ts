// The Summit's Enter-only keyboard player, played in Node on the session store: on every turn of the human seat,
// the move the Summit focuses for it (SummitScene.focusRecommended) — end the phase in diplomacy, table the
// session's draft terms in drafting (pass when tabling is not allowed), accept the first pending draft in answers,
// worded as the scene words a human's answer (summitView.ts answerAction, src/store/humanAnswer.ts). Every other seat is the AI's, as the
// setup screen leaves them. scripts/findKeyboardCeasefireSeed.ts searches seeds with it, and
// tests/e2e/parisCeasefire.e2e.ts predicts the browser game with it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { legalActions, pendingDrafts } from '../../../src/engine';
import type { Action } from '../../../src/engine';
import { loadScenarioText } from '../../../src/scenario/loadScenario';
import type { Scenario } from '../../../src/scenario/schema/scenario';
// The session store itself, not src/store/index.ts, which bundles the scenario files through Vite.
import { createSessionStore, humanToAct } from '../../../src/store/session';
import { humanAnswer } from '../../../src/store/humanAnswer';
import type { SessionState } from '../../../src/store/session';

/** One Enter at the Summit: when it was pressed and what it did. */
export interface EnterMove {
  round: number;
  phase: string;
  action: Action['type'];
}

export interface EnterOnlyGame {
  /** The session after the last move: the game over, or still running when `maxMoves` ran out. */
  state: SessionState;
  moves: EnterMove[];
  /** Why Enter could not go on (nothing focused), or null. */
  stuck: string | null;
}

const root = resolve(import.meta.dirname, '../../..');

export function loadBundledScenario(fileName: string): Scenario {
  const loaded = loadScenarioText(readFileSync(resolve(root, fileName), 'utf8'), fileName);
  if (!loaded.ok) throw new Error(`${fileName} does not load`);
  return loaded.scenario;
}

/** The action Enter dispatches on the focused move, or null when no move is focused. */
export function recommendedAction(state: SessionState, party: string): Action | null {
  const { compiled, game } = state;
  if (!compiled || !game) return null;
  const options = legalActions(compiled, game, party);
  const allowed = (matches: (action: Action) => boolean) =>
    options.some((option) => option.allowed && matches(option.action));
  const endPhase = allowed((action) => action.type === 'endPhase') ? ({ type: 'endPhase', party } as const) : null;
  if (game.phase === 'drafting') {
    // "Table draft" sends the clauses the editor shows: the session's draft terms.
    if (allowed((action) => action.type === 'tableDraft'))
      return { type: 'tableDraft', party, terms: { ...state.draftTerms } };
    return endPhase;
  }
  if (game.phase === 'answers') {
    const draft = pendingDrafts(compiled, game, party)[0];
    if (!draft || !allowed((action) => action.type === 'answerDraft' && action.accept)) return endPhase;
    // The scene's answer: a human seat's yes, without numbers.
    return humanAnswer(compiled, game, party, draft, true);
  }
  return endPhase;
}

/** Plays a whole game from `seat` by Enter alone (at most `maxMoves` presses). */
export function playEnterOnly(
  scenario: Scenario,
  fileName: string,
  seat: string,
  seed: string,
  maxMoves = 80,
): EnterOnlyGame {
  const store = createSessionStore();
  const seats = Object.fromEntries(
    scenario.parties.map((party) => [party.id, party.id === seat ? ('human' as const) : ('ai' as const)]),
  );
  store.getState().start({ scenario, fileName, seed, seats });
  const moves: EnterMove[] = [];
  while (moves.length < maxMoves) {
    const state = store.getState();
    const game = state.game;
    if (!game || game.outcome) break;
    const party = humanToAct(state);
    if (party === null) return { state, moves, stuck: 'no human seat is to act' };
    const action = recommendedAction(state, party);
    if (!action) return { state, moves, stuck: `nothing is focused in round ${game.round}, ${game.phase}` };
    moves.push({ round: game.round, phase: game.phase, action: action.type });
    const result = state.dispatch(action);
    if (!result.ok) throw new Error(`seed ${seed}, ${seat}: ${action.type} refused: ${result.reason}`);
  }
  return { state: store.getState(), moves, stuck: null };
}
