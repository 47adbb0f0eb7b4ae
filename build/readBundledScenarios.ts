// The scenarios shipped with the game are read at build time, by the game's own loader (the same
// `readCatalogueEntry` the title screen runs on a file the player picks), and reach the browser as that loader's
// result: a validated scenario, or the located one-line problems of a broken file. So the title screen opens
// without parsing YAML or running the schema, ships no author comments, and still shows a broken bundled file as
// a card with its error line, exactly as before.
//
// Import a scenario as `/scenarios/name.yaml?catalogue-entry` (src/store/bundledScenarioFiles.ts does it with
// import.meta.glob); the module's default export is its CatalogueEntry.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { runnerImport } from 'vite';
import type { Plugin } from 'vite';
import type { CatalogueEntry, readCatalogueEntry } from '../src/store/catalogueEntry';

export const CATALOGUE_ENTRY_QUERY = 'catalogue-entry';

type ReadCatalogueEntry = typeof readCatalogueEntry;

/** The game's loader, as the game runs it. */
const LOADER = fileURLToPath(new URL('../src/store/catalogueEntry.ts', import.meta.url));

/** The Vite plugin. File names are taken from the project root (`scenarios/x.yaml`, as the CLI prints them). */
export function readBundledScenarios(): Plugin {
  let root = process.cwd();
  let building = false;
  // The loader is TypeScript with the project's own imports; Vite's module runner loads it (importing it here
  // would bundle it into the config). Once per build, again after a loader file changes while serving.
  let loader: Promise<{ read: ReadCatalogueEntry; files: Set<string> }> | null = null;
  const loadLoader = () =>
    (loader ??= runnerImport<{ readCatalogueEntry: ReadCatalogueEntry }>(LOADER).then(({ module, dependencies }) => ({
      read: module.readCatalogueEntry,
      files: new Set([LOADER, ...dependencies].map((file) => path.resolve(file))),
    })));

  return {
    name: 'ceasefire:read-bundled-scenarios',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
      building = config.command === 'build';
    },
    load: {
      // The filter keeps the bundler from calling this hook for every other module.
      filter: { id: /[?&]catalogue-entry(?:[&=]|$)/ },
      async handler(id) {
        const file = catalogueEntryFile(id);
        if (file === null) return null;
        this.addWatchFile(file);
        const { read, files } = await loadLoader();
        for (const loaderFile of files) this.addWatchFile(loaderFile);
        const entry = read({ fileName: fileNameFrom(root, file), text: readFileSync(file, 'utf8') });
        if (!building) return catalogueEntryModule(entry);
        // In the build the entry is a data file of its own, not code: the app's JavaScript stays small, and the
        // browser caches the scenario apart from the program.
        const name = `${path.basename(file, path.extname(file))}.json`;
        const referenceId = this.emitFile({ type: 'asset', name, source: catalogueEntryJson(entry) });
        return fetchedCatalogueEntryModule(referenceId, entry.fileName);
      },
    },
    // While serving: an edited loader must re-read the bundled scenarios, as it would re-read a picked file.
    async handleHotUpdate({ file, server }) {
      if (loader === null || !(await loader).files.has(path.resolve(file))) return;
      loader = null;
      for (const module of server.moduleGraph.idToModuleMap.values())
        if (module.id !== null && catalogueEntryFile(module.id) !== null) server.moduleGraph.invalidateModule(module);
    },
  };
}

/** The file behind an `…?catalogue-entry` module id, or null for any other module. */
export function catalogueEntryFile(id: string): string | null {
  const queryAt = id.indexOf('?');
  if (queryAt < 0) return null;
  const query = new URLSearchParams(id.slice(queryAt + 1));
  return query.has(CATALOGUE_ENTRY_QUERY) ? id.slice(0, queryAt) : null;
}

/** `scenarios/paris-2026.yaml`: relative to the project, with forward slashes on every system. */
export function fileNameFrom(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

/**
 * The JavaScript module for one catalogue entry: the entry as JSON text, which the browser reads with
 * `JSON.parse` (faster than the same data written as a JavaScript object literal). Throws if JSON cannot carry
 * the entry exactly (an `undefined` field, a date, …), so the browser never gets a different scenario from the one
 * the loader produced.
 */
export function catalogueEntryModule(entry: CatalogueEntry): string {
  return `export default JSON.parse(${JSON.stringify(catalogueEntryJson(entry))});\n`;
}

/** The entry as JSON text; throws if JSON cannot carry it exactly. */
export function catalogueEntryJson(entry: CatalogueEntry): string {
  const json = JSON.stringify(entry);
  if (!isDeepStrictEqual(JSON.parse(json), entry))
    throw new Error(`${entry.fileName}: the loaded scenario does not survive a JSON round trip; it cannot be bundled`);
  return json;
}

/**
 * The built module for one catalogue entry: it fetches the entry's JSON file (emitted next to the scripts) with a
 * top-level await, so every importer still sees a plain, synchronous value. If the file cannot be fetched, the
 * entry is a broken one that says so, and the title screen shows it as such instead of failing to start.
 */
export function fetchedCatalogueEntryModule(referenceId: string, fileName: string): string {
  const name = JSON.stringify(fileName);
  return `let entry;
try {
  const response = await fetch(import.meta.ROLLUP_FILE_URL_${referenceId});
  if (!response.ok) throw new Error('HTTP ' + response.status);
  entry = await response.json();
} catch (error) {
  entry = { status: 'invalid', fileName: ${name}, problems: [${name} + ':1:1 the bundled scenario could not be loaded (' + String(error) + ')'] };
}
export default entry;
`;
}
