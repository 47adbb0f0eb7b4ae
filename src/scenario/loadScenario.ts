// Text → validated Scenario, or a list of located, one-line errors. Runs the same in Node and in the browser, and
// never throws for anything a file can contain: a broken scenario must not take the app (or the CLI) down.
import { checkCrossReferences } from './crossReferences';
import { formatPath, wordMessage } from './errors';
import type { LazyMessage, ScenarioError, ScenarioPath } from './errors';
import { scenarioSchema } from './schema/scenario';
import type { Scenario } from './schema/scenario';
import { readYaml } from './yamlSource';
import { describeZodIssues } from './zodIssues';

export { formatScenarioError } from './errors';
export type { ScenarioError } from './errors';

export type ScenarioLoadResult = { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioError[] };

/** Scenario files are written by hand; anything larger is a mistake or an attack, and would stall a browser tab. */
export const MAX_SCENARIO_BYTES = 1024 * 1024;
/** Past this many, further errors are summarised: the first ones are the ones to fix. */
const MAX_ERRORS = 50;

export function loadScenarioText(text: string, file: string): ScenarioLoadResult {
  try {
    return loadUnguarded(text, file);
  } catch (error) {
    // A bug of ours, not the author's; still one line and no stack trace, so nothing the user has is lost.
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ file, line: 1, column: 1, path: '', message: `could not be read: ${reason}` }] };
  }
}

function loadUnguarded(text: string, file: string): ScenarioLoadResult {
  const atStart = (message: string, line = 1, column = 1): ScenarioLoadResult => ({
    ok: false,
    errors: [{ file, line, column, path: '', message }],
  });

  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_SCENARIO_BYTES) return atStart(tooLargeMessage(bytes));
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const { line, column } = lineAndColumn(text, nul);
    return atStart(
      'this is not a text file (it contains a NUL byte); a scenario is a YAML or JSON text file',
      line,
      column,
    );
  }
  if (text.trim() === '')
    return atStart('the file is empty; a scenario is a YAML mapping that starts with "format: 1"');

  const read = readYaml(text);
  if (!read.ok)
    return {
      ok: false,
      errors: capped(
        read.errors.map((error) => ({ file, ...error, path: formatPath(error.path) })),
        file,
      ),
    };
  const { value, locate } = read.parsed;

  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const found = Array.isArray(value)
      ? 'a list'
      : value === null
        ? 'nothing'
        : `the single value ${JSON.stringify(value)}`;
    return atStart(`a scenario is a mapping of fields (format, id, title, …), but the file holds ${found}`);
  }

  const located = (path: ScenarioPath, message: LazyMessage, part: 'key' | 'value' = 'value'): UnwordedError => ({
    file,
    ...locate(path, part),
    path: formatPath(path),
    message,
  });

  const parsed = scenarioSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) {
    const problems = describeZodIssues(scenarioSchema, value, parsed.error.issues);
    return {
      ok: false,
      errors: capped(
        problems.map((p) => located(p.path, p.message, p.part)),
        file,
      ),
    };
  }

  const problems = checkCrossReferences(parsed.data);
  if (problems.length > 0)
    return {
      ok: false,
      errors: capped(
        problems.map((p) => located(p.path, p.message)),
        file,
      ),
    };
  return { ok: true, scenario: parsed.data };
}

export function tooLargeMessage(bytes: number): string {
  const mib = (bytes / MAX_SCENARIO_BYTES).toFixed(1);
  return `the file is ${mib} MiB; a scenario file may be at most 1 MiB`;
}

/** An error whose message may still be a function: it is worded only if it is among the errors shown. */
type UnwordedError = Omit<ScenarioError, 'message'> & { message: LazyMessage };

/** The first errors in the file's order, worded, then one line that counts the rest. */
function capped(errors: UnwordedError[], file: string): ScenarioError[] {
  const sorted = [...errors].sort((a, b) => a.line - b.line || a.column - b.column);
  const shown = sorted.slice(0, MAX_ERRORS).map((error) => ({ ...error, message: wordMessage(error.message) }));
  if (sorted.length <= MAX_ERRORS) return shown;
  const rest = sorted.length - MAX_ERRORS;
  const next = sorted[MAX_ERRORS] ?? { line: 1, column: 1 };
  const more = `… and ${rest} more problem${rest === 1 ? '' : 's'}`;
  return [...shown, { file, line: next.line, column: next.column, path: '', message: more }];
}

function lineAndColumn(text: string, offset: number) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
