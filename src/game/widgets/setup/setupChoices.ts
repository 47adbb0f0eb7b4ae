// What the setup screen starts from: your seat human, every other seat AI, and a fresh random seed. The seed is
// drawn here in the UI (crypto), never in the engine: the engine only ever receives it as a string.
import type { Party, Scenario, SeatKind } from '../../../store';

export function playableParties(scenario: Scenario): Party[] {
  return scenario.parties.filter((party) => party.seat.playable);
}

/**
 * The seat the scenario suggests to a new player, else the convenor's when a human may take it (it holds the pen),
 * else the first playable.
 */
export function defaultSeat(scenario: Scenario): string {
  const playable = playableParties(scenario);
  const suggested = playable.find((party) => party.seat.suggested);
  const convenor = playable.find((party) => party.role === 'convenor');
  return (suggested ?? convenor ?? playable[0] ?? scenario.parties[0])?.id ?? '';
}

/** Your seat human, every other seat AI. */
export function defaultSeats(scenario: Scenario, yourSeat: string): Record<string, SeatKind> {
  return Object.fromEntries(scenario.parties.map((party) => [party.id, party.id === yourSeat ? 'human' : 'ai']));
}

/** A six-digit seed, easy to read aloud to a class that wants to play the same world. */
export function randomSeed(): string {
  const [value = 0] = crypto.getRandomValues(new Uint32Array(1));
  return String(100000 + (value % 900000));
}

/** Letters, digits and a few separators: what a person can type and read back. */
export const SEED_CHARACTER = /^[A-Za-z0-9._-]$/;
export const MAX_SEED_LENGTH = 24;

export const difficultyMarks: Record<Party['seat']['difficulty'], { label: string; pips: string }> = {
  easy: { label: 'Easy', pips: '●○○' },
  medium: { label: 'Medium', pips: '●●○' },
  hard: { label: 'Hard', pips: '●●●' },
};
