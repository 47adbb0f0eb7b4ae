// What the title screen ought to show, worked out independently of the game: the scenario files on disk, run
// through the same loader in Node, and a tolerant way to find a (possibly ellipsised) label among visible texts.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatScenarioError, loadScenarioText } from '../../../src/scenario/loadScenario';
import type { Scenario } from '../../../src/scenario/schema/scenario';
import type { VisibleText } from '../../../src/game/testHook';

export interface ExpectedScenario {
  fileName: string;
  scenario: Scenario | null;
  firstProblem: string | null;
}

const scenariosDir = resolve(import.meta.dirname, '../../../scenarios');

export function bundledScenariosOnDisk(): ExpectedScenario[] {
  let names: string[];
  try {
    names = readdirSync(scenariosDir).filter((name) => name.endsWith('.yaml'));
  } catch {
    names = [];
  }
  return names
    .map((name) => `scenarios/${name}`)
    .sort((a, b) => a.localeCompare(b))
    .map((fileName) => {
      const result = loadScenarioText(readFileSync(resolve(scenariosDir, '..', fileName), 'utf8'), fileName);
      return result.ok
        ? { fileName, scenario: result.scenario, firstProblem: null }
        : { fileName, scenario: null, firstProblem: result.errors[0] ? formatScenarioError(result.errors[0]) : null };
    });
}

/** True when `label` is on screen whole, or cut short with "…" to fit its column. */
export function isShown(label: string, texts: readonly VisibleText[]): boolean {
  return texts.some((shown) => {
    if (shown.text === label) return true;
    if (!shown.text.endsWith('…')) return false;
    const kept = shown.text.slice(0, -1);
    return kept.length >= 3 && label.startsWith(kept);
  });
}

export function textsOf(texts: readonly VisibleText[]): string[] {
  return texts.map((shown) => shown.text);
}
