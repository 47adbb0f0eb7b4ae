// The one error shape every part of scenario loading reports, and its one-line form for people.
import { oneLineText, quoteText } from './quoteText';

export interface ScenarioError {
  /** The file name as the user gave it. */
  file: string;
  /** 1-based line and column of the offending text (1:1 when the whole file is at fault). */
  line: number;
  column: number;
  /** Field path such as `parties[3].redLines[0].issue`; empty for the whole document. */
  path: string;
  message: string;
}

export type ScenarioPath = readonly (string | number)[];

/**
 * A message, or a function that words it: the "known: …" lists cost an edit distance per known name, so they are
 * worded only for the errors that are shown (the first few), not for every one of thousands.
 */
export type LazyMessage = string | (() => string);

export function wordMessage(message: LazyMessage): string {
  return typeof message === 'string' ? message : message();
}

const plainKey = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** `['parties', 3, 'redLines', 0, 'issue']` → `parties[3].redLines[0].issue`. */
export function formatPath(path: ScenarioPath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (plainKey.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${quoteText(segment)}]`;
  }
  return text;
}

/** `scenarios/x.yaml:42:7 parties[3].redLines[0].issue: unknown issue "donbass" (known: donbas, …)` */
export function formatScenarioError(error: ScenarioError): string {
  const where = `${error.file}:${error.line}:${error.column}`;
  const line = error.path === '' ? `${where} ${error.message}` : `${where} ${error.path}: ${error.message}`;
  // The messages quote user text with quoteText already; this keeps the promise of one line even if one forgets.
  return oneLineText(line, Number.POSITIVE_INFINITY);
}

/** Edit distance, used to put the likeliest intended name first in "known: …" lists. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

const MAX_KNOWN_SHOWN = 6;
const MAX_KNOWN_CHARS = 120;
/** Ids are at most 48 characters; comparing more of a wrong name only costs time (it is quadratic in length). */
const MAX_COMPARED = 64;

/** A list of known names prepared once (deduplicated, lower-cased), then ranked against each wrong name. */
export interface KnownNames {
  readonly names: readonly string[];
  readonly lowerCased: readonly string[];
}

export function knownNames(known: Iterable<string>): KnownNames {
  const names = [...new Set(known)];
  return { names, lowerCased: names.map((name) => name.toLowerCase().slice(0, MAX_COMPARED)) };
}

/** `(known: donbas, withdrawal, …)`, closest names first so a typo's fix is the first word read. */
export function knownList(wrong: string, known: KnownNames | Iterable<string>): string {
  const prepared = 'lowerCased' in known ? known : knownNames(known);
  const { names, lowerCased } = prepared;
  if (names.length === 0) return '(none are defined)';
  const target = wrong.toLowerCase().slice(0, MAX_COMPARED);
  const ranked = names
    .map((name, order) => ({ name, order, distance: editDistance(target, lowerCased[order] ?? '') }))
    .sort((x, y) => x.distance - y.distance || x.order - y.order)
    .map((entry) => quoteKnown(entry.name));
  // Up to six names, fewer when they are long, so the error stays one readable line.
  const shown: string[] = [];
  let length = 0;
  for (const name of ranked.slice(0, MAX_KNOWN_SHOWN)) {
    if (shown.length > 0 && length + name.length > MAX_KNOWN_CHARS) break;
    shown.push(name);
    length += name.length + 2;
  }
  return `(known: ${shown.join(', ')}${ranked.length > shown.length ? ', …' : ''})`;
}

/** Known names are ids or field names, shown bare; one that needs escaping is shown quoted. */
function quoteKnown(name: string): string {
  const quoted = quoteText(name);
  return quoted === `"${name}"` ? name : quoted;
}
