// The keyboard path from the title to a new game, shared by the setup and summit tests: choose a bundled scenario
// with the arrow keys, N for a new game, and (optionally) type a seed before Enter starts the summit.
import type { GamePage, HookSnapshot } from './gamePage';

/** A key press, then a moment for Phaser's next frame to handle it (it reads input once per frame). */
export async function press(game: GamePage, key: string): Promise<void> {
  await game.page.keyboard.press(key);
  await game.page.waitForTimeout(80);
}

/** From a ready title screen to the setup of `fileName`, by keyboard only. */
export async function openSetupByKeyboard(game: GamePage, fileName: string): Promise<HookSnapshot> {
  await game.waitForHook((hook) => hook.ready && hook.scene === 'title', 'the title screen to be ready');
  const title = await game.hook();
  const index = title.scenarios.findIndex((entry) => entry.fileName === fileName);
  if (index < 0) throw new Error(`${fileName} is not among the bundled scenarios`);
  await press(game, 'Home');
  for (let step = 0; step < index; step++) await press(game, 'ArrowDown');
  await game.waitForHook((hook) => hook.selectedFile === fileName, `${fileName} to be selected`);
  await press(game, 'n');
  return game.waitForHook((hook) => hook.scene === 'setup' && hook.setup !== null, 'the setup screen');
}

/**
 * Types `seed` into the seed field: Start has focus when setup opens, and the field is three controls before it
 * (seed, new seed, open a file, start). Leaves the focus back on Start.
 */
export async function typeSeed(game: GamePage, seed: string): Promise<void> {
  for (let step = 0; step < 3; step++) await press(game, 'Shift+Tab');
  const current = (await game.hook()).setup?.seed ?? '';
  for (let index = 0; index < current.length; index++) await press(game, 'Backspace');
  for (const character of seed) await press(game, character);
  await game.waitForHook((hook) => hook.setup?.seed === seed, `the seed to read ${seed}`);
  for (let step = 0; step < 3; step++) await press(game, 'Tab');
}
