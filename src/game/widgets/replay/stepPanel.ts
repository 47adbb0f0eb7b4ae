// What happened at this step: the action as the Summit's news would say it, then what it set off, in the sentences the
// Summit's news feed uses. Beside it, the round's news as the delegations read it that round.
import type Phaser from 'phaser';
import type { CompiledScenario, GameState } from '../../../store';
import { addText, textColours } from '../../theme';
import { clampLines } from '../fitText';
import { eventText } from '../summit/eventText';
import { addPanel } from '../summit/panel';
import type { PanelBox } from '../summit/panel';
import type { ReplayFrame } from './replayFrame';

export function renderStepPanel(
  scene: Phaser.Scene,
  layer: Phaser.GameObjects.Container,
  box: PanelBox,
  compiled: CompiledScenario,
  frame: ReplayFrame,
): void {
  addPanel(scene, layer, box, `STEP ${frame.step} OF ${frame.lastStep}`);
  const wrapWidth = box.width - 32;
  const headline = clampLines(
    addText(
      scene,
      box.x + 16,
      box.y + 38,
      frame.actionWords === null ? 'The talks open: nobody has moved yet.' : frame.actionWords,
      'bodyStrong',
      { wrapWidth },
    ),
    2,
  );
  layer.add(headline);
  const lines = frame.events.map((event) => eventText(compiled, event)).filter((line): line is string => line !== null);
  const bottom = box.y + box.height - 8;
  let y = headline.y + headline.height + 6;
  for (const [index, line] of lines.entries()) {
    const text = clampLines(
      addText(scene, box.x + 16, y, line, 'label', {
        colour: line.startsWith('News') ? textColours.gold : textColours.cream,
        wrapWidth,
        lineSpacing: 2,
      }),
      2,
    );
    if (y + text.height > bottom) {
      text.destroy();
      const rest = lines.length - index;
      layer.add(addText(scene, box.x + box.width - 16, box.y + 12, `+ ${rest} more`, 'caption').setOrigin(1, 0));
      break;
    }
    layer.add(text);
    y += text.height + 4;
  }
  if (lines.length === 0 && frame.actionWords !== null)
    layer.add(addText(scene, box.x + 16, y, 'Nothing at the table changed in words.', 'label'));
}

export function renderRoundNews(
  scene: Phaser.Scene,
  layer: Phaser.GameObjects.Container,
  box: PanelBox,
  game: GameState,
): void {
  addPanel(scene, layer, box, `NEWS · ROUND ${game.round}`);
  const news = (game.log[game.round - 1] ?? []).flatMap((entry) => (entry.type === 'news' ? [entry] : []));
  if (news.length === 0) {
    layer.add(addText(scene, box.x + 16, box.y + 40, 'No news this round.', 'label'));
    return;
  }
  const bottom = box.y + box.height - 8;
  let y = box.y + 38;
  for (const item of news) {
    const title = clampLines(
      addText(scene, box.x + 16, y, item.title, 'bodyStrong', {
        size: 16,
        colour: textColours.gold,
        wrapWidth: box.width - 32,
      }),
      1,
    );
    const text = clampLines(
      addText(scene, box.x + 16, y + title.height + 2, item.text.replace(/\s+/g, ' ').trim(), 'label', {
        wrapWidth: box.width - 32,
        lineSpacing: 2,
      }),
      Math.max(1, Math.floor((bottom - y - title.height - 2) / 20)),
    );
    if (y + title.height > bottom) {
      title.destroy();
      text.destroy();
      break;
    }
    layer.add([title, text]);
    y += title.height + 2 + text.height + 8;
  }
}
