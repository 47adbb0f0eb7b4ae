// What `npm run bench` measures in headless Chromium: how long the title takes to become interactive next to an
// empty Phaser game (each opened cold, in a fresh browser context, alternating, median of several), and the frame
// rate of the Summit and Ceasefire scenes while they animate — with the renderer the game picks on this machine and
// with WebGL forced, since without a GPU that WebGL is a software rasteriser.
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './launchChromium';
import { serveEmptyPhaserGame, serveFolder } from './servedBuilds';

export interface BootFigures {
  runs: number;
  emptyPhaserMs: number;
  titleMs: number;
  ratio: number;
}

export interface FpsFigure {
  scene: string;
  renderer: string;
  fps: number;
  seconds: number;
}

export interface BrowserFigures {
  boot: BootFigures;
  fps: FpsFigure[];
}

const BOOT_RUNS = 5;
const FPS_SECONDS = 3;
const VIEWPORT = { width: 1280, height: 720 };
/** A seed and seat whose first moves are quick to reach; any would do for frame rates. */
const SUMMIT_LINK = '?test&scenario=paris-2026&seed=bench&seat=france';
/** An all-AI Paris game on this seed ends in a ratified ceasefire (the outcome browser test uses it too). */
const CEASEFIRE_LINK = '?test&scenario=paris-2026&seed=1&outcome';

export async function measureBrowserFigures(distFolder: string): Promise<BrowserFigures> {
  const browser = await launchChromium();
  const game = await serveFolder(distFolder);
  const empty = await serveEmptyPhaserGame();
  try {
    const boot = await bootTimes(browser, empty.url, game.url);
    const fps: FpsFigure[] = [];
    for (const forced of ['', '&renderer=webgl']) {
      fps.push(await summitFps(browser, `${game.url}${SUMMIT_LINK}${forced}`));
      fps.push(await ceasefireFps(browser, `${game.url}${CEASEFIRE_LINK}${forced}`));
    }
    return { boot, fps };
  } finally {
    await empty.close();
    await game.close();
    await browser.close();
  }
}

async function bootTimes(browser: Browser, emptyUrl: string, gameUrl: string): Promise<BootFigures> {
  const emptyTimes: number[] = [];
  const titleTimes: number[] = [];
  // One unmeasured load of each first: the operating system's file cache, not the game, would win the first run.
  await timeToReady(browser, emptyUrl, 'empty');
  await timeToReady(browser, `${gameUrl}?test`, 'title');
  for (let run = 0; run < BOOT_RUNS; run++) {
    emptyTimes.push(await timeToReady(browser, emptyUrl, 'empty'));
    titleTimes.push(await timeToReady(browser, `${gameUrl}?test`, 'title'));
  }
  const emptyPhaserMs = median(emptyTimes);
  const titleMs = median(titleTimes);
  return { runs: BOOT_RUNS, emptyPhaserMs, titleMs, ratio: titleMs / emptyPhaserMs };
}

/** Milliseconds from navigation start to the first animation frame at which the page is ready, in a cold context. */
async function timeToReady(browser: Browser, url: string, what: 'empty' | 'title'): Promise<number> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(
      (kind) => {
        const ready =
          kind === 'empty'
            ? window.__emptyPhaserReady !== undefined
            : // The title takes keys from its first frame (its words still rise in for a moment after).
              window.__ceasefire?.scene === 'title';
        return ready ? performance.now() : false;
      },
      what,
      { polling: 'raf', timeout: 60_000 },
    );
    return (await handle.jsonValue()) as number;
  } finally {
    await context.close();
  }
}

/** The Summit as France, then "end phase": the AI seats move, news and answers arrive, bars glide, a round turns. */
async function summitFps(browser: Browser, url: string): Promise<FpsFigure> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.__ceasefire?.scene === 'summit' && window.__ceasefire.session !== null, {
      timeout: 60_000,
    });
    await page.waitForTimeout(500);
    await page.keyboard.press('e');
    return {
      scene: 'summit',
      renderer: await rendererOf(page),
      fps: await framesPerSecond(page),
      seconds: FPS_SECONDS,
    };
  } finally {
    await page.close();
  }
}

/** The Ceasefire scene from its first frame: the signing, ratification and the months of the epilogue. */
async function ceasefireFps(browser: Browser, url: string): Promise<FpsFigure> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  try {
    await page.goto(url);
    await page.waitForSelector('#game[data-scene="ceasefire"]', { timeout: 60_000 });
    const renderer = await rendererOf(page);
    return { scene: 'ceasefire', renderer, fps: await framesPerSecond(page), seconds: FPS_SECONDS };
  } finally {
    await page.close();
  }
}

async function rendererOf(page: Page): Promise<string> {
  return page.evaluate(() => window.__ceasefire?.renderer ?? 'unknown');
}

/**
 * Animation frames the page draws in FPS_SECONDS, per second: Phaser renders once per frame. The counter is sent as
 * source text: tsx names inner functions with a helper that does not exist inside the page.
 */
async function framesPerSecond(page: Page): Promise<number> {
  return page.evaluate(`new Promise((done) => {
    let frames = 0;
    const start = performance.now();
    requestAnimationFrame(function tick(now) {
      frames++;
      if (now - start < ${FPS_SECONDS * 1000}) requestAnimationFrame(tick);
      else done(frames / ((now - start) / 1000));
    });
  })`);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
