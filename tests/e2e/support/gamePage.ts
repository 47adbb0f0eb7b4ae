// Opens the game in a fresh page and keeps watch for anything the player should never meet: console errors,
// uncaught exceptions, failed requests. Reads the game's read-only test hook (`?test`) for what is on screen.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { CeasefireTestHook, VisibleText } from '../../../src/game/testHook';
import type { ScenarioFile } from '../../../src/store/bundledScenarioFiles';

export const artifactsDir = resolve(import.meta.dirname, '../artifacts');

export type HookSnapshot = Omit<CeasefireTestHook, 'visibleTexts'>;

export interface GamePage {
  page: Page;
  /** Everything that went wrong in the page so far, one line each. */
  problems: string[];
  hook: () => Promise<HookSnapshot>;
  visibleTexts: () => Promise<VisibleText[]>;
  /** Waits until the hook satisfies `predicate` (evaluated in Node on a fresh snapshot each time). */
  waitForHook: (predicate: (hook: HookSnapshot) => boolean, what: string) => Promise<HookSnapshot>;
  addScenarioFile: (file: ScenarioFile) => Promise<void>;
  screenshot: (name: string) => Promise<Buffer>;
  close: () => Promise<void>;
}

export async function openGame(
  browser: Browser,
  baseUrl: string,
  viewport = { width: 1280, height: 720 },
): Promise<GamePage> {
  const page = await browser.newPage({ viewport });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(`${baseUrl}?test`, { waitUntil: 'load' });

  const hook = () =>
    page.evaluate(() => {
      const current = window.__ceasefire;
      if (!current) return null;
      const { visibleTexts: _ignored, ...snapshot } = current;
      return JSON.parse(JSON.stringify(snapshot)) as HookSnapshot;
    });

  const waitForHook = async (predicate: (snapshot: HookSnapshot) => boolean, what: string) => {
    const deadline = Date.now() + 20_000;
    let last: HookSnapshot | null = null;
    while (Date.now() < deadline) {
      last = await hook();
      if (last && predicate(last)) return last;
      await page.waitForTimeout(50);
    }
    throw new Error(`timed out waiting for ${what}; last hook state: ${JSON.stringify(last)}`);
  };

  return {
    page,
    problems,
    hook: async () => {
      const snapshot = await hook();
      if (!snapshot) throw new Error('the test hook window.__ceasefire is missing');
      return snapshot;
    },
    visibleTexts: () => page.evaluate(() => window.__ceasefire?.visibleTexts() ?? []),
    waitForHook,
    addScenarioFile: (file) =>
      page.evaluate((added) => {
        if (!window.__ceasefireTest) throw new Error('the test seam window.__ceasefireTest is missing');
        window.__ceasefireTest.addScenarioFile(added);
      }, file),
    screenshot: async (name) => {
      mkdirSync(artifactsDir, { recursive: true });
      return page.screenshot({ path: resolve(artifactsDir, `${name}.png`) });
    },
    close: () => page.close(),
  };
}

/** Game coordinates (1280×720) → page coordinates, through the canvas's scaled, centred box. */
export async function pagePoint(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  const box = await page.locator('#game canvas').boundingBox();
  if (!box) throw new Error('the game canvas is not on the page');
  return { x: box.x + (x * box.width) / 1280, y: box.y + (y * box.height) / 720 };
}
