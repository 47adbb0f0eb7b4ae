// Polls the texts on screen (as the test hook reads them, a covering panel's only) until `predicate` holds.
import type { VisibleText } from '../../../src/game/testHook';
import { textsOf } from './expectations';
import type { GamePage } from './gamePage';

export async function waitForTexts(
  current: GamePage,
  predicate: (texts: VisibleText[]) => boolean,
  what: string,
): Promise<VisibleText[]> {
  const deadline = Date.now() + 20_000;
  let last: VisibleText[] = [];
  while (Date.now() < deadline) {
    last = await current.visibleTexts();
    if (predicate(last)) return last;
    await current.page.waitForTimeout(50);
  }
  throw new Error(`timed out waiting for ${what}; texts on screen: ${JSON.stringify(textsOf(last))}`);
}
