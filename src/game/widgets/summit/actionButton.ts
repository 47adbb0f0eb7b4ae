// A labelled button with its shortcut key. A usable button is filled; a greyed-out one is only outlined and its
// label dimmed, so the difference never rests on colour alone.
import Phaser from 'phaser';
import { addText, colours, textColours } from '../../theme';
import { addKeycap } from '../keyHints';

export type ButtonTone = 'primary' | 'normal' | 'danger';

export interface ActionButton {
  container: Phaser.GameObjects.Container;
  zone: Phaser.GameObjects.Zone;
  bounds: Phaser.Geom.Rectangle;
}

const HEIGHT = 42;

export function addActionButton(
  scene: Phaser.Scene,
  x: number,
  y: number,
  options: { label: string; shortcut?: string; enabled: boolean; tone?: ButtonTone; minWidth?: number },
): ActionButton {
  const tone = options.tone ?? 'normal';
  const label = addText(scene, 14, HEIGHT / 2, options.label, 'bodyStrong', {
    size: 16,
    colour: options.enabled ? (tone === 'primary' ? textColours.ink : textColours.cream) : textColours.faint,
  }).setOrigin(0, 0.5);
  const parts: Phaser.GameObjects.GameObject[] = [];
  let width = label.width + 28;
  if (options.shortcut && options.enabled) {
    const keycap = addKeycap(scene, label.width + 24, HEIGHT / 2, options.shortcut);
    parts.push(...keycap.objects);
    width += keycap.width + 10;
  }
  width = Math.max(width, options.minWidth ?? 0);
  const frame = scene.add.graphics();
  const fill = tone === 'primary' ? colours.gold : tone === 'danger' ? colours.dangerSurface : colours.surfaceRaised;
  const edge = tone === 'danger' ? colours.danger : tone === 'primary' ? colours.goldDeep : colours.line;
  if (options.enabled) {
    frame.fillStyle(0x000000, 0.35).fillRoundedRect(2, 4, width, HEIGHT, 8);
    frame.fillStyle(fill, 1).fillRoundedRect(0, 0, width, HEIGHT, 8);
    frame.lineStyle(1.5, edge, 1).strokeRoundedRect(0, 0, width, HEIGHT, 8);
  } else {
    frame.lineStyle(1.5, colours.line, 0.9).strokeRoundedRect(0, 0, width, HEIGHT, 8);
  }
  const zone = scene.add.zone(0, 0, width, HEIGHT).setOrigin(0, 0);
  const container = scene.add.container(x, y, [frame, label, ...parts, zone]);
  return { container, zone, bounds: new Phaser.Geom.Rectangle(x, y, width, HEIGHT) };
}

export const BUTTON_HEIGHT = HEIGHT;
