// `npm run simulate` as a designer or a script uses it: one JSON object whose rates add up, a readable table, and
// one-line errors with exit codes to rely on.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const TIMEOUT = 60_000;

function simulate(...args: string[]) {
  const run = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/cli/simulate.ts', ...args], {
    encoding: 'utf8',
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('npm run simulate', () => {
  it(
    'prints one JSON object whose outcome rates sum to 1',
    () => {
      const { code, out, err } = simulate(
        '--scenario',
        'scenarios/tutorial.yaml',
        '--seed',
        'cli',
        '--games',
        '12',
        '--json',
      );
      expect(err).toBe('');
      expect(code).toBe(0);
      expect(out.trim().split('\n')).toHaveLength(1);
      const report = JSON.parse(out);
      expect(report.games).toBe(12);
      expect(report.agreementRate + report.collapseRate + report.deadlineRate).toBeCloseTo(1, 10);
      for (const rate of [report.agreementRate, report.collapseRate, report.deadlineRate])
        expect(rate * 12).toBeCloseTo(Math.round(rate * 12), 10);
      expect(report.meanRounds).toBeGreaterThanOrEqual(1);
      expect(report.gamesPerSecond).toBeGreaterThan(0);
      expect(Object.keys(report.meanUtility).sort()).toEqual(['commission', 'norvale', 'ostrand']);
      if (report.agreements > 0) {
        expect(report.topPackageShare).toBeGreaterThan(0);
        expect(report.topPackageShare).toBeLessThanOrEqual(1);
        expect(report.topPackages[0].share).toBe(report.topPackageShare);
        expect(report.nash.agreementsMeasured).toBe(report.agreements);
      } else expect(report.topPackageShare).toBeNull();
    },
    TIMEOUT,
  );

  it(
    'is deterministic: the same seed gives the same figures',
    () => {
      const args = ['--scenario', 'tutorial', '--seed', 'same', '--games', '5', '--json'];
      const strip = (text: string) => {
        const { gamesPerSecond: _speed, seconds: _seconds, ...rest } = JSON.parse(text);
        return rest;
      };
      expect(strip(simulate(...args).out)).toEqual(strip(simulate(...args).out));
    },
    TIMEOUT,
  );

  it(
    'prints a readable table',
    () => {
      const { code, out } = simulate('--scenario', 'scenarios/tutorial.yaml', '--seed', 'cli', '--games', '4');
      expect(code).toBe(0);
      for (const heading of ['agreement', 'collapse', 'deadline', 'mean rounds', 'games per second', 'Nash point'])
        expect(out).toContain(heading);
    },
    TIMEOUT,
  );

  it(
    'explains itself with --help and refuses bad arguments in one line with exit code 2',
    () => {
      expect(simulate('--help')).toMatchObject({ code: 0, out: expect.stringMatching(/^Usage: npm run simulate/) });
      for (const args of [
        ['--scenario', 'tutorial', '--games', 'many'],
        ['--scenario', 'tutorial', '--fast'],
      ]) {
        const { code, err } = simulate(...args);
        expect(code).toBe(2);
        expect(err.trim().split('\n')).toHaveLength(1);
      }
    },
    TIMEOUT,
  );

  it(
    'reports a missing scenario file in one line with exit code 1',
    () => {
      const { code, err } = simulate('--scenario', 'scenarios/nowhere.yaml', '--games', '1');
      expect(code).toBe(1);
      expect(err.trim()).toBe('scenarios/nowhere.yaml:1:1 no such file');
    },
    TIMEOUT,
  );
});
