// A shared game link: a page opened at `#g1.…` (src/replay/shareLink.ts) shows that game in the replay viewer at its
// last step, straight away. A link that cannot be read — damaged, cut short, of a scenario this build lacks, made
// by another version of the game — opens the title with a notice that says why in one line.
import Phaser from 'phaser';
import { catalogueScenarios, decodeShareHash } from '../store';
import { showNotice } from '../ui/notice';
import { sceneKeys } from './sceneKeys';
import { openCheckedReplay } from './widgets/replay/openReplay';
import type { ReplaySceneData } from './scenes/ReplayScene';

const SHARED_LINK = 'a shared link';

/** True when the page was opened with a game link; the title then stays only if the link cannot be read. */
export function openShareLink(game: Phaser.Game, hash = window.location.hash): boolean {
  // Only fragments that look like a game link (`#g` and a format number) are ours to read or to complain about.
  if (!/^#g\d/.test(hash)) return false;
  const decoded = decodeShareHash(catalogueScenarios, hash);
  const scenario = decoded.ok ? catalogueScenarios(decoded.replay.scenario.id, decoded.replay.scenario.hash) : null;
  const opened =
    decoded.ok && scenario
      ? openCheckedReplay(scenario, decoded.replay, SHARED_LINK, 'game link')
      : { ok: false as const, problem: decoded.ok ? 'the game link names no scenario of this build' : decoded.problem };
  if (!opened.ok) {
    showNotice(`This game link cannot be opened: ${opened.problem}`);
    return true;
  }
  const data: ReplaySceneData = { opened: opened.opened, step: 'end' };
  game.events.once(Phaser.Core.Events.READY, () => {
    game.scene.stop(sceneKeys.title);
    game.scene.start(sceneKeys.replay, data);
  });
  return true;
}
