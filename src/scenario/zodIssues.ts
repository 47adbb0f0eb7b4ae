// Turns zod's validation issues into messages an author can act on: what is wrong, in the author's words, with
// the known choices where a name is unknown. The locating is done by the caller; this file only words things.
import type * as z from 'zod/mini';
import { knownList, knownNames } from './errors';
import type { LazyMessage, ScenarioPath } from './errors';
import { quoteText } from './quoteText';

export interface SchemaProblem {
  path: ScenarioPath;
  message: LazyMessage;
  /** Point at the key (an unknown field) rather than at the value. */
  part: 'key' | 'value';
}

/** The zod internals we walk; typed narrowly so a zod upgrade that changes them fails typechecking here. */
interface SchemaInternals {
  _zod: {
    def: {
      type: string;
      shape?: Record<string, unknown>;
      element?: unknown;
      valueType?: unknown;
      innerType?: unknown;
      options?: unknown[];
      in?: unknown;
    };
  };
}

function unwrap(schema: unknown): SchemaInternals | null {
  let current = schema as SchemaInternals | undefined;
  while (current?._zod) {
    const def = current._zod.def;
    if (def.innerType !== undefined) current = def.innerType as SchemaInternals;
    else if (def.type === 'pipe' && def.in !== undefined) current = def.in as SchemaInternals;
    else return current;
  }
  return null;
}

/** The schema that describes the value at `path` of `input`, following unions by the value actually written. */
function schemaAt(root: unknown, input: unknown, path: ScenarioPath): SchemaInternals | null {
  let schema = unwrap(root);
  let value = input;
  for (const segment of path) {
    schema = pickUnionOption(schema, value);
    const def = schema?._zod.def;
    if (!def) return null;
    if (def.type === 'object') schema = unwrap(def.shape?.[String(segment)]);
    else if (def.type === 'array') schema = unwrap(def.element);
    else if (def.type === 'record') schema = unwrap(def.valueType);
    else return null;
    value =
      value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[String(segment)] : undefined;
  }
  return pickUnionOption(schema, value);
}

function pickUnionOption(schema: SchemaInternals | null, value: unknown): SchemaInternals | null {
  if (schema?._zod.def.type !== 'union') return schema;
  const kind = value !== null && typeof value === 'object' ? (value as { kind?: unknown }).kind : undefined;
  for (const option of schema._zod.def.options ?? []) {
    const unwrapped = unwrap(option);
    const kindSchema = unwrap(unwrapped?._zod.def.shape?.kind) as { _zod: { def: { values?: unknown[] } } } | null;
    if (kindSchema?._zod.def.values?.includes(kind)) return unwrapped;
  }
  return schema;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text ${quoteText(value)}`;
  return `${typeof value} ${String(value)}`;
}

/** A number as written; anything else (a text with a line break, say) in the quoted, one-line form. */
function describeNumber(value: unknown): string {
  return typeof value === 'number' ? String(value) : describeValue(value);
}

const expectedWords: Record<string, string> = {
  object: 'a mapping of fields',
  array: 'a list',
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  tuple: 'a list',
};

// zod's generic messages start like this; the schema's own messages (written for authors) do not.
const genericMessage = /^(Invalid|Too (small|big)|Expected|Unrecognized)/;

function valueAt(input: unknown, path: ScenarioPath): unknown {
  let value = input;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[String(segment)];
  }
  return value;
}

export function describeZodIssues(schema: z.ZodMiniType, input: unknown, issues: readonly z.core.$ZodIssue[]) {
  const problems: SchemaProblem[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
    const written = valueAt(input, path);
    const custom = !genericMessage.test(issue.message);
    switch (issue.code) {
      case 'unrecognized_keys': {
        const shape = schemaAt(schema, input, path)?._zod.def.shape ?? {};
        const fields = knownNames(Object.keys(shape));
        for (const key of issue.keys) {
          problems.push({
            path: [...path, key],
            part: 'key',
            message: () => `unknown field ${quoteText(key)} ${knownList(key, fields)}`,
          });
        }
        break;
      }
      case 'invalid_type': {
        const field = path[path.length - 1];
        if (written === undefined && typeof field === 'string') {
          problems.push({ path, part: 'value', message: `missing required field "${field}"` });
        } else {
          const expected = expectedWords[issue.expected] ?? issue.expected;
          problems.push({ path, part: 'value', message: `expected ${expected}, got ${describeValue(written)}` });
        }
        break;
      }
      case 'invalid_value': {
        const choices = issue.values.map(String);
        const message =
          path.length === 1 && path[0] === 'format'
            ? `unsupported format ${describeValue(written)}; this version of the game reads format ${choices.join(', ')}`
            : () => `unknown value ${quoteText(String(written))} ${knownList(String(written), choices)}`;
        problems.push({ path, part: 'value', message });
        break;
      }
      case 'invalid_union': {
        const discriminated = issue as { discriminator?: string; options?: unknown[] };
        if (discriminated.discriminator && discriminated.options) {
          const wrote = written === undefined ? 'nothing' : quoteText(String(written));
          const choices = discriminated.options.map(String);
          problems.push({
            path,
            part: 'value',
            message: () =>
              written === undefined
                ? `missing required field "${discriminated.discriminator}" ${knownList('', choices)}`
                : `unknown ${discriminated.discriminator} ${wrote} ${knownList(String(written), choices)}`,
          });
        } else {
          problems.push({
            path,
            part: 'value',
            message: `does not match any allowed form (got ${describeValue(written)})`,
          });
        }
        break;
      }
      case 'too_small':
      case 'too_big': {
        const bound = issue.code === 'too_small' ? `at least ${issue.minimum}` : `at most ${issue.maximum}`;
        let message: string;
        if (custom) message = issue.message;
        else if (issue.origin === 'array')
          message = `needs ${bound} items (has ${Array.isArray(written) ? written.length : 0})`;
        else if (issue.origin === 'string') message = `needs ${bound} characters`;
        else message = `must be ${bound} (got ${describeNumber(written)})`;
        problems.push({ path, part: 'value', message });
        break;
      }
      case 'invalid_key': {
        // A record's key broke its own rule (an id, mostly): say which key, and the rule in the schema's words.
        const key = path[path.length - 1];
        const rule = issue.issues.map((keyIssue) => keyIssue.message).find((text) => !genericMessage.test(text));
        problems.push({
          path,
          part: 'key',
          message: `the key ${quoteText(String(key))} is not allowed${rule ? `: ${rule}` : ''}`,
        });
        break;
      }
      case 'invalid_format':
        problems.push({ path, part: 'value', message: `${issue.message} (got ${describeValue(written)})` });
        break;
      case 'not_multiple_of':
        problems.push({ path, part: 'value', message: `must be a whole number (got ${describeNumber(written)})` });
        break;
      default:
        problems.push({ path, part: 'value', message: custom ? issue.message : `${issue.message.toLowerCase()}` });
    }
  }
  return problems;
}
