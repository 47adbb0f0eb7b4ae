// How durable the deal was: months held against months simulated, violations and how many were answered, and
// the enforcement the text provided (guarantees, monitors, forces), as a meter with its number.
import type Phaser from 'phaser';
import type { Durability } from '../../../store';
import { addText, colours, textColours } from '../../theme';

export function addDurabilityPanel(
  scene: Phaser.Scene,
  x: number,
  y: number,
  width: number,
  durability: Durability | null,
  noDealReason: string,
): void {
  addText(scene, x, y, 'DURABILITY', 'eyebrow');
  if (!durability) {
    addText(scene, x, y + 24, noDealReason, 'body', { wrapWidth: width, colour: textColours.muted });
    return;
  }
  const verdict = durability.held
    ? `Held all ${durability.months} months`
    : `Broke down after ${durability.monthsHeld} of ${durability.months} months`;
  addText(scene, x, y + 24, verdict, 'bodyStrong', { colour: durability.held ? textColours.gold : textColours.danger });
  addText(scene, x, y + 48, `${durability.violations} serious violations, ${durability.answered} answered`, 'label');
  const meterY = y + 80;
  const label = addText(scene, x, meterY, 'enforcement', 'caption');
  const trackX = x + label.width + 12;
  const trackWidth = width - label.width - 60;
  const graphics = scene.add.graphics();
  graphics.fillStyle(colours.surface, 1).fillRoundedRect(trackX, meterY + 2, trackWidth, 14, 4);
  graphics
    .fillStyle(0x7fd1e8, 1)
    .fillRoundedRect(trackX, meterY + 2, Math.max(4, (trackWidth * durability.enforcement) / 0.9), 14, 4);
  addText(scene, x + width, meterY, durability.enforcement.toFixed(2), 'caption', {
    colour: textColours.cream,
  }).setOrigin(1, 0);
}
