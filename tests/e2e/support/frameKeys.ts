// Key presses that the game reads exactly once, however slow its frames are.
//
// Phaser 4 handles a DOM key event at once, by walking the keyboard manager's whole queue of the current frame
// (the queue is emptied only at the end of each game step), and skips an event only when it repeats the one it
// handled just before. So when a second key press reaches the page within the same frame as the first, the first
// keydown is handled again: one Enter plays two moves, one Shift+Tab moves the focus more than once. A person
// typing fast on a slow machine can meet this; a test meets it whenever a frame is slower than its key presses.
// Hence: one plain key per press (no Shift+Tab: its four events can share a frame), and a finished animation
// frame after every press, so the next press starts on an empty queue.
import type { Page } from 'playwright-core';
import type { GamePage, HookSnapshot } from './gamePage';

/** Resolves once at least one whole animation frame (hence one game step, which empties the key queue) has run. */
export async function afterFrame(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

/** One key (no modifiers), then a finished frame. */
export async function pressKey(game: GamePage, key: string): Promise<void> {
  if (key.includes('+') && key.length > 1) throw new Error(`press one plain key at a time, not "${key}"`);
  await game.page.keyboard.press(key);
  await afterFrame(game.page);
}

/** From a ready title screen to the setup of `fileName`: Home, ↓ to the scenario, N for a new game. */
export async function openSetupByKeys(game: GamePage, fileName: string): Promise<HookSnapshot> {
  await game.waitForHook((hook) => hook.ready && hook.scene === 'title', 'the title screen to be ready');
  const index = (await game.hook()).scenarios.findIndex((entry) => entry.fileName === fileName);
  if (index < 0) throw new Error(`${fileName} is not among the bundled scenarios`);
  await pressKey(game, 'Home');
  for (let step = 0; step < index; step++) await pressKey(game, 'ArrowDown');
  await game.waitForHook((hook) => hook.selectedFile === fileName, `${fileName} to be selected`);
  await pressKey(game, 'n');
  return game.waitForHook((hook) => hook.scene === 'setup' && hook.setup !== null, 'the setup screen');
}

/**
 * Types `seed` into the setup's seed field, as support/newGame.ts typeSeed does but with ↑ ↓ instead of
 * Shift+Tab / Tab: Start has focus when setup opens, and the field is three controls above it (seed, new seed,
 * open a file, start). Leaves the focus back on Start.
 */
export async function typeSeedByKeys(game: GamePage, seed: string): Promise<void> {
  for (let step = 0; step < 3; step++) await pressKey(game, 'ArrowUp');
  const current = (await game.hook()).setup?.seed ?? '';
  for (let index = 0; index < current.length; index++) await pressKey(game, 'Backspace');
  for (const character of seed) await pressKey(game, character);
  await game.waitForHook((hook) => hook.setup?.seed === seed, `the seed to read ${seed}`);
  for (let step = 0; step < 3; step++) await pressKey(game, 'ArrowDown');
}
