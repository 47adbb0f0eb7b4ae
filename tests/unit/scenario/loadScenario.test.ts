// The loader's promises beyond single errors: valid files load with defaults, JSON works too, files on disk are
// checked for size and encoding, and no input at all makes it throw.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatScenarioError, loadScenarioText } from '../../../src/scenario/loadScenario';
import { readScenarioFile } from '../../../src/scenario/readScenarioFile';
import { edit, minimalText, MINIMAL_FILE } from './scenarioText';

describe('loading a valid scenario', () => {
  it('gives the typed scenario with defaults filled in', () => {
    const result = loadScenarioText(minimalText, MINIMAL_FILE);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { scenario } = result;
    expect(scenario.parties.map((party) => party.id)).toEqual(['north', 'south', 'mediator']);
    expect(scenario.rules.actionsPerRound).toBe(2);
    expect(scenario.rules.channelDelay).toBe(1);
    expect(scenario.parties[1]?.redLines).toEqual([]);
    expect(scenario.issues[0]?.options[0]?.enforcement).toBe(0);
    expect(scenario.parties[2]?.flag.symbol).toBe('compass');
  });

  it('accepts the same scenario written as JSON, and locates errors in JSON too', () => {
    const json = JSON.stringify(parse(minimalText), null, 2);
    expect(loadScenarioText(json, 'minimal.json').ok).toBe(true);
    const broken = edit(json, '"pen": "mediator"', '"pen": "nobody"');
    const result = loadScenarioText(broken, 'broken.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const line = broken.split('\n').findIndex((text) => text.includes('"pen": "nobody"')) + 1;
    expect(result.errors.map(formatScenarioError)).toContain(
      `broken.json:${line}:12 rules.pen: unknown party "nobody" (known: north, south, mediator)`,
    );
  });

  it('reports several independent errors at once, in file order', () => {
    const text = edit(
      edit(minimalText, 'forbidden: [south-keeps]', 'forbidden: [nowhere]'),
      'requiredSignatories: [north, south]',
      'requiredSignatories: [north, west]',
    );
    const result = loadScenarioText(text, 'x.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.path)).toEqual([
      'parties[0].redLines[0].forbidden[0]',
      'rules.requiredSignatories[1]',
    ]);
  });
});

describe('reading a scenario file from disk', () => {
  const folder = mkdtempSync(join(tmpdir(), 'ceasefire-'));

  it('loads a valid file', async () => {
    expect((await readScenarioFile(MINIMAL_FILE)).ok).toBe(true);
  });

  it.each([
    ['a missing file', 'missing.yaml', null, 'no such file'],
    ['bytes that are not UTF-8', 'latin1.yaml', Buffer.from([0x66, 0x6f, 0x72, 0xe9, 0x0a, 0xff, 0xfe]), 'not UTF-8'],
    ['a file over 1 MiB', 'big.yaml', Buffer.alloc(1024 * 1024 + 1, 0x20), 'at most 1 MiB'],
  ])('refuses %s with one line at 1:1', async (_, name, bytes, message) => {
    const file = join(folder, name);
    if (bytes) writeFileSync(file, bytes);
    const result = await readScenarioFile(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(formatScenarioError(result.errors[0]!)).toMatch(
      new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:1 .*${message}`),
    );
  });
});

describe('robustness', () => {
  it('never throws and always answers with one-line errors, whatever the text', () => {
    const lines = minimalText.split('\n');
    const mutatedScenario = fc
      .tuple(fc.nat(lines.length - 1), fc.string({ maxLength: 12 }), fc.nat(lines.length - 1))
      .map(([line, insert, cut]) => {
        const copy = [...lines];
        copy[line] = `${copy[line]?.slice(0, copy[line]!.length >> 1) ?? ''}${insert}`;
        copy.splice(cut, 1);
        return copy.join('\n');
      });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), mutatedScenario), (text) => {
        const result = loadScenarioText(text, 'fuzz.yaml');
        if (result.ok) return;
        expect(result.errors.length).toBeGreaterThan(0);
        for (const error of result.errors) {
          const line = formatScenarioError(error);
          expect(line).not.toContain('\n');
          expect(line.startsWith('fuzz.yaml:')).toBe(true);
          expect(error.line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 300, seed: 20260106 },
    );
  });
});
