// Text → a checked Replay, or one-line errors that say where: `file: field path: what is wrong`, and for text that is
// not JSON at all, `file:line:column: what is wrong`. Never throws for anything a file can contain. The writer lays
// a replay out one action per line, so a diff of two replays reads as a diff of two games.
import type * as z from 'zod/mini';
import { quoteText } from '../scenario/quoteText';
import { findJsonSyntaxError } from './jsonSyntax';
import { ACTION_TYPES, REPLAY_FORMAT, REPLAY_VERSION, replaySchema } from './format';
import type { Replay } from './format';

export type ReplayParseResult = { ok: true; replay: Replay } | { ok: false; errors: string[] };

/** A long game is a few hundred actions (tens of KiB); anything this large is not a replay. */
export const MAX_REPLAY_CHARS = 16 * 1024 * 1024;
/** Past this many, the rest are summarised: the first ones are the ones to fix. */
const MAX_ERRORS = 20;

export function parseReplay(text: string, fileName: string): ReplayParseResult {
  const fail = (path: readonly PropertyKey[], message: string): ReplayParseResult => ({
    ok: false,
    errors: [located(fileName, path, message)],
  });
  if (text.length > MAX_REPLAY_CHARS)
    return fail([], `the file is ${(text.length / 1024 / 1024).toFixed(1)} MiB; a replay may be at most 16 MiB`);
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '')
    return fail([], 'the file is empty; a replay is the JSON file `npm run replay -- record` writes');

  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    const syntax = findJsonSyntaxError(body);
    const where = syntax ? `${syntax.line}:${syntax.column}` : '1:1';
    return { ok: false, errors: [`${fileName}:${where}: not valid JSON: ${syntax?.message ?? 'unreadable'}`] };
  }

  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return fail(
      [],
      `a replay is a JSON object {"format": "${REPLAY_FORMAT}", …}, but the file holds ${describeValue(value)}`,
    );
  const record = value as Record<string, unknown>;
  if (record.format !== REPLAY_FORMAT)
    return fail(
      ['format'],
      record.format === undefined
        ? `missing: this is not a Ceasefire Summit replay (it should say "format": "${REPLAY_FORMAT}")`
        : `this is not a Ceasefire Summit replay: format is ${describeValue(record.format)}, expected "${REPLAY_FORMAT}"`,
    );
  if (record.version !== REPLAY_VERSION) {
    const newer = typeof record.version === 'number' && record.version > REPLAY_VERSION;
    return fail(
      ['version'],
      `unknown replay version ${describeValue(record.version)}; this build reads version ${REPLAY_VERSION}` +
        (newer ? ' (the file was written by a newer build)' : ''),
    );
  }

  const parsed = replaySchema.safeParse(value, { reportInput: true });
  if (parsed.success) return { ok: true, replay: parsed.data };
  const errors = parsed.error.issues.map((issue) => describeIssue(fileName, value, issue));
  if (errors.length > MAX_ERRORS)
    return {
      ok: false,
      errors: [...errors.slice(0, MAX_ERRORS), `${fileName}: … and ${errors.length - MAX_ERRORS} more`],
    };
  return { ok: false, errors };
}

/** The replay as JSON text: the header one field per line, then one action and one checkpoint per line. */
export function serializeReplay(replay: Replay): string {
  const lines = Object.entries(replay).map(([key, field]) => {
    const name = JSON.stringify(key);
    if (!Array.isArray(field) || field.length === 0) return `  ${name}: ${JSON.stringify(field)}`;
    return `  ${name}: [\n${field.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`;
  });
  return `{\n${lines.join(',\n')}\n}\n`;
}

function describeIssue(fileName: string, root: unknown, issue: z.core.$ZodIssue): string {
  const path = issue.path;
  const found = valueAt(root, path);
  switch (issue.code) {
    case 'invalid_type':
      return found === undefined
        ? located(fileName, path, `missing (expected ${expectedWords(issue.expected)})`)
        : located(fileName, path, `expected ${expectedWords(issue.expected)}, found ${describeValue(found)}`);
    case 'invalid_value':
      return located(
        fileName,
        path,
        `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, found ${describeValue(found)}`,
      );
    case 'unrecognized_keys':
      return issue.keys.length === 1
        ? located(fileName, [...path, issue.keys[0] ?? ''], 'unknown field')
        : located(fileName, path, `unknown fields ${unknownKeys(issue.keys)}`);
    case 'invalid_union':
      if (path.at(-1) === 'type' && path.includes('actions'))
        return located(
          fileName,
          path,
          `unknown action type ${describeValue(found)} (known: ${ACTION_TYPES.join(', ')})`,
        );
      return located(fileName, path, issue.message);
    default:
      return located(fileName, path, issue.message);
  }
}

/** Keys a file added, quoted one line each; a handful named, the rest counted, so the line stays short. */
function unknownKeys(keys: readonly string[]): string {
  const shown = keys.slice(0, 3).map((key) => quoteText(key));
  return keys.length > 3 ? `${shown.join(', ')} and ${keys.length - 3} more` : shown.join(', ');
}

function located(fileName: string, path: readonly PropertyKey[], message: string): string {
  const where = formatPath(path);
  return where === '' ? `${fileName}: ${message}` : `${fileName}: ${where}: ${message}`;
}

/** `['actions', 12, 'party']` → `actions[12].party`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_][A-Za-z0-9_-]*$/.test(segment))
      text += text === '' ? segment : `.${segment}`;
    else text += `[${quoteText(String(segment))}]`;
  }
  return text;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

const EXPECTED_WORDS: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  record: 'an object',
};

function expectedWords(expected: string): string {
  return EXPECTED_WORDS[expected] ?? expected;
}

/** A value found where another was expected, in a few words for an error line. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return quoteText(value);
  return String(value);
}
