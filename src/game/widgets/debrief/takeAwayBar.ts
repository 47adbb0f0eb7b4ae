// What a finished game leaves behind, one key each: the printed report (P), the data as JSON (J) or CSV (V) for a
// spreadsheet, the replay file (S) that `npm run replay -- verify` checks, and a share link (L) that opens the game
// in the replay viewer. Buttons for the mouse, right-aligned in a row; every one names its key.
import type Phaser from 'phaser';
import { addText } from '../../theme';
import { addActionButton } from './actionButton';

export interface TakeAway {
  key: string;
  label: string;
  run: () => void;
}

export function addTakeAwayBar(scene: Phaser.Scene, right: number, centreY: number, items: readonly TakeAway[]): void {
  let edge = right;
  for (const item of [...items].reverse()) {
    const button = addActionButton(scene, edge, centreY, `${item.label}  ${item.key}`, item.run);
    edge = button.x - 10;
    scene.input.keyboard?.on(`keydown-${item.key}`, item.run);
  }
  addText(scene, edge - 8, centreY, 'TAKE IT AWAY', 'eyebrow').setOrigin(1, 0.5);
}
