// GameRun writes in place into the states it owns, to keep long replays linear. It must give the very states
// applyAction gives, action after action, and never touch the state it starts from — over every kind of action,
// the facilitator's included (a pause or an injected event lands in the same round's log as the moves around it).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyAction,
  checkpointHash,
  createGame,
  currentActor,
  facilitatorActions,
  GameRun,
  legalActions,
  stateHash,
} from '../../../src/engine/index';
import type { Action, CompiledScenario, GameState } from '../../../src/engine/index';
import { compileFile } from './gameHelpers';

const scenarios: [string, CompiledScenario][] = [
  ['tutorial', compileFile('scenarios/tutorial.yaml')],
  ['paris-2026', compileFile('scenarios/paris-2026.yaml')],
];

/** Any allowed action: the party to act's or, one time in four, the facilitator's (never the end of the game). */
function anyAllowedAction(compiled: CompiledScenario, state: GameState, roll: number): Action | null {
  const actor = currentActor(compiled, state);
  const moves = actor === null ? [] : legalActions(compiled, state, actor);
  const facilitator = facilitatorActions(compiled, state).filter((option) => option.action.type !== 'endGame');
  const pool = (roll % 4 === 0 || moves.every((option) => !option.allowed) ? facilitator : moves)
    .filter((option) => option.allowed && option.action.type !== 'walkOut')
    .map((option) => option.action);
  return pool[roll % Math.max(1, pool.length)] ?? null;
}

describe('GameRun', () => {
  for (const [name, compiled] of scenarios)
    it(`gives, on ${name}, the states applyAction gives and leaves its start state as it was`, () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 8 }), fc.array(fc.nat(), { maxLength: 120 }), (seed, rolls) => {
          const start = createGame(compiled, { seed: `run-${seed}` });
          const startHash = stateHash(start);
          const run = new GameRun(compiled, start);
          let kept = start;
          for (const roll of rolls) {
            if (kept.phase === 'ended') break;
            const action = anyAllowedAction(compiled, kept, roll);
            if (action === null) break;
            const expected = applyAction(compiled, kept, action);
            const events = run.apply(action);
            expect(events).toEqual(expected.events);
            expect(checkpointHash(run.state)).toBe(checkpointHash(expected.state));
            expect(stateHash(run.state)).toBe(stateHash(expected.state));
            kept = expected.state;
          }
          expect(stateHash(start)).toBe(startHash);
        }),
        { numRuns: name === 'tutorial' ? 30 : 8, seed: 11 },
      );
    });

  it('keeps a round of 2,000 pauses and resumes identical to applyAction, hash for hash', () => {
    const compiled = scenarios[0]?.[1];
    if (!compiled) throw new Error('no scenario');
    const start = createGame(compiled, { seed: 'pauses' });
    const run = new GameRun(compiled, start);
    let kept = start;
    for (let index = 0; index < 2000; index++) {
      const action: Action = { type: index % 2 === 0 ? 'pause' : 'resume' };
      kept = applyAction(compiled, kept, action).state;
      run.apply(action);
    }
    expect(stateHash(run.state)).toBe(stateHash(kept));
    expect(run.state.log.at(-1)?.length).toBe(kept.log.at(-1)?.length);
  });

  it('refuses an illegal action as applyAction does, and stays where it was', () => {
    const compiled = scenarios[0]?.[1];
    if (!compiled) throw new Error('no scenario');
    const run = new GameRun(compiled, createGame(compiled, { seed: 'refuse' }));
    const before = stateHash(run.state);
    expect(() => run.apply({ type: 'resume' })).toThrow(/not paused/);
    expect(stateHash(run.state)).toBe(before);
  });
});
