// Property tests over random seeds and random legal action sequences: whatever players do, the state stays valid
// plain JSON, every meter stays in its range, and every game ends within the deadline.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyAction, createGame, currentActor, legalActions, playAiGame, whyIllegal } from '../../../src/engine/index';
import type { Action, CompiledScenario, GameState } from '../../../src/engine/index';
import { minimalText } from '../scenario/scenarioText';
import { compileFile, compileText } from './gameHelpers';

const scenarios: [string, CompiledScenario, number][] = [
  ['minimal fixture', compileText(minimalText), 40],
  ['tutorial', compileFile('scenarios/tutorial.yaml'), 40],
  ['paris-2026', compileFile('scenarios/paris-2026.yaml'), 5],
];

/** A small seeded generator for the test's own choices (fast-check supplies the seed). */
function chooser(seed: number) {
  let value = seed >>> 0 || 1;
  return (n: number) => {
    value ^= value << 13;
    value ^= value >>> 17;
    value ^= value << 5;
    return (value >>> 0) % n;
  };
}

function randomLegalAction(compiled: CompiledScenario, state: GameState, pick: (n: number) => number): Action | null {
  const actor = currentActor(compiled, state);
  if (actor === null) return null;
  const allowed = legalActions(compiled, state, actor)
    .filter((option) => option.allowed)
    // Walking out ends a game at once; keep it rare so games also reach their other endings.
    .filter((option) => option.action.type !== 'walkOut' || pick(50) === 0)
    .map((option) => option.action);
  const action = allowed[pick(allowed.length)];
  if (action?.type === 'tableDraft') {
    const terms = Object.fromEntries(
      compiled.scenario.issues.map((issue) => [issue.id, issue.options[pick(issue.options.length)]?.id ?? '']),
    );
    return { ...action, terms };
  }
  if (action?.type === 'makePledge') {
    const issue = compiled.scenario.issues[pick(compiled.scenario.issues.length)];
    const pledge: Action = {
      ...action,
      issue: issue?.id ?? '',
      refuses: [issue?.options[pick(issue.options.length)]?.id ?? ''],
    };
    // A random pledge may repeat one already made; then keep the listed (legal) one.
    return whyIllegal(compiled, state, pledge) === null ? pledge : action;
  }
  return action ?? null;
}

function checkInvariants(compiled: CompiledScenario, state: GameState): void {
  const { scenario } = compiled;
  for (const meter of scenario.meters) {
    const values =
      meter.scope === 'shared'
        ? [state.sharedMeters[meter.id] ?? NaN]
        : compiled.partyIds.map((id) => state.partyMeters[id]?.[meter.id] ?? NaN);
    for (const value of values) {
      expect(value).toBeGreaterThanOrEqual(meter.min);
      expect(value).toBeLessThanOrEqual(meter.max);
    }
  }
  for (const row of Object.values(state.trust))
    for (const value of Object.values(row)) {
      expect(value).toBeGreaterThanOrEqual(scenario.rules.trust.min);
      expect(value).toBeLessThanOrEqual(scenario.rules.trust.max);
    }
  for (const row of Object.values(state.firmness)) for (const value of row) expect(value >= 0 && value <= 1).toBe(true);
  expect(state.round).toBeLessThanOrEqual(scenario.rules.rounds + scenario.rules.maxDeadlineExtension);
  expect(JSON.parse(JSON.stringify(state))).toEqual(state);
}

describe.each(scenarios)('%s', (_, compiled, runs) => {
  it('stays valid JSON with every meter in range under random legal play, and always ends', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 12 }), fc.integer({ min: 1 }), (seed, choices) => {
        const pick = chooser(choices);
        let state = createGame(compiled, { seed });
        let steps = 0;
        while (state.phase !== 'ended') {
          const action = randomLegalAction(compiled, state, pick);
          if (action === null) break;
          state = applyAction(compiled, state, action).state;
          checkInvariants(compiled, state);
          steps++;
          expect(steps).toBeLessThan(5000);
        }
        expect(state.phase).toBe('ended');
        expect(state.outcome).not.toBeNull();
      }),
      { numRuns: runs, seed: 2026 },
    );
  });

  it('plays all-AI games to an end within the deadline, with every state valid', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 12 }), (seed) => {
        const { state } = playAiGame(compiled, { seed });
        checkInvariants(compiled, state);
        expect(state.outcome).not.toBeNull();
      }),
      { numRuns: runs, seed: 2027 },
    );
  });
});
