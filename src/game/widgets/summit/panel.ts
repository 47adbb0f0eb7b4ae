// The Summit's panels share one look: a dark card with a gold eyebrow heading, so four regions read as one desk.
import type Phaser from 'phaser';
import { addText, colours } from '../../theme';

export interface PanelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function addPanel(
  scene: Phaser.Scene,
  layer: Phaser.GameObjects.Container,
  box: PanelBox,
  heading: string,
): Phaser.GameObjects.Text {
  const frame = scene.add.graphics();
  frame.fillStyle(0x000000, 0.3).fillRoundedRect(box.x + 3, box.y + 4, box.width, box.height, 12);
  frame.fillStyle(colours.navy, 0.9).fillRoundedRect(box.x, box.y, box.width, box.height, 12);
  frame.lineStyle(1, colours.line, 1).strokeRoundedRect(box.x, box.y, box.width, box.height, 12);
  const title = addText(scene, box.x + 16, box.y + 12, heading, 'eyebrow');
  layer.add([frame, title]);
  return title;
}
