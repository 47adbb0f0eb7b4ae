// `npm run validate` as a person or a script uses it: ok lines, located errors, and an exit code to rely on.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINIMAL_FILE, edit, minimalText } from '../scenario/scenarioText';

function validate(...files: string[]) {
  const run = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/cli/validate.ts', ...files], {
    encoding: 'utf8',
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('npm run validate', () => {
  const folder = mkdtempSync(join(tmpdir(), 'ceasefire-validate-'));
  const broken = join(folder, 'broken.yaml');
  writeFileSync(broken, edit(minimalText, 'requiredSignatories: [north, south]', 'requiredSignatories: [north, east]'));

  it('prints ok for a valid file and exits 0', () => {
    const { code, out } = validate(MINIMAL_FILE);
    expect(out.trim()).toBe(`ok ${MINIMAL_FILE}`);
    expect(code).toBe(0);
  });

  it('prints one located line per error, no stack trace, and exits 1 if any file is invalid', () => {
    const { code, out, err } = validate(MINIMAL_FILE, broken);
    expect(out.trim()).toBe(`ok ${MINIMAL_FILE}`);
    expect(err.trim()).toMatch(
      new RegExp(
        `^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+ rules\\.requiredSignatories\\[1\\]: unknown party "east"`,
      ),
    );
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).not.toMatch(/\bat .*\.ts:\d+/);
    expect(code).toBe(1);
  });

  it('prints the first 50 problems of a badly broken file, then one line that counts the rest', () => {
    const manyBroken = join(folder, 'many-broken.yaml');
    writeFileSync(manyBroken, `${Array.from({ length: 200 }, (_, i) => `k${i}: [`).join('\n')}\n`);
    const lines = validate(manyBroken).err.trim().split('\n');
    expect(lines).toHaveLength(51);
    expect(lines[0]).toMatch(/many-broken\.yaml:\d+:\d+ YAML syntax: /);
    expect(lines[50]).toMatch(/many-broken\.yaml:\d+:\d+ … and 150 more problems$/);
  });

  it('explains itself with --help and refuses to run on nothing', () => {
    expect(validate('--help').out).toMatch(/Usage: npm run validate/);
    expect(validate().code).toBe(2);
  });
});
