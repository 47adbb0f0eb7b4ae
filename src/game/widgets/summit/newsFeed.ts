// The news feed: the latest things that happened, newest first — the round's news, the levers and meetings, the
// drafts and answers. What the last move set off (the AI turns after yours) is marked "new", in words.
import type Phaser from 'phaser';
import type { GameEvent } from '../../../store';
import { addText, colours, textColours } from '../../theme';
import { clampLines } from '../fitText';
import type { SummitView } from '../../scenes/summitView';
import { eventText } from './eventText';
import type { SummitMotion } from './motion';
import { addPanel } from './panel';
import type { PanelBox } from './panel';

const MAX_ENTRIES = 14;

export function renderNewsFeed(
  scene: Phaser.Scene,
  layer: Phaser.GameObjects.Container,
  box: PanelBox,
  view: SummitView,
  lastEvents: readonly GameEvent[],
  motion?: SummitMotion,
): void {
  addPanel(scene, layer, box, 'NEWS AND MOVES');
  // The log keeps its own copies (with a round), so "fresh" is matched by content, not identity.
  const fresh = new Set(lastEvents.map(contentKey));
  const entries: { text: string; fresh: boolean; news: boolean }[] = [];
  for (let round = view.game.log.length - 1; round >= 0 && entries.length < MAX_ENTRIES; round--) {
    const log = view.game.log[round] ?? [];
    for (let index = log.length - 1; index >= 0 && entries.length < MAX_ENTRIES; index--) {
      const entry = log[index];
      if (!entry) continue;
      const text = eventText(view.compiled, entry);
      if (text) entries.push({ text, fresh: fresh.has(contentKey(entry)), news: entry.type === 'news' });
    }
  }
  let y = box.y + 38;
  const bottom = box.y + box.height - 10;
  const arrived: [Phaser.GameObjects.Graphics, Phaser.GameObjects.Text][] = [];
  for (const entry of entries) {
    const marker = scene.add.graphics();
    marker.fillStyle(entry.fresh ? colours.gold : colours.line, 1).fillCircle(box.x + 20, y + 9, 4);
    const text = clampLines(
      addText(scene, box.x + 32, y, `${entry.fresh ? 'new · ' : ''}${entry.text}`, 'label', {
        colour: entry.news ? textColours.gold : entry.fresh ? textColours.cream : textColours.muted,
        wrapWidth: box.width - 48,
        lineSpacing: 2,
      }),
      entry.news ? 3 : 2,
    );
    if (y + text.height > bottom) {
      text.destroy();
      marker.destroy();
      break;
    }
    layer.add([marker, text]);
    if (entry.fresh) arrived.push([marker, text]);
    y += text.height + 6;
  }
  // Oldest first, as they happened: the feed lists newest first.
  if (motion) for (const pair of arrived.reverse()) motion.arrive(pair);
}

function contentKey(event: GameEvent & { round?: number }): string {
  const { round: _round, ...content } = event;
  return JSON.stringify(content);
}
