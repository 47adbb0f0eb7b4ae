/// <reference types="vite/client" />
// The scenarios shipped with the game. Vite inlines every scenarios/*.yaml as raw text at build time, so the
// browser validates exactly the files the CLI validates, with the same loader.

export interface ScenarioFile {
  /** Shown in error lines, e.g. `scenarios/paris-2026.yaml`, as the CLI prints it. */
  fileName: string;
  text: string;
}

const rawFilesByPath = import.meta.glob<string>('/scenarios/*.yaml', { query: '?raw', import: 'default', eager: true });

export const bundledScenarioFiles: readonly ScenarioFile[] = Object.entries(rawFilesByPath)
  .map(([path, text]) => ({ fileName: path.replace(/^\//, ''), text }))
  .sort((a, b) => a.fileName.localeCompare(b.fileName));
