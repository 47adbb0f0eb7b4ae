// Helpers for tests that break a known-good scenario one way at a time and check where the error lands.
import { readFileSync } from 'node:fs';
import { loadScenarioText } from '../../../src/scenario/loadScenario';
import type { ScenarioError } from '../../../src/scenario/loadScenario';

export const MINIMAL_FILE = 'tests/fixtures/scenarios/minimal.yaml';
export const minimalText = readFileSync(MINIMAL_FILE, 'utf8');

/** Replaces text that must occur exactly once, so a test can never pass on an edit that silently did nothing. */
export function edit(text: string, find: string, replaceWith: string): string {
  const first = text.indexOf(find);
  if (first < 0) throw new Error(`test setup: "${find}" not found`);
  if (text.indexOf(find, first + 1) >= 0) throw new Error(`test setup: "${find}" occurs more than once`);
  return text.slice(0, first) + replaceWith + text.slice(first + find.length);
}

/** 1-based line of the first line that contains `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`test setup: no line contains "${needle}"`);
  return index + 1;
}

export function errorsOf(text: string, file = 'broken.yaml'): ScenarioError[] {
  const result = loadScenarioText(text, file);
  if (result.ok) throw new Error('expected the scenario to be rejected, but it loaded');
  return result.errors;
}
