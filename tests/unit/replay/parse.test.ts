// Reading replay files: a written replay reads back as itself, and every kind of bad file gets located one-line
// errors (`file: field path: what is wrong`, or `file:line:column:` for text that is not JSON).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReplay, recordAiGame, serializeReplay, verifyReplay } from '../../../src/replay/index';
import { compileFile, TUTORIAL_FILE } from './fixtures';

const compiled = compileFile(TUTORIAL_FILE);
const replay = recordAiGame(compiled, 'parse-1');
const text = serializeReplay(replay);
const FILE = 'games/parse-1.json';

function errorsOf(source: string): string[] {
  const result = parseReplay(source, FILE);
  if (result.ok) throw new Error('expected the text not to parse');
  for (const error of result.errors) expect(error).not.toMatch(/\n/);
  return result.errors;
}

function edited(change: (value: Record<string, unknown>) => void): string {
  const value = JSON.parse(text) as Record<string, unknown>;
  change(value);
  return JSON.stringify(value, null, 2);
}

describe('replay files', () => {
  it('round-trip: what is written reads back equal, verifies, and writes the same text again', () => {
    const parsed = parseReplay(text, FILE);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.replay).toEqual(replay);
    expect(serializeReplay(parsed.replay)).toBe(text);
    expect(verifyReplay(compiled, parsed.replay).ok).toBe(true);
  });

  it('are written one action per line, so a diff of two replays reads as a diff of two games', () => {
    const lines = text.split('\n').map((line) => line.trim().replace(/,$/, ''));
    for (const action of replay.actions) expect(lines).toContain(JSON.stringify(action));
  });

  it('read a byte-order mark and any JSON layout', () => {
    const parsed = parseReplay(`\uFEFF${JSON.stringify(replay)}`, FILE);
    expect(parsed.ok && parsed.replay).toEqual(replay);
  });

  it('locate corrupt JSON by line and column', () => {
    const lines = text.split('\n');
    const seedLine = lines.findIndex((line) => line.startsWith('  "seed"'));
    lines[seedLine] = (lines[seedLine] ?? '').replace(/,$/, '');
    expect(errorsOf(lines.join('\n'))).toEqual([
      `${FILE}:${seedLine + 2}:3: not valid JSON: expected ',' or '}' after a field's value but found '"'`,
    ]);
    expect(errorsOf(text.slice(0, 200))[0]).toMatch(new RegExp(`^${FILE}:\\d+:\\d+: not valid JSON: .*end`));
  });

  it('refuse an unknown version, saying which versions this build reads', () => {
    expect(errorsOf(text.replace('"version": 1', '"version": 2'))).toEqual([
      `${FILE}: version: unknown replay version 2; this build reads version 1 (the file was written by a newer build)`,
    ]);
    expect(errorsOf(text.replace('"version": 1', '"version": "1"'))[0]).toMatch(
      /^games\/parse-1\.json: version: unknown/,
    );
  });

  it('refuse files that are not replays', () => {
    expect(errorsOf('')).toEqual([
      `${FILE}: the file is empty; a replay is the JSON file \`npm run replay -- record\` writes`,
    ]);
    expect(errorsOf('[1, 2]')[0]).toMatch(/holds a list$/);
    expect(errorsOf(edited((value) => delete value.format))[0]).toMatch(/^games\/parse-1\.json: format: missing/);
    expect(errorsOf(text.replace('ceasefire-summit-replay', 'chess-pgn'))[0]).toContain(
      'not a Ceasefire Summit replay',
    );
  });

  it('name the field path of what is wrong', () => {
    const errors = errorsOf(
      edited((value) => {
        value.seed = 7;
        const actions = value.actions as Record<string, unknown>[];
        actions[2] = { ...actions[2], type: 'endTurn' };
        delete actions[3]?.party;
        actions[4] = { ...actions[4], bribe: 1000 };
        (value.checkpoints as string[])[1] = 'not-a-hash';
        value.extra = true;
      }),
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        `${FILE}: seed: expected a text, found 7`,
        expect.stringMatching(
          /^games\/parse-1\.json: actions\[2\]\.type: unknown action type "endTurn" \(known: playLever, /,
        ),
        `${FILE}: actions[3].party: missing (expected a text)`,
        `${FILE}: actions[4].bribe: unknown field`,
        `${FILE}: checkpoints[1]: a state hash is 16 lower-case hex digits`,
        `${FILE}: extra: unknown field`,
      ]),
    );
    expect(errors).toHaveLength(6);
  });

  it('refuse a scenario id that could point outside scenarios/', () => {
    const errors = errorsOf(
      edited((value) => (value.scenario = { id: '../../etc/passwd', hash: replay.scenario.hash })),
    );
    expect(errors[0]).toMatch(/^games\/parse-1\.json: scenario\.id: /);
  });

  it('never throw, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), mutatedReplayText()), (source) => {
        const result = parseReplay(source, FILE);
        if (!result.ok) for (const error of result.errors) expect(error.startsWith(FILE)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

/** The real replay text with a slice cut out: most often corrupt JSON, sometimes a valid file with a field gone. */
function mutatedReplayText() {
  return fc
    .tuple(fc.nat({ max: text.length }), fc.nat({ max: 40 }))
    .map(([start, length]) => text.slice(0, start) + text.slice(start + length));
}
