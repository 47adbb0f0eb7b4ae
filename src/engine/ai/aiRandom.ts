// Chance for AI decisions without touching the game's RNG: an AI only proposes an action, it does not change the
// state, so its dice are derived from the state itself (seed, round, drafts so far) and the deciding party. The
// same state always gives the same decision, in Node and in the browser.
import seedrandom from 'seedrandom';
import type { GameState, PartyId } from '../types';

export function aiRandom(state: GameState, party: PartyId, purpose: string): () => number {
  const moment = `${state.round}/${state.phase}/${state.actionsUsed[party] ?? 0}/${state.drafts.length}/${state.log.length}`;
  return seedrandom.alea(`${state.seed}|${party}|${purpose}|${moment}`);
}
