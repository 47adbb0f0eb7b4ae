// The browser every test file shares: launched once per file, closed after it, and after each test the page is
// closed and must have logged no error, thrown nothing and failed no request along the way.
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import type { GamePage } from './gamePage';

export function useChromium(
  currentGame: () => GamePage | undefined,
  forgetGame: () => void,
): { browser: () => Browser } {
  let browser: Browser | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(async () => {
    const game = currentGame();
    const problems = game?.problems ?? [];
    await game?.close();
    forgetGame();
    expect(problems).toEqual([]);
  });

  return {
    browser: () => {
      if (!browser) throw new Error('Chromium is not running: useChromium() must be called at the top of the file');
      return browser;
    },
  };
}
