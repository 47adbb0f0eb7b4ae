// The roll call's mood word: read from the party's trust in the player's seat (public), placed in the scenario's
// trust range, and from a walk-out; the same trust gives the same word whoever asks.
import { describe, expect, it } from 'vitest';
import { applyAction, createGame, currentActor } from '../../../src/engine';
import type { GameState } from '../../../src/engine';
import { COLD_BELOW, NEUTRAL_FROM, partyMood, WARM_FROM } from '../../../src/store/partyMood';
import { compileFile } from '../engine/gameHelpers';

const paris = compileFile('scenarios/paris-2026.yaml');
const { min, max } = paris.scenario.rules.trust;
const start = createGame(paris, { seed: 'mood', seats: { ukraine: 'human' } });

function withTrust(game: GameState, from: string, to: string, value: number): GameState {
  return { ...game, trust: { ...game.trust, [from]: { ...game.trust[from], [to]: value } } };
}

describe('a party’s mood toward the player', () => {
  it('reads the Paris table as the scenario sets it: Russia cold to Ukraine, France warm, the USA wary', () => {
    // Real party ids: an unknown one would read the default trust and pass for the wrong reason.
    expect(paris.partyIds).toEqual(expect.arrayContaining(['russia', 'france', 'united-states', 'ukraine']));
    expect(partyMood(paris, start, 'russia', 'ukraine').mood).toBe('cold');
    expect(partyMood(paris, start, 'france', 'ukraine').mood).toBe('warm');
    expect(partyMood(paris, start, 'united-states', 'ukraine').mood).toBe('wary');
  });

  it('follows trust across the thresholds of its range, and names itself with a symbol as well as a colour', () => {
    const at = (share: number) =>
      partyMood(
        paris,
        withTrust(start, 'united-states', 'ukraine', min + share * (max - min)),
        'united-states',
        'ukraine',
      );
    expect(at(WARM_FROM).mood).toBe('warm');
    expect(at(WARM_FROM - 0.01).mood).toBe('neutral');
    expect(at(NEUTRAL_FROM).mood).toBe('neutral');
    expect(at(NEUTRAL_FROM - 0.01).mood).toBe('wary');
    expect(at(COLD_BELOW).mood).toBe('wary');
    expect(at(COLD_BELOW - 0.01).mood).toBe('cold');
    expect(at(WARM_FROM).label).toBe('● warm');
    expect(at(0).label).toBe('○ cold');
    // A scenario's default trust sits mid-range: a party nobody has moved yet is neutral, not wary.
    expect(at(0.5).label).toBe('◑ neutral');
  });

  it('is the mood toward whoever asks: the same party can be warm to one seat and cold to another', () => {
    const game = withTrust(withTrust(start, 'united-states', 'france', max), 'united-states', 'ukraine', min);
    expect(partyMood(paris, game, 'united-states', 'france').mood).toBe('warm');
    expect(partyMood(paris, game, 'united-states', 'ukraine').mood).toBe('cold');
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
