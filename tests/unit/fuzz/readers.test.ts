// A seeded, time-bounded fuzz suite over every reader of outside input: scenario files, replay files, share links
// and saves, each fed mutations of a valid input (bytes changed, inserted and cut, lines repeated and dropped). A
// reader never throws, and whatever it refuses it refuses in one line; what it accepts still verifies. The seed is
// fixed so a failure reproduces; the time limit keeps the suite a bounded part of the unit tests.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../../src/engine';
import type { CompiledScenario } from '../../../src/engine';
import {
  decodeShareHash,
  encodeShareHash,
  parseReplay,
  recordAiGame,
  serializeReplay,
  verifyReplay,
} from '../../../src/replay';
import type { ScenarioLookup } from '../../../src/replay';
import { formatScenarioError, loadScenarioText } from '../../../src/scenario/loadScenario';
import { AUTOSAVE_KEY, autosaveSession, readAutosave } from '../../../src/store/autosave';
import type { StorageLike } from '../../../src/store/autosave';
import { createSessionStore } from '../../../src/store/session';

const SEED = 20261208;
/** Each property stops at this many milliseconds of runs, whichever comes first with its run count. */
const TIME_LIMIT_MS = 4000;
const MAX_LINE = 400;

const tutorialText = readFileSync('scenarios/tutorial.yaml', 'utf8');
const tutorial = (() => {
  const loaded = loadScenarioText(tutorialText, 'tutorial.yaml');
  if (!loaded.ok) throw new Error('the tutorial is valid as bundled');
  return compileScenario(loaded.scenario);
})();
const lookup: ScenarioLookup = (id) => (id === tutorial.scenario.id ? tutorial : undefined);

/** One mutation of a text: characters replaced, inserted or cut, or whole lines repeated or dropped. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), text: fc.string({ maxLength: 8, unit: 'binary' }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ maxLength: 8, unit: 'binary' }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('repeatLine' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('dropLine' as const), at: fc.nat() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, change: Mutation): string {
  const at = text.length === 0 ? 0 : change.at % text.length;
  switch (change.kind) {
    case 'replace':
      return text.slice(0, at) + change.text + text.slice(at + change.text.length);
    case 'insert':
      return text.slice(0, at) + change.text + text.slice(at);
    case 'cut':
      return text.slice(0, at) + text.slice(at + change.length);
    case 'repeatLine':
    case 'dropLine': {
      const lines = text.split('\n');
      const index = change.at % lines.length;
      if (change.kind === 'dropLine') lines.splice(index, 1);
      else lines.splice(index, 0, lines[index] ?? '');
      return lines.join('\n');
    }
  }
}

const mutations = fc.array(mutation, { minLength: 1, maxLength: 4 });
const applied = (text: string, changes: Mutation[]) => changes.reduce(mutate, text);
const options = { seed: SEED, numRuns: 300, interruptAfterTimeLimit: TIME_LIMIT_MS };

function expectOneLine(line: string, what: string) {
  expect(line, what).not.toMatch(/[\n\r\u0085\u2028\u2029]/);
  expect(line.length, what).toBeLessThanOrEqual(MAX_LINE);
}

class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

function savedGame(compiled: CompiledScenario): string {
  const storage = new MemoryStorage();
  const store = createSessionStore();
  const stop = autosaveSession(store, storage, { scenarios: lookup });
  store.getState().start({ scenario: compiled.scenario, fileName: 'tutorial.yaml', seed: 'fuzz', seats: {} });
  stop();
  const text = storage.items.get(AUTOSAVE_KEY);
  if (text === undefined) throw new Error('the game was saved');
  return text;
}

describe('fuzzing the readers', () => {
  it('a mutated scenario file loads or gets located one-line errors, never a throw', () => {
    fc.assert(
      fc.property(mutations, (changes) => {
        const result = loadScenarioText(applied(tutorialText, changes), 'fuzz.yaml');
        if (result.ok) return;
        expect(result.errors.length).toBeGreaterThan(0);
        expect(result.errors.length).toBeLessThanOrEqual(51);
        for (const error of result.errors) expectOneLine(formatScenarioError(error), 'a scenario error');
      }),
      options,
    );
  });

  it('a mutated replay file is refused in one line, or verifies (match or a located difference)', () => {
    const replayText = serializeReplay(recordAiGame(tutorial, 'fuzz'));
    fc.assert(
      fc.property(mutations, (changes) => {
        const parsed = parseReplay(applied(replayText, changes), 'fuzz.json');
        if (!parsed.ok) {
          for (const error of parsed.errors) expectOneLine(error, 'a replay error');
          return;
        }
        const verified = verifyReplay(tutorial, parsed.replay);
        if (!verified.ok) expectOneLine(verified.reason, 'a verify difference');
      }),
      options,
    );
  });

  it('a mutated share link decodes to a game that verifies, or is refused in one line', () => {
    const replay = recordAiGame(tutorial, 'fuzz');
    const hash = encodeShareHash(tutorial, replay);
    fc.assert(
      fc.property(mutations, (changes) => {
        const decoded = decodeShareHash(lookup, applied(hash, changes));
        if (!decoded.ok) {
          expectOneLine(decoded.problem, 'a share-link problem');
          return;
        }
        expect(verifyReplay(tutorial, decoded.replay).ok).toBe(true);
      }),
      options,
    );
  });

  it('a mutated save is restored or kept aside with a one-line problem, never a throw', () => {
    const saveText = savedGame(tutorial);
    fc.assert(
      fc.property(mutations, (changes) => {
        const storage = new MemoryStorage();
        storage.setItem(AUTOSAVE_KEY, applied(saveText, changes));
        const read = readAutosave(storage, lookup, { keptAt: '2026-12-08T06:00:00Z' });
        if (read.kind === 'problem') expectOneLine(read.line, 'a save problem');
      }),
      options,
    );
  });
});
