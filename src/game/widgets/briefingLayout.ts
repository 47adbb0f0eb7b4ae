// Where things sit inside the briefing panel, shared by its pages, and the "+ N more" rule every list follows
// when it does not fit.
import type Phaser from 'phaser';
import { addText, GAME_HEIGHT, GAME_WIDTH } from '../theme';

export const PANEL = { x: 48, y: 34, width: GAME_WIDTH - 96, height: GAME_HEIGHT - 68 };
const INSET = 40;
export const CONTENT_LEFT = PANEL.x + INSET;
export const CONTENT_RIGHT = PANEL.x + PANEL.width - INSET;
export const CONTENT_WIDTH = CONTENT_RIGHT - CONTENT_LEFT;
export const CONTENT_BOTTOM = PANEL.y + PANEL.height - 22;
/** Where a page's body starts, under the panel's heading lines. */
export const BODY_TOP = PANEL.y + 150;

/** How many rows of a list fit between `top` and the panel's bottom. */
export function rowsThatFit(top: number, rowHeight: number, count: number): { shown: number; hidden: number } {
  const capacity = Math.max(1, Math.floor((CONTENT_BOTTOM - top) / rowHeight));
  // When everything does not fit, the last row says how many are left out instead of showing one more.
  const shown = count <= capacity ? count : capacity - 1;
  return { shown, hidden: count - shown };
}

/** `+ 3 more sources`, or nothing when nothing is hidden. */
export function addMoreLine(
  scene: Phaser.Scene,
  page: Phaser.GameObjects.Container,
  x: number,
  y: number,
  hidden: number,
  what: string,
): void {
  if (hidden <= 0) return;
  page.add(addText(scene, x, y + 4, `+ ${hidden} ${what}`, 'label', { style: 'italic' }));
}
