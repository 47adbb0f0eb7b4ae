// Ids are data, never property names: a scenario that names a party, an issue, an option or anything else after a
// property every JavaScript object has (`constructor`, `__proto__`, `toString`, …) is refused with a located
// error, so no record of the game can ever answer with the language's own property instead of the scenario's data.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../../src/scenario/loadScenario';

const RESERVED = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];

/** Every `id:` value of the parsed scenario, wherever it is (parties, issues, options, levers, events, meters, …). */
function idsOf(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) idsOf(item, found);
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'id' && typeof inner === 'string') found.add(inner);
      else idsOf(inner, found);
    }
  }
  return found;
}

/** The file with one id renamed everywhere it is written: as an id, as a key, as a reference. */
function renamed(text: string, id: string, name: string): string {
  return text.replace(new RegExp(`(?<![a-z0-9-])${id}(?![a-z0-9-])`, 'g'), name);
}

function expectLocatedRefusal(text: string, file: string, what: string) {
  const result = loadScenarioText(text, file);
  expect(result.ok, what).toBe(false);
  if (result.ok) return;
  expect(result.errors.length, what).toBeGreaterThan(0);
  for (const error of result.errors) {
    expect(error.file, what).toBe(file);
    expect(error.line, what).toBeGreaterThan(0);
    expect(error.message, what).not.toContain('\n');
  }
}

describe('reserved names', () => {
  for (const file of ['scenarios/tutorial.yaml', 'scenarios/paris-2026.yaml']) {
    it(`refuses every id of ${file} renamed after an Object property, with a located error`, () => {
      const text = readFileSync(file, 'utf8');
      const loaded = loadScenarioText(text, file);
      if (!loaded.ok) throw new Error(`${file} is valid as bundled`);
      const ids = [...idsOf(loaded.scenario)];
      expect(ids.length).toBeGreaterThan(10);
      // The flagship has hundreds of ids: its parties and issues, the records a game is keyed by, stand for them.
      const keyed = new Set([...loaded.scenario.parties, ...loaded.scenario.issues].map((entry) => entry.id));
      const checked = file.includes('paris') ? ids.filter((id) => keyed.has(id)) : ids;
      for (const id of checked)
        for (const name of RESERVED) expectLocatedRefusal(renamed(text, id, name), file, `${id} → ${name}`);
    });
  }

  it('names the reserved option id in its message, at its line', () => {
    const text = readFileSync('scenarios/tutorial.yaml', 'utf8')
      .replace(/ {6}- id: hotline/, '      - id: constructor')
      .replace(/^ *hotline: .*\n/gm, '');
    const result = loadScenarioText(text, 'tutorial.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const line = text.split('\n').findIndex((row) => row.includes('- id: constructor')) + 1;
    expect(result.errors).toEqual([expect.objectContaining({ line, path: expect.stringContaining('options[') })]);
    expect(result.errors[0]?.message).toMatch(/reserved/);
  });
});
