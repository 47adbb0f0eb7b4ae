// Chance for AI decisions without touching the game's RNG: an AI only proposes an action, it does not change the
// state, so its dice are derived from the state itself (seed, round, drafts so far) and the deciding party. The
// same state always gives the same decision, in Node and in the browser. A small generator (mulberry32) seeded from
// a hash of that moment: AI decisions are made hundreds of times a game, and seeding seedrandom each time is slow.
import { hashText } from '../hash';
import type { GameState, PartyId } from '../types';

/** Hashing the seed text is the slow part; a game asks hundreds of times, always for the same few seeds. */
const seedHashes = new Map<string, number>();

function textHash(text: string): number {
  let hash = seedHashes.get(text);
  if (hash === undefined) {
    hash = parseInt(hashText(text).slice(8), 16) >>> 0;
    if (seedHashes.size > 10_000) seedHashes.clear();
    seedHashes.set(text, hash);
  }
  return hash;
}

/** Mixes a number into a 32-bit hash (the murmur3 finaliser's constants). */
function mix(hash: number, value: number): number {
  let h = Math.imul(hash ^ (value >>> 0), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const PHASES = { diplomacy: 1, drafting: 2, answers: 3, ended: 4 };

export function aiRandom(state: GameState, party: PartyId, purpose: string): () => number {
  let seed = mix(textHash(state.seed), textHash(party));
  seed = mix(seed, textHash(purpose));
  for (const value of [state.round, PHASES[state.phase], state.actionsUsed[party] ?? 0, state.drafts.length])
    seed = mix(seed, value);
  return () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
