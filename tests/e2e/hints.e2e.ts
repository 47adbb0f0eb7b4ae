// A control's hint answers the player's own gesture and gets out of the way: it is not shown when the screen
// moves the focus by itself, it appears when the player moves there, and it is gone once the move it described
// has been played, so the news that move brought is never under it.
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './support/useChromium';
import { openGame } from './support/gamePage';
import type { GamePage } from './support/gamePage';
import { textsOf } from './support/expectations';
import { press } from './support/newGame';

const baseUrl = inject('baseUrl');
const MEETING_HINT = /^Private talks on .+\(free\)\./;

let game: GamePage | undefined;
const chromium = useChromium(
  () => game,
  () => (game = undefined),
);

async function shownTexts(current: GamePage): Promise<string[]> {
  return textsOf(await current.visibleTexts());
}

describe('hints', () => {
  it('shows a hint where the player moves, and takes it away once that move is played', async () => {
    const current = (game = await openGame(chromium.browser(), baseUrl));
    await current.waitForHook((hook) => hook.ready && hook.scene === 'title', 'the title screen');
    await current.page.goto(`${baseUrl}?test&scenario=paris-2026&seed=7&seat=ukraine`, { waitUntil: 'load' });
    await current.waitForHook(
      (hook) => hook.scene === 'summit' && hook.session?.humanToAct === 'ukraine',
      'Ukraine to act at the summit',
    );
    await current.page.waitForTimeout(300);
    // The table opens with End phase focused for Enter, but no hint over the answers: the player has not asked.
    expect(await shownTexts(current)).not.toContain('You are done for this phase.');

    let hint: string | undefined;
    for (let step = 0; step < 12 && hint === undefined; step++) {
      await press(current, 'Tab');
      hint = (await shownTexts(current)).find((text) => MEETING_HINT.test(text));
    }
    expect(hint, 'Tab reaches the private talks card and shows its hint').toBeDefined();
    await current.screenshot('hint-on-focus');

    await press(current, 'Enter');
    await current.page.waitForFunction(() =>
      [...document.querySelectorAll('#summit-live-log p')].some((line) =>
        line.textContent?.startsWith('Ukraine meets'),
      ),
    );
    await current.page.waitForTimeout(300);
    const after = await shownTexts(current);
    expect(after.some((text) => MEETING_HINT.test(text))).toBe(false);
    expect(after.some((text) => text.includes('Ukraine meets'))).toBe(true);
    await current.screenshot('hint-gone-after-move');
  });
});
