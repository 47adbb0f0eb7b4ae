// Reads scenario text with the `yaml` library and keeps its syntax tree, so every later error — from the schema
// or from the cross-reference checks — can be pinned to the line and column the author must edit.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { Document, Pair, Node as YamlNode, YAMLMap } from 'yaml';
import type { LazyMessage, ScenarioPath } from './errors';
import { oneLineText, quoteText } from './quoteText';

/** Keys that could reach an object's prototype if some later code were careless; refused outright. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** The `yaml` library's own default; stated here so an "alias bomb" is always stopped. */
export const MAX_ALIAS_COUNT = 100;
/** A parser's message may quote a whole block of the file; the line and column already say where. */
const MAX_SYNTAX_MESSAGE = 160;

export interface Located {
  line: number;
  column: number;
  message: LazyMessage;
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
  // The library's own duplicate-key check compares each key with every earlier one of its mapping (60,000 broken
  // lines took 50 s); uniqueKeysAndAllowed does the same job with one set per mapping.
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
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
        // Worded only if shown: a broken file can hold tens of thousands of syntax errors.
        message: () => `YAML syntax: ${oneLineText(firstSentence(error.message), MAX_SYNTAX_MESSAGE)}`,
      })),
    };
  }

  const badKeys = uniqueKeysAndAllowed(document, position);
  if (badKeys.length > 0) return { ok: false, errors: badKeys };

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
            : `YAML alias: ${oneLineText(firstSentence(reason), MAX_SYNTAX_MESSAGE)}`,
        },
      ],
    };
  }

  const pairsByKey = new WeakMap<YAMLMap, Map<string, Pair>>();
  const locate = (path: ScenarioPath, part: 'key' | 'value' = 'value') => {
    const node = nodeAt(document, path, part, pairsByKey);
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

/** Keys refused outright, and keys written twice in one mapping (reported at the second, naming the first). */
function uniqueKeysAndAllowed(document: Document, position: (offset: number) => { line: number; column: number }) {
  const found: Located[] = [];
  const firstOffsets = new WeakMap<object, Map<string, number>>();
  const indexes = new WeakMap<object, Map<unknown, number>>();
  visit(document, {
    Pair(_, pair, ancestors) {
      if (!isScalar(pair.key)) return;
      const key = String(pair.key.value);
      const offset = pair.key.range?.[0] ?? 0;
      const at = () => ({ ...position(offset), path: pathOfAncestors(ancestors, key, indexes) });
      if (FORBIDDEN_KEYS.has(key)) {
        found.push({ ...at(), message: `the key ${quoteText(key)} is not allowed in a scenario file` });
        return;
      }
      const map = ancestors[ancestors.length - 1];
      if (typeof map !== 'object' || map === null) return;
      const seen = firstOffsets.get(map) ?? new Map<string, number>();
      firstOffsets.set(map, seen);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, offset);
      else
        found.push({
          ...at(),
          message: `duplicate key ${quoteText(key)} (first at line ${position(first).line}); keys in a mapping must be unique`,
        });
    },
  });
  return found;
}

/** Rebuilds a field path from the `yaml` visitor's ancestor chain (maps give keys, sequences give indexes). */
function pathOfAncestors(
  ancestors: readonly unknown[],
  lastKey: string,
  indexes: WeakMap<object, Map<unknown, number>>,
): ScenarioPath {
  const path: (string | number)[] = [];
  for (let i = 0; i < ancestors.length; i++) {
    const node = ancestors[i];
    const child = ancestors[i + 1];
    if (isPair(node) && isScalar(node.key)) path.push(String(node.key.value));
    if (isSeq(node) && child !== undefined) {
      // indexOf for each of thousands of errors in one long list would be quadratic; index each list once.
      let byItem = indexes.get(node);
      if (!byItem) {
        byItem = new Map(node.items.map((item, index) => [item, index]));
        indexes.set(node, byItem);
      }
      path.push(byItem.get(child) ?? -1);
    }
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
function nodeAt(
  document: Document,
  path: ScenarioPath,
  part: 'key' | 'value',
  pairsByKey: WeakMap<YAMLMap, Map<string, Pair>>,
): YamlNode | null {
  let node: unknown = document.contents;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const isLast = i === path.length - 1;
    if (isMap(node)) {
      const pair = pairsOf(node, pairsByKey).get(String(segment));
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

/** A mapping's pairs by key, built once per mapping: thousands of errors in one mapping are located in linear time. */
function pairsOf(map: YAMLMap, cache: WeakMap<YAMLMap, Map<string, Pair>>): Map<string, Pair> {
  let pairs = cache.get(map);
  if (!pairs) {
    pairs = new Map();
    for (const item of map.items) {
      const key = isScalar(item.key) ? String(item.key.value) : undefined;
      if (key !== undefined && !pairs.has(key)) pairs.set(key, item as Pair);
    }
    cache.set(map, pairs);
  }
  return pairs;
}
