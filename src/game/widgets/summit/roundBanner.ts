// A new round announces itself: a band slides in across the middle of the screen ("Round 3 of 8"), holds for a
// moment and fades, so a class watching the projector sees the clock move. It never takes input or focus.
import type Phaser from 'phaser';
import { addText, colours, GAME_WIDTH, textColours } from '../../theme';

const BANNER_DEPTH = 25;
const BAND_HEIGHT = 64;
const Y = 300;

export function showRoundBanner(scene: Phaser.Scene, round: number, deadline: number): void {
  const band = scene.add.graphics();
  band.fillStyle(colours.night, 0.9).fillRect(-GAME_WIDTH / 2, -BAND_HEIGHT / 2, GAME_WIDTH, BAND_HEIGHT);
  band.fillStyle(colours.gold, 0.85).fillRect(-GAME_WIDTH / 2, -BAND_HEIGHT / 2, GAME_WIDTH, 2);
  band.fillRect(-GAME_WIDTH / 2, BAND_HEIGHT / 2 - 2, GAME_WIDTH, 2);
  const left = deadline - round;
  const words = left === 0 ? 'the last round before the deadline' : `${left} more before the deadline`;
  const text = addText(scene, 0, 0, `Round ${round} of ${deadline}  ·  ${words}`, 'cardTitle', {
    colour: textColours.cream,
  }).setOrigin(0.5);
  const banner = scene.add
    .container(GAME_WIDTH / 2 - 60, Y, [band, text])
    .setDepth(BANNER_DEPTH)
    .setAlpha(0);
  scene.tweens.chain({
    targets: banner,
    tweens: [
      { x: GAME_WIDTH / 2, alpha: 1, duration: 420, ease: 'Cubic.easeOut' },
      { alpha: 1, duration: 900 },
      { x: GAME_WIDTH / 2 + 60, alpha: 0, duration: 420, ease: 'Cubic.easeIn' },
    ],
    onComplete: () => banner.destroy(),
  });
}
