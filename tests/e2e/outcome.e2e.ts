// The endings in Chromium, reached through the `?test&scenario&seed&outcome` entrance (an all-AI game played to
// its end at once): a Paris seed that ends in a ceasefire shows the Ceasefire scene, Enter opens the Debrief and
// Enter again the title; a seed that ends in collapse shows the Collapse scene. No console errors; a screenshot of
// every screen. Seeds were found with playAiGame (see tests/unit/store/debrief.test.ts).
import { afterAll, afterEach, beforeAll, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { artifactsDir, pagePoint } from './support/gamePage';

const baseUrl = inject('baseUrl');
const CEASEFIRE_SEED = '1';
const COLLAPSE_SEED = '6';

let browser: Browser;
let page: Page | undefined;
let problems: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  await page?.close();
  page = undefined;
  expect(problems).toEqual([]);
});

async function openOutcome(seed: string): Promise<Page> {
  problems = [];
  const opened = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  opened.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  opened.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  opened.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  await opened.goto(`${baseUrl}?test&scenario=paris-2026&seed=${seed}&outcome`, { waitUntil: 'load' });
  page = opened;
  return opened;
}

async function sceneIs(current: Page, key: string): Promise<void> {
  await current.waitForSelector(`#game[data-scene="${key}"]`, { timeout: 20_000 });
  // Let the scene draw its first frames before a key press or a picture.
  await current.waitForTimeout(400);
}

/** Moves first and lets a frame pass, as a hand would: Phaser hit-tests the pointer on its next update. */
async function clickAt(current: Page, point: { x: number; y: number }): Promise<void> {
  await current.mouse.move(point.x, point.y);
  await current.waitForTimeout(250);
  await current.mouse.down();
  await current.waitForTimeout(120);
  await current.mouse.up();
}

async function screenshot(current: Page, name: string): Promise<void> {
  mkdirSync(artifactsDir, { recursive: true });
  await current.screenshot({ path: resolve(artifactsDir, `${name}.png`) });
}

it('a ceasefire: the Ceasefire scene, then the Debrief (both pages), then the title', async () => {
  const current = await openOutcome(CEASEFIRE_SEED);
  await sceneIs(current, 'ceasefire');
  await screenshot(current, 'outcome-ceasefire-signing');
  await current.keyboard.press('Space');
  await current.waitForTimeout(500);
  await current.keyboard.press('ArrowDown');
  await current.waitForTimeout(300);
  await screenshot(current, 'outcome-ceasefire');
  await current.keyboard.press('Enter');
  await sceneIs(current, 'debrief');
  await screenshot(current, 'outcome-debrief-results');
  await current.keyboard.press('Tab');
  await current.waitForTimeout(300);
  await screenshot(current, 'outcome-debrief-story');
  await current.keyboard.press('Enter');
  await sceneIs(current, 'title');
});

it('a collapse: the Collapse scene tells what broke; the mouse goes on to the Debrief and back to the title', async () => {
  const current = await openOutcome(COLLAPSE_SEED);
  await sceneIs(current, 'collapse');
  await screenshot(current, 'outcome-collapse');
  // The buttons sit at the bottom right, their right edge 56 px from the side.
  const button = await pagePoint(current, 1224 - 40, 690);
  await clickAt(current, button);
  await sceneIs(current, 'debrief');
  await screenshot(current, 'outcome-collapse-debrief');
  await clickAt(current, button);
  await sceneIs(current, 'title');
});
