// `npm run replay` as a user relies on it: record then verify says "match"; every broken file gives one line that
// says where and why (never a stack trace) and exit code 1; show prints the log up to a step.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const TIMEOUT = 60_000;

function replay(...args: string[]) {
  const run = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/cli/replay.ts', ...args], {
    encoding: 'utf8',
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

function expectOneLineError(result: ReturnType<typeof replay>, pattern: RegExp) {
  expect(result.code).toBe(1);
  expect(result.out).toBe('');
  expect(result.err.trim().split('\n')).toHaveLength(1);
  expect(result.err).not.toMatch(/\bat .*\.[tj]s:\d+/);
  expect(result.err.trim()).toMatch(pattern);
}

describe('npm run replay', () => {
  const folder = mkdtempSync(join(tmpdir(), 'ceasefire-replay-'));
  const recorded = join(folder, 'game.json');
  let text = '';
  const variant = (name: string, content: string) => {
    const file = join(folder, name);
    writeFileSync(file, content);
    return file;
  };

  beforeAll(() => {
    const result = replay('record', '--scenario', 'scenarios/tutorial.yaml', '--seed', 'cli-1', '--out', recorded);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^recorded .*game\.json: tutorial, seed "cli-1", \d+ actions/);
    text = readFileSync(recorded, 'utf8');
  }, TIMEOUT);

  it(
    'verifies a recorded game: match, exit 0 (the scenario found from the id the replay names)',
    () => {
      const result = replay('verify', recorded);
      expect(result.code).toBe(0);
      expect(result.out).toMatch(/^match: /);
      expect(replay('verify', recorded, '--scenario', 'scenarios/tutorial.yaml').code).toBe(0);
    },
    TIMEOUT,
  );

  it(
    'names the first action that differs when one is taken out',
    () => {
      const lines = text.split('\n');
      const actionLines = lines.flatMap((line, index) => (line.startsWith('    {"type"') ? [index] : []));
      const removed = actionLines[6] ?? -1;
      const file = variant('removed.json', lines.filter((_, index) => index !== removed).join('\n'));
      expectOneLineError(replay('verify', file), /^.*removed\.json: .*action 6\b/);
    },
    TIMEOUT,
  );

  it(
    'explains a changed seed, a tampered scenario hash, an unknown version, corrupt JSON and an illegal action',
    () => {
      expectOneLineError(
        replay('verify', variant('seed.json', text.replace('"seed": "cli-1"', '"seed": "cli-2"'))),
        /seed\.json: the state after action 0 .* check the seed/,
      );
      expectOneLineError(
        replay('verify', variant('hash.json', text.replace(/("hash":")[0-9a-f]{16}/, '$10123456789abcdef'))),
        /hash\.json: scenario "tutorial" is not the one recorded: expected content hash 0123456789abcdef, found [0-9a-f]{16}/,
      );
      expectOneLineError(
        replay('verify', variant('version.json', text.replace('"version": 1', '"version": 7'))),
        /version\.json: version: unknown replay version 7; this build reads version 1/,
      );
      expectOneLineError(
        replay('verify', variant('corrupt.json', text.replace('"actions": [', '"actions": ['.slice(0, -1)))),
        /corrupt\.json:\d+:\d+: not valid JSON: /,
      );
      const firstDraft = text.match(/\{"type":"tableDraft","party":"commission"[^\n]*\}/)?.[0] ?? '';
      expect(firstDraft).not.toBe('');
      expectOneLineError(
        replay('verify', variant('illegal.json', text.replace(firstDraft, '{"type":"endPhase","party":"ostrand"}'))),
        /illegal\.json: action \d+ \(endPhase by ostrand\) is illegal: it is Commission's turn/,
      );
      expectOneLineError(replay('verify', join(folder, 'absent.json')), /absent\.json: no such file$/);
    },
    TIMEOUT,
  );

  it(
    'shows the log up to a step, and the state reached',
    () => {
      const result = replay('show', recorded, '--step', '5');
      expect(result.code).toBe(0);
      expect(result.out).toContain('round 1 begins');
      expect(result.out).toMatch(/^#4 /m);
      expect(result.out).not.toMatch(/^#5 /m);
      expect(result.out).toMatch(/after 5 of \d+ actions: round 1/);
      expectOneLineError(replay('show', recorded, '--step', '100000'), /past the end/);
    },
    TIMEOUT,
  );

  it(
    'explains itself with --help and refuses bad arguments with exit code 2',
    () => {
      expect(replay('--help')).toMatchObject({ code: 0, out: expect.stringMatching(/^Usage: npm run replay/) });
      for (const args of [
        ['play', recorded],
        ['record', '--scenario', 'tutorial', '--seed', 'x'],
      ]) {
        const { code, err } = replay(...args);
        expect(code).toBe(2);
        expect(err.trim().split('\n')).toHaveLength(1);
      }
    },
    TIMEOUT,
  );
});
