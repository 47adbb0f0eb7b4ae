// A party's mood toward the player, in one word: what the Summit's roll call shows next to a party that has no
// answer or move of its own to show. It reads only what every seat can see — the party's trust in the player's
// seat, placed within the scenario's trust range, and whether it walked out — never its private numbers.
import type { CompiledScenario, GameState, PartyId } from '../engine';

export type Mood = 'warm' | 'neutral' | 'wary' | 'cold' | 'walked-out';

export interface PartyMood {
  mood: Mood;
  /** The word on screen, with a symbol so the mood never rests on colour alone. */
  label: string;
}

/**
 * Where trust sits in its range: from WARM_FROM warm; from NEUTRAL_FROM neutral (the middle, where a scenario's
 * default trust usually starts); below that wary, and below COLD_BELOW cold.
 */
export const WARM_FROM = 0.6;
export const NEUTRAL_FROM = 0.5;
export const COLD_BELOW = 0.35;

const LABELS: Record<Mood, string> = {
  warm: '● warm',
  neutral: '◑ neutral',
  wary: '◐ wary',
  cold: '○ cold',
  'walked-out': '✕ walked out',
};

export function partyMood(compiled: CompiledScenario, game: GameState, party: PartyId, viewer: PartyId): PartyMood {
  const walkedOut = game.outcome?.kind === 'collapse' && game.outcome.party === party;
  if (walkedOut) return { mood: 'walked-out', label: LABELS['walked-out'] };
  const { min, max, start } = compiled.scenario.rules.trust;
  const trust = game.trust[party]?.[viewer] ?? start;
  const share = max > min ? (trust - min) / (max - min) : 0.5;
  const mood: Mood =
    share >= WARM_FROM ? 'warm' : share >= NEUTRAL_FROM ? 'neutral' : share >= COLD_BELOW ? 'wary' : 'cold';
  return { mood, label: LABELS[mood] };
}
