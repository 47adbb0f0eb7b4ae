// Every game that ends is kept in "Last games" at once (its replay, in the browser's storage), and so is a game set
// aside unfinished when another one starts (a start link, Setup, a branch of a replay): nothing a class plays is
// lost to a key press. A storage that is full or turned off costs the list, never the game: a notice says so, once.
import { catalogueScenarios, keepLastGame, lastGameOfSession, session } from '../store';
import type { SessionState, StorageLike } from '../store';
import { showNotice } from '../ui/notice';

export function keepLastGames(storage: StorageLike): void {
  let warned = false;
  const keep = (state: SessionState) => {
    try {
      const game = lastGameOfSession(state, { scenarios: catalogueScenarios, savedAt: new Date().toISOString() });
      if (!game || keepLastGame(storage, game) || warned) return;
    } catch {
      // A bug of ours must not stop the game either; the notice below still tells the player.
      if (warned) return;
    }
    warned = true;
    showNotice(
      'The browser’s storage is full or turned off: this game is not in Last games. Save its replay file (S on the debrief).',
    );
  };
  session.subscribe((state, previous) => {
    const replaced = previous.initial !== null && state.initial !== previous.initial;
    if (replaced) keep(previous);
    const justEnded = state.game?.outcome && (state.initial !== previous.initial || !previous.game?.outcome);
    if (justEnded) keep(state);
  });
}
