// Keycaps with what they do, so a player at a projector learns the keyboard without a manual.
import type Phaser from 'phaser';
import { addText, colours, textColours } from '../theme';

export interface KeyHint {
  keys: readonly string[];
  action: string;
}

const KEYCAP_HEIGHT = 26;
const KEYCAP_PADDING = 9;

/** A row of hints starting at (x, y) (vertical centre); returns the container and its width. */
export function addKeyHints(scene: Phaser.Scene, x: number, y: number, hints: readonly KeyHint[]) {
  const row = scene.add.container(x, y);
  let cursor = 0;
  hints.forEach((hint, index) => {
    if (index > 0) cursor += 22;
    for (const key of hint.keys) {
      const keycap = addKeycap(scene, cursor, 0, key);
      row.add(keycap.objects);
      cursor += keycap.width + 5;
    }
    const action = addText(scene, cursor + 3, 0, hint.action, 'label').setOrigin(0, 0.5);
    row.add(action);
    cursor += 3 + action.width;
  });
  return { row, width: cursor };
}

/** One keycap: a raised rounded key with its label; left edge at x, vertical centre at y. */
export function addKeycap(scene: Phaser.Scene, x: number, y: number, key: string) {
  const label = addText(scene, 0, y, key, 'keycap', { colour: textColours.cream }).setOrigin(0.5, 0.5);
  const width = Math.max(KEYCAP_HEIGHT, label.width + KEYCAP_PADDING * 2);
  label.setX(x + width / 2);
  const cap = scene.add.graphics();
  cap.fillStyle(0x000000, 0.4).fillRoundedRect(x, y - KEYCAP_HEIGHT / 2 + 2, width, KEYCAP_HEIGHT, 6);
  cap.fillStyle(colours.surfaceRaised, 1).fillRoundedRect(x, y - KEYCAP_HEIGHT / 2, width, KEYCAP_HEIGHT, 6);
  cap.lineStyle(1, colours.line, 1).strokeRoundedRect(x, y - KEYCAP_HEIGHT / 2, width, KEYCAP_HEIGHT, 6);
  return { objects: [cap, label], width };
}
