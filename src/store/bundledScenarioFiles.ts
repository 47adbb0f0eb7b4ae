/// <reference types="vite/client" />
// The scenarios shipped with the game. The build reads every scenarios/*.yaml with the game's own loader
// (build/readBundledScenarios.ts) and inlines the result, so the browser shows exactly what the CLI validates —
// a broken bundled file still becomes a card with its located error — without parsing YAML or running the schema
// at start-up. Files the player picks are read at run time by the same loader (catalogueEntry.ts).
import type { CatalogueEntry } from './catalogueEntry';

export interface ScenarioFile {
  /** Shown in error lines, e.g. `scenarios/paris-2026.yaml`, as the CLI prints it. */
  fileName: string;
  text: string;
}

const entriesByPath = import.meta.glob<CatalogueEntry>('/scenarios/*.yaml', {
  query: '?catalogue-entry',
  import: 'default',
  eager: true,
});

/** Every bundled scenario file, already read: valid ones with their scenario, broken ones with their problems. */
export const bundledScenarioFiles: readonly CatalogueEntry[] = Object.values(entriesByPath).sort((a, b) =>
  a.fileName.localeCompare(b.fileName),
);
