// What the command-line tools share: option parsing that fails in one line, loading a scenario file into a compiled
// scenario, and a main wrapper that turns any error into one line on stderr and an exit code — never a stack trace.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { compileScenario } from '../engine';
import type { CompiledScenario } from '../engine';
import { formatScenarioError } from '../scenario/loadScenario';
import { readScenarioFile } from '../scenario/readScenarioFile';

/** Wrong or missing arguments: the tool prints the message and its usage hint, and exits with 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A failure already explained to the user in one or more one-line messages: exits with 1. */
export class ReportedError extends Error {
  readonly lines: string[];
  constructor(lines: string[]) {
    super(lines.join('\n'));
    this.name = 'ReportedError';
    this.lines = lines;
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs, strict, with `npm run x -- …`'s stray `--` tolerated and errors as UsageError. */
export function parseCliArgs<T extends Options>(args: readonly string[], options: T) {
  const cleaned = args[0] === '--' ? args.slice(1) : [...args];
  try {
    return parseArgs({ args: cleaned, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(oneLine(error instanceof Error ? error.message : String(error)));
  }
}

export function requireOption(value: string | undefined, name: string): string {
  if (value === undefined || value === '') throw new UsageError(`--${name} is required`);
  return value;
}

export function positiveInteger(value: string | undefined, name: string, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  const number = Number(value);
  if (value === undefined || !/^\d+$/.test(value) || !Number.isSafeInteger(number) || number < 1)
    throw new UsageError(`--${name} must be a whole number of at least 1, not ${JSON.stringify(value ?? '')}`);
  return number;
}

export function nonNegativeInteger(value: string, name: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number))
    throw new UsageError(`--${name} must be a whole number (0 or more), not ${JSON.stringify(value)}`);
  return number;
}

/** `tutorial` is short for `scenarios/tutorial.yaml` when there is no file of that name here. */
export function scenarioPath(nameOrFile: string): string {
  if (existsSync(nameOrFile) || !/^[a-z][a-z0-9-]*$/.test(nameOrFile)) return nameOrFile;
  return `scenarios/${nameOrFile}.yaml`;
}

export async function loadCompiledScenario(file: string): Promise<CompiledScenario> {
  const result = await readScenarioFile(file);
  if (!result.ok) throw new ReportedError(result.errors.map(formatScenarioError));
  return compileScenario(result.scenario);
}

export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Runs a tool: its exit code, or 2 for usage errors and 1 for anything else, each said in one line. */
export async function runMain(tool: string, main: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${oneLine(error.message)} (see: npm run ${tool} -- --help)`);
      process.exitCode = 2;
    } else if (error instanceof ReportedError) {
      for (const line of error.lines) console.error(oneLine(line));
      process.exitCode = 1;
    } else {
      console.error(`error: ${oneLine(error instanceof Error ? error.message : String(error))}`);
      process.exitCode = 1;
    }
  }
}
