// Chance for AI decisions without touching the game's RNG: an AI only proposes an action, it does not change the
// state, so its dice are derived from the state itself (seed, round, drafts so far) and the deciding party. The
// same state always gives the same decision, in Node and in the browser. A small generator (mulberry32) seeded from
// a hash of that moment: AI decisions are made hundreds of times a game, and seeding seedrandom each time is slow.
import { hashText } from '../hash';
import type { GameState, PartyId } from '../types';

export function aiRandom(state: GameState, party: PartyId, purpose: string): () => number {
  const moment = `${state.seed}|${party}|${purpose}|${state.round}/${state.phase}/${state.actionsUsed[party] ?? 0}/${state.drafts.length}`;
  let seed = parseInt(hashText(moment).slice(8), 16) >>> 0;
  return () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
