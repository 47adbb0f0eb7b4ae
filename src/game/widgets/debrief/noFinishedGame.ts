// What an ending screen shows when it is opened without a finished game (a stale link, a reload): a plain line
// and the way back, instead of an empty or broken screen.
import type Phaser from 'phaser';
import { addText, GAME_HEIGHT, GAME_WIDTH } from '../../theme';

export function showNoFinishedGame(scene: Phaser.Scene): void {
  addText(scene, GAME_WIDTH / 2, GAME_HEIGHT / 2 - 20, 'No finished game to show.', 'cardTitle').setOrigin(0.5);
  addText(scene, GAME_WIDTH / 2, GAME_HEIGHT / 2 + 20, 'Press Enter to return to the title screen.', 'label').setOrigin(
    0.5,
  );
}
