// Sizes are bounded by the format: a file past a bound gets one located error naming the bound, and a file at the
// bound of issues (the dimension the Nash and Kalai searches grow with) still loads.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../../src/scenario/loadScenario';
import { SIZE_LIMITS } from '../../../src/scenario/schema/scenario';
import type { Scenario } from '../../../src/scenario/schema/scenario';

const tutorial = (() => {
  const loaded = loadScenarioText(readFileSync('scenarios/tutorial.yaml', 'utf8'), 'tutorial.yaml');
  if (!loaded.ok) throw new Error('the tutorial is valid as bundled');
  return loaded.scenario;
})();

/** The tutorial with copies of its issues until it has `count`, every party valuing each copy as the original. */
function withIssues(count: number): Scenario {
  const scenario: Scenario = structuredClone(tutorial);
  for (let k = 0; scenario.issues.length < count; k++) {
    const original = tutorial.issues[k % tutorial.issues.length];
    if (!original) throw new Error('the tutorial has issues');
    const copy = { ...structuredClone(original), id: `${original.id}-copy-${k}`, map: undefined };
    copy.options = copy.options.map((option) => ({ ...option, id: `${option.id}-copy-${k}` }));
    scenario.issues.push(copy);
    for (const party of scenario.parties) {
      const preference = party.preferences[original.id];
      if (!preference) continue;
      const values = Object.entries(preference.values).map(([option, value]) => [`${option}-copy-${k}`, value]);
      party.preferences[copy.id] = { ...preference, values: Object.fromEntries(values) };
    }
  }
  return scenario;
}

describe('size limits', () => {
  it(`loads a scenario of ${SIZE_LIMITS.issues} issues, and refuses one more with a located error`, () => {
    const atBound = loadScenarioText(JSON.stringify(withIssues(SIZE_LIMITS.issues), null, 1), 'wide.json');
    expect(atBound.ok).toBe(true);
    const past = loadScenarioText(JSON.stringify(withIssues(SIZE_LIMITS.issues + 1), null, 1), 'wider.json');
    expect(past.ok).toBe(false);
    if (past.ok) return;
    expect(past.errors).toEqual([
      expect.objectContaining({
        file: 'wider.json',
        path: 'issues',
        message: `a scenario has 1 to ${SIZE_LIMITS.issues} issues`,
      }),
    ]);
    expect(past.errors[0]?.line).toBeGreaterThan(0);
  });
});
