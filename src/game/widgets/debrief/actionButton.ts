// The mouse's way on from an ending screen (the keyboard's is the Enter key the button names): a gold-edged
// button anchored by its right edge, lit on hover.
import Phaser from 'phaser';
import { addText, colours } from '../../theme';

const HEIGHT = 36;

export function addActionButton(
  scene: Phaser.Scene,
  right: number,
  centreY: number,
  label: string,
  onClick: () => void,
): Phaser.GameObjects.Container {
  const text = addText(scene, 0, 0, label, 'bodyStrong', { size: 16 }).setOrigin(0.5);
  const width = text.width + 36;
  text.setX(width / 2);
  const background = scene.add.graphics();
  const paint = (hover: boolean) => {
    background.clear();
    background.fillStyle(hover ? colours.surfaceSelected : colours.surfaceRaised, 1);
    background.fillRoundedRect(0, -HEIGHT / 2, width, HEIGHT, 8);
    background.lineStyle(hover ? 2 : 1, colours.gold, 1).strokeRoundedRect(0, -HEIGHT / 2, width, HEIGHT, 8);
  };
  paint(false);
  // A zone takes the pointer: hit areas on containers depend on their display origin, zones do not.
  const hit = scene.add
    .zone(0, -HEIGHT / 2, width, HEIGHT)
    .setOrigin(0, 0)
    .setInteractive({ useHandCursor: true });
  hit.on(Phaser.Input.Events.POINTER_OVER, () => paint(true));
  hit.on(Phaser.Input.Events.POINTER_OUT, () => paint(false));
  hit.on(Phaser.Input.Events.POINTER_UP, onClick);
  return scene.add.container(right - width, centreY, [background, text, hit]);
}
