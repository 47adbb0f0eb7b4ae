// The roll call's mood word: read from the party's trust in the player's seat (public), placed in the scenario's
// trust range, and from a walk-out; the same trust gives the same word whoever asks.
import { describe, expect, it } from 'vitest';
import { applyAction, createGame, currentActor } from '../../../src/engine';
import type { GameState } from '../../../src/engine';
import { COLD_BELOW, partyMood, WARM_FROM } from '../../../src/store/partyMood';
import { compileFile } from '../engine/gameHelpers';

const paris = compileFile('scenarios/paris-2026.yaml');
const { min, max } = paris.scenario.rules.trust;
const start = createGame(paris, { seed: 'mood', seats: { ukraine: 'human' } });

function withTrust(game: GameState, from: string, to: string, value: number): GameState {
  return { ...game, trust: { ...game.trust, [from]: { ...game.trust[from], [to]: value } } };
}

describe('a party’s mood toward the player', () => {
  it('reads the Paris table as the scenario sets it: Russia cold to Ukraine, France warm, the USA wary', () => {
    expect(partyMood(paris, start, 'russia', 'ukraine').mood).toBe('cold');
    expect(partyMood(paris, start, 'france', 'ukraine').mood).toBe('warm');
    expect(partyMood(paris, start, 'usa', 'ukraine').mood).toBe('wary');
  });

  it('follows trust across the thresholds of its range, and names itself with a symbol as well as a colour', () => {
    const at = (share: number) =>
      partyMood(paris, withTrust(start, 'usa', 'ukraine', min + share * (max - min)), 'usa', 'ukraine');
    expect(at(WARM_FROM).mood).toBe('warm');
    expect(at(WARM_FROM - 0.01).mood).toBe('wary');
    expect(at(COLD_BELOW).mood).toBe('wary');
    expect(at(COLD_BELOW - 0.01).mood).toBe('cold');
    expect(at(WARM_FROM).label).toBe('● warm');
    expect(at(0).label).toBe('○ cold');
  });

  it('is the mood toward whoever asks: the same party can be warm to one seat and cold to another', () => {
    const game = withTrust(withTrust(start, 'usa', 'france', max), 'usa', 'ukraine', min);
    expect(partyMood(paris, game, 'usa', 'france').mood).toBe('warm');
    expect(partyMood(paris, game, 'usa', 'ukraine').mood).toBe('cold');
  });

  it('says "walked out" for the party whose walk-out ended the talks', () => {
    let state = createGame(paris, { seed: 'mood', seats: { ukraine: 'human' } });
    // Every other seat passes until Ukraine acts; Ukraine leaves.
    for (let step = 0; step < 100 && state.outcome === null; step++) {
      const actor = currentActor(paris, state);
      if (actor === null) break;
      const action =
        actor === 'ukraine' ? { type: 'walkOut' as const, party: actor } : { type: 'endPhase' as const, party: actor };
      state = applyAction(paris, state, action).state;
    }
    expect(state.outcome).toMatchObject({ kind: 'collapse', cause: 'walk-out', party: 'ukraine' });
    expect(partyMood(paris, state, 'ukraine', 'france')).toEqual({ mood: 'walked-out', label: '✕ walked out' });
    expect(partyMood(paris, state, 'france', 'ukraine').mood).not.toBe('walked-out');
  });
});
