// The build reads the bundled scenarios with the game's own loader and inlines the result
// (build/readBundledScenarios.ts). These tests hold it to that: what the browser gets is exactly what the loader
// makes of the file at run time — the same scenario for a valid file, the same located problems for a broken one.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createServer } from 'vite';
import { describe, expect, it } from 'vitest';
import {
  catalogueEntryFile,
  catalogueEntryModule,
  fileNameFrom,
  readBundledScenarios,
} from '../../../build/readBundledScenarios';
import { readCatalogueEntry } from '../../../src/store/catalogueEntry';
import type { CatalogueEntry } from '../../../src/store/catalogueEntry';

const bundledFiles = readdirSync('scenarios')
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => `scenarios/${name}`)
  .sort((a, b) => a.localeCompare(b));

/** Runs a generated module and returns its default export, as the browser would. */
async function evaluate(moduleText: string): Promise<CatalogueEntry> {
  const url = `data:text/javascript;charset=utf-8,${encodeURIComponent(moduleText)}`;
  return ((await import(/* @vite-ignore */ url)) as { default: CatalogueEntry }).default;
}

describe('readBundledScenarios', () => {
  it('finds the flagship and the tutorial', () => {
    expect(bundledFiles).toEqual(expect.arrayContaining(['scenarios/paris-2026.yaml', 'scenarios/tutorial.yaml']));
  });

  it.each(bundledFiles)('inlines %s as exactly the scenario the loader reads from it', async (fileName) => {
    const atRunTime = readCatalogueEntry({ fileName, text: readFileSync(fileName, 'utf8') });
    const inlined = await evaluate(catalogueEntryModule(atRunTime));
    expect(inlined.status).toBe('valid');
    // toStrictEqual also tells an absent field from one that is present but undefined.
    expect(inlined).toStrictEqual(atRunTime);
  });

  it('inlines a broken file as the same located, one-line problems the title screen shows at run time', async () => {
    const fileName = 'scenarios/broken.yaml';
    const text = readFileSync('scenarios/tutorial.yaml', 'utf8')
      .replace(/^id: .*$/m, 'id: Not An Id')
      .replace(/^title: .*$/m, 'title: [unclosed');
    const atRunTime = readCatalogueEntry({ fileName, text });
    const inlined = await evaluate(catalogueEntryModule(atRunTime));
    expect(inlined).toStrictEqual(atRunTime);
    expect(inlined.status).toBe('invalid');
    if (inlined.status !== 'invalid') return;
    expect(inlined.problems.length).toBeGreaterThan(0);
    for (const problem of inlined.problems) expect(problem).toMatch(/^scenarios\/broken\.yaml:\d+:\d+ /);
  });

  it('refuses an entry that JSON would change, rather than bundle a different scenario', () => {
    const entry = readCatalogueEntry({
      fileName: 'scenarios/tutorial.yaml',
      text: readFileSync('scenarios/tutorial.yaml', 'utf8'),
    });
    if (entry.status !== 'valid') throw new Error('the tutorial should load');
    const withUndefined = {
      ...entry,
      scenario: { ...entry.scenario, summary: undefined },
    } as unknown as CatalogueEntry;
    expect(() => catalogueEntryModule(withUndefined)).toThrow(/JSON round trip/);
  });

  it('answers only for modules imported with ?catalogue-entry', () => {
    expect(catalogueEntryFile('/game/scenarios/tutorial.yaml?catalogue-entry')).toBe('/game/scenarios/tutorial.yaml');
    expect(catalogueEntryFile('/game/scenarios/tutorial.yaml?catalogue-entry&import')).toBe(
      '/game/scenarios/tutorial.yaml',
    );
    expect(catalogueEntryFile('/game/scenarios/tutorial.yaml?raw')).toBeNull();
    expect(catalogueEntryFile('/game/scenarios/tutorial.yaml')).toBeNull();
    expect(catalogueEntryFile('/game/src/main.ts')).toBeNull();
  });

  it('names files as the CLI prints them', () => {
    expect(fileNameFrom(resolve('.'), resolve('scenarios/tutorial.yaml'))).toBe('scenarios/tutorial.yaml');
  });

  it('gives the game, through Vite and import.meta.glob, every bundled file read, in file-name order', async () => {
    const server = await createServer({
      root: resolve('.'),
      configFile: false,
      logLevel: 'silent',
      plugins: [readBundledScenarios()],
      server: { middlewareMode: true, hmr: false, ws: false },
      optimizeDeps: { noDiscovery: true, include: [] },
    });
    try {
      const loaded = (await server.ssrLoadModule('/src/store/bundledScenarioFiles.ts')) as {
        bundledScenarioFiles: CatalogueEntry[];
      };
      const expected = bundledFiles.map((fileName) =>
        readCatalogueEntry({ fileName, text: readFileSync(fileName, 'utf8') }),
      );
      expect(loaded.bundledScenarioFiles).toStrictEqual(expected);
    } finally {
      await server.close();
    }
  });
});
