// The full-screen panels (a party, a draft, the title's questions and lists, a prompt) share one frame: the table dimmed behind a shade that takes
// every click, and a gold-edged card. Built as a container named as a modal, so the test hook reads only the panel.
import type Phaser from 'phaser';
import { colours, GAME_HEIGHT, GAME_WIDTH } from '../../theme';
import type { PanelBox } from './panel';

/** Over the table, its tooltips and the focus ring; under the confirmation dialog. */
export const PANEL_DEPTH = 44;

export function modalFrameObjects(
  scene: Phaser.Scene,
  box: PanelBox,
): [Phaser.GameObjects.Rectangle, Phaser.GameObjects.Graphics] {
  const shade = scene.add.rectangle(0, 0, GAME_WIDTH, GAME_HEIGHT, 0x000000, 0.6).setOrigin(0, 0).setInteractive();
  const frame = scene.add.graphics();
  frame.fillStyle(colours.navy, 0.99).fillRoundedRect(box.x, box.y, box.width, box.height, 14);
  frame.lineStyle(2, colours.gold, 1).strokeRoundedRect(box.x, box.y, box.width, box.height, 14);
  return [shade, frame];
}
