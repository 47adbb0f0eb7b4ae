// The one error shape every part of scenario loading reports, and its one-line form for people.

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

const plainKey = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** `['parties', 3, 'redLines', 0, 'issue']` → `parties[3].redLines[0].issue`. */
export function formatPath(path: ScenarioPath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (plainKey.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}

/** `scenarios/x.yaml:42:7 parties[3].redLines[0].issue: unknown issue "donbass" (known: donbas, …)` */
export function formatScenarioError(error: ScenarioError): string {
  const where = `${error.file}:${error.line}:${error.column}`;
  return error.path === '' ? `${where} ${error.message}` : `${where} ${error.path}: ${error.message}`;
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

/** `(known: donbas, withdrawal, …)`, closest names first so a typo's fix is the first word read. */
export function knownList(wrong: string, known: Iterable<string>): string {
  const names = [...new Set(known)];
  if (names.length === 0) return '(none are defined)';
  const ranked = names
    .map((name, order) => ({ name, order, distance: editDistance(wrong.toLowerCase(), name.toLowerCase()) }))
    .sort((x, y) => x.distance - y.distance || x.order - y.order)
    .map((entry) => entry.name);
  const shown = ranked.slice(0, MAX_KNOWN_SHOWN).join(', ');
  return `(known: ${shown}${ranked.length > MAX_KNOWN_SHOWN ? ', …' : ''})`;
}
