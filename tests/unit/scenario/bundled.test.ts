// The scenarios that ship with the game: they load, the flagship is faithful to its brief, the tutorial is small,
// numbers are explained, and the text paraphrases the news report rather than copying it.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatScenarioError, loadScenarioText } from '../../../src/scenario/loadScenario';
import type { Scenario } from '../../../src/scenario/schema/scenario';
import { SEED_SHINGLES_FILE, shingleHashes, words, SHINGLE_WORDS } from './shingles';

const bundledFiles = readdirSync('scenarios')
  .filter((name) => /\.(ya?ml|json)$/.test(name) && name !== 'scenario.schema.json')
  .map((name) => `scenarios/${name}`);

function load(file: string): Scenario {
  const result = loadScenarioText(readFileSync(file, 'utf8'), file);
  if (!result.ok) throw new Error(result.errors.map(formatScenarioError).join('\n'));
  return result.scenario;
}

describe('bundled scenarios', () => {
  it('include the flagship and the tutorial', () => {
    expect(bundledFiles).toEqual(expect.arrayContaining(['scenarios/paris-2026.yaml', 'scenarios/tutorial.yaml']));
  });

  it.each(bundledFiles)('%s loads without errors', (file) => {
    expect(() => load(file)).not.toThrow();
  });

  it.each(bundledFiles)('%s explains every number in a comment', (file) => {
    const lines = readFileSync(file, 'utf8').split('\n');
    const unexplained = lines
      .map((text, index) => ({ text, line: index + 1 }))
      .filter(({ text }) => holdsNumber(text) && !hasComment(text))
      .filter(({ line }) => !isMapPointRow(lines, line - 1));
    expect(unexplained.map(({ line, text }) => `${file}:${line}: ${text.trim()}`)).toEqual([]);
  });

  it.each(bundledFiles)('%s paraphrases the news report instead of copying it', (file) => {
    const seed = new Set<string>(JSON.parse(readFileSync(SEED_SHINGLES_FILE, 'utf8')).hashes);
    const text = readFileSync(file, 'utf8');
    const copied = [...shingleHashes(text)].filter((hash) => seed.has(hash));
    const list = words(text);
    // Name the copied runs so an author can find and rewrite them.
    const runs = copied.map((hash) => {
      for (let i = 0; i + SHINGLE_WORDS <= list.length; i++) {
        const run = list.slice(i, i + SHINGLE_WORDS).join(' ');
        if (shingleHashes(run).has(hash)) return run;
      }
      return hash;
    });
    expect(runs).toEqual([]);
  });
});

/** A YAML line with a number value (dates and quoted text aside): after `key:`, a list dash, `[`, `{` or `,`. */
function holdsNumber(line: string): boolean {
  if (/^\s*(-\s*)?date:/.test(line)) return false;
  return /(?:[:,[{]|^\s*-)\s*-?\.?\d/.test(unquote(line));
}

/** A `#` outside quotes starts a comment; `'#1f5f8b'` is a colour. */
function hasComment(line: string): boolean {
  return unquote(line).includes('#');
}

function unquote(line: string): string {
  return line.replace(/'[^']*'|"[^"]*"/g, "''");
}

/** Rows of `[lon, lat]` pairs under a map feature's `points:` are explained once, on the `points:` line. */
function isMapPointRow(lines: string[], index: number): boolean {
  if (!/^\s*-?\s*\[\s*-?\d+(\.\d+)?\s*,\s*-?\d+(\.\d+)?\s*\]/.test(lines[index] ?? '')) return false;
  for (let i = index - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    if (/^\s*points:/.test(line)) return line.includes('#');
    if (!/^\s*(-\s*)?\[|^\s*#|^\s*$/.test(line)) return false;
  }
  return false;
}

describe('the flagship: Paris 2026', () => {
  const paris = load('scenarios/paris-2026.yaml');
  const party = (id: string) => paris.parties.find((p) => p.id === id);

  it('seats every party and leader the report names', () => {
    const leaders = paris.parties.flatMap((p) => p.leaders.map((leader) => leader.name)).join(' | ');
    for (const name of [
      'Zelensky',
      'Putin',
      'Witkoff',
      'Kushner',
      'Macron',
      'Starmer',
      'Merz',
      'Meloni',
      'Tusk',
      'Carney',
    ])
      expect(leaders).toContain(name);
    const ids = paris.parties.map((p) => p.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'ukraine',
        'russia',
        'united-states',
        'france',
        'united-kingdom',
        'germany',
        'italy',
        'poland',
        'canada',
        'nato',
        'european-union',
      ]),
    );
    expect(paris.parties.some((p) => p.kind === 'bloc')).toBe(true);
    expect(party('nato')?.kind).toBe('institution');
    expect(party('european-union')?.kind).toBe('institution');
  });

  it('keeps Russia away from the table, reached through another party, yet needed to sign', () => {
    expect(party('russia')?.atTable).toBe(false);
    expect(party('russia')?.reachedThrough).toBeDefined();
    expect(paris.rules.requiredSignatories).toEqual(expect.arrayContaining(['ukraine', 'russia']));
  });

  it('has France as host and convenor holding the pen', () => {
    expect(party('france')?.role).toBe('convenor');
    expect(paris.rules.pen).toBe('france');
  });

  it("puts the report's disputes on the table, each with 3 to 5 options", () => {
    const text = paris.issues
      .map((issue) => `${issue.id} ${issue.label}`)
      .join(' ')
      .toLowerCase();
    for (const topic of ['donbas', 'occupied', 'forces', 'guarantee', 'monitor', 'sanction'])
      expect(text).toContain(topic);
    for (const issue of paris.issues) expect(issue.options.length).toBeGreaterThanOrEqual(3);
  });

  it('gives Ukraine and Russia the red lines the report describes', () => {
    const redLineIssues = (id: string) => party(id)?.redLines.map((line) => line.issue) ?? [];
    expect(redLineIssues('ukraine').length).toBeGreaterThanOrEqual(2);
    expect(redLineIssues('russia').length).toBeGreaterThanOrEqual(2);
  });

  it('has at least 10 levers and 12 news events, each event tied to a source', () => {
    expect(paris.levers.length).toBeGreaterThanOrEqual(10);
    expect(paris.events.length).toBeGreaterThanOrEqual(12);
    for (const event of paris.events) expect(event.sources.length, event.id).toBeGreaterThan(0);
  });

  it('names its sources, including the AFP report of the Paris meeting', () => {
    expect(paris.sources.some((source) => /AFP/i.test(source.publisher))).toBe(true);
  });

  it('marks its map as schematic and draws occupied areas and a line of contact', () => {
    expect(paris.map?.note.toLowerCase()).toMatch(/schematic|approximate/);
    const kinds = paris.map?.features.map((feature) => feature.kind) ?? [];
    expect(kinds).toEqual(expect.arrayContaining(['occupied', 'contact-line']));
  });
});

describe('the tutorial', () => {
  const tutorial = load('scenarios/tutorial.yaml');

  it('is small enough to teach: 3 parties, 3 issues, about 5 rounds', () => {
    expect(tutorial.parties).toHaveLength(3);
    expect(tutorial.issues).toHaveLength(3);
    expect(tutorial.rules.rounds).toBeGreaterThanOrEqual(4);
    expect(tutorial.rules.rounds).toBeLessThanOrEqual(6);
  });
});
