// Reads scenario text with the `yaml` library and keeps its syntax tree, so every later error — from the schema
// or from the cross-reference checks — can be pinned to the line and column the author must edit.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import type { ScenarioPath } from './errors';

/** Keys that could reach an object's prototype if some later code were careless; refused outright. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** The `yaml` library's own default; stated here so an "alias bomb" is always stopped. */
export const MAX_ALIAS_COUNT = 100;

export interface Located {
  line: number;
  column: number;
  message: string;
  path: ScenarioPath;
}

export interface ParsedYaml {
  /** A function from a field path to the position of the text that holds it. */
  locate: (path: ScenarioPath, part?: 'key' | 'value') => { line: number; column: number };
  value: unknown;
}

export type YamlReadResult = { ok: true; parsed: ParsedYaml } | { ok: false; errors: Located[] };

export function readYaml(text: string): YamlReadResult {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };

  if (document.errors.length > 0) {
    return {
      ok: false,
      errors: document.errors.map((error) => ({
        ...position(error.pos[0]),
        path: [],
        message: `YAML syntax: ${firstSentence(error.message)}`,
      })),
    };
  }

  const forbidden = findForbiddenKeys(document, position);
  if (forbidden.length > 0) return { ok: false, errors: forbidden };

  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // toJS throws only for alias abuse (or a reference to an undefined anchor): say where the first alias is.
    const where = firstAliasOffset(document);
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [
        {
          ...position(where),
          path: [],
          message: /excessive alias/i.test(reason)
            ? `YAML aliases expand too far (limit ${MAX_ALIAS_COUNT}); write the values out instead of nesting aliases`
            : `YAML alias: ${firstSentence(reason)}`,
        },
      ],
    };
  }

  const locate = (path: ScenarioPath, part: 'key' | 'value' = 'value') => {
    const node = nodeAt(document, path, part);
    return position(node?.range?.[0] ?? 0);
  };
  return { ok: true, parsed: { locate, value } };
}

function firstSentence(message: string): string {
  return (
    message
      .split('\n')[0]
      ?.replace(/ at line \d+, column \d+:?$/, '')
      .trim() ?? message
  );
}

function findForbiddenKeys(document: Document, position: (offset: number) => { line: number; column: number }) {
  const found: Located[] = [];
  visit(document, {
    Pair(_, pair, ancestors) {
      if (isScalar(pair.key) && FORBIDDEN_KEYS.has(String(pair.key.value))) {
        found.push({
          ...position(pair.key.range?.[0] ?? 0),
          path: pathOfAncestors(ancestors, pair.key.value as string),
          message: `the key "${String(pair.key.value)}" is not allowed in a scenario file`,
        });
      }
    },
  });
  return found;
}

/** Rebuilds a field path from the `yaml` visitor's ancestor chain (maps give keys, sequences give indexes). */
function pathOfAncestors(ancestors: readonly unknown[], lastKey: string): ScenarioPath {
  const path: (string | number)[] = [];
  for (let i = 0; i < ancestors.length; i++) {
    const node = ancestors[i];
    const child = ancestors[i + 1];
    if (isPair(node) && isScalar(node.key)) path.push(String(node.key.value));
    if (isSeq(node) && child !== undefined) path.push(node.items.indexOf(child as never));
  }
  path.push(lastKey);
  return path;
}

function firstAliasOffset(document: Document): number {
  let offset = 0;
  visit(document, {
    Alias(_, alias) {
      offset = alias.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

/**
 * The node at a path, or the deepest existing node on the way there (so an error about a missing field points at
 * the mapping that should hold it). `part: 'key'` returns the key of the last segment, for "unknown field" errors.
 */
function nodeAt(document: Document, path: ScenarioPath, part: 'key' | 'value'): YamlNode | null {
  let node: unknown = document.contents;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const isLast = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return node as YamlNode;
      if (isLast && part === 'key') return pair.key as YamlNode;
      if (pair.value === null || pair.value === undefined) return pair.key as YamlNode;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item: unknown = node.items[segment];
      if (item === undefined || item === null) return node as YamlNode;
      node = item;
    } else {
      return node as YamlNode;
    }
  }
  return node as YamlNode;
}
