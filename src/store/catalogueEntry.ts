// One line of the scenario catalogue: a file that loaded, or a file that did not and why, in one located line
// per problem. A broken file becomes an entry like any other, so the title screen keeps running.
import { formatScenarioError, loadScenarioText } from '../scenario/loadScenario';
import type { Scenario } from '../scenario/schema/scenario';
import type { ScenarioFile } from './bundledScenarioFiles';

export interface ValidCatalogueEntry {
  status: 'valid';
  fileName: string;
  scenario: Scenario;
}

export interface InvalidCatalogueEntry {
  status: 'invalid';
  fileName: string;
  /** One-line, located messages (`file:line:column path: message`), first problem first. */
  problems: string[];
}

export type CatalogueEntry = ValidCatalogueEntry | InvalidCatalogueEntry;

export function readCatalogueEntry(file: ScenarioFile): CatalogueEntry {
  const result = loadScenarioText(file.text, file.fileName);
  if (result.ok) return { status: 'valid', fileName: file.fileName, scenario: result.scenario };
  return { status: 'invalid', fileName: file.fileName, problems: result.errors.map(formatScenarioError) };
}
