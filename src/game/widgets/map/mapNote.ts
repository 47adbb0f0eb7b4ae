// The scenario's map note (what the map is based on, and that it is schematic), over the map on request: N or a
// click on the "schematic" tag opens and closes it. Scenario text goes through a Phaser Text, never HTML.
import Phaser from 'phaser';
import type { Box } from './projection';
import { addText, colours } from '../../theme';
import { clampLines } from '../fitText';

const FALLBACK_NOTE =
  'This scenario gives no note for its map. Outlines are approximate and drawn for orientation only.';

export function addMapNote(
  scene: Phaser.Scene,
  parent: Phaser.GameObjects.Container,
  area: Box,
  note: string | null,
  tag: Phaser.GameObjects.Container,
): { toggle: () => void } {
  const inset = 18;
  const panel = scene.add.graphics();
  panel.fillStyle(colours.night, 1).fillRoundedRect(area.x + 10, area.y + 44, area.width - 20, area.height - 58, 8);
  panel
    .lineStyle(1, colours.gold, 0.8)
    .strokeRoundedRect(area.x + 10, area.y + 44, area.width - 20, area.height - 58, 8);
  const heading = addText(scene, area.x + 10 + inset, area.y + 44 + inset, 'ABOUT THIS MAP', 'eyebrow');
  const body = addText(scene, area.x + 10 + inset, heading.y + 30, note ?? FALLBACK_NOTE, 'body', {
    wrapWidth: area.width - 20 - inset * 2,
    lineSpacing: 5,
  });
  clampLines(body, Math.max(2, Math.floor((area.height - 150) / 27)));
  const overlay = scene.add.container(0, 0, [panel, heading, body]).setVisible(false);
  parent.add(overlay);

  const toggle = () => overlay.setVisible(!overlay.visible);
  const hit = scene.add.zone(0, 0, tag.width, tag.height).setOrigin(0, 0).setInteractive({ useHandCursor: true });
  tag.add(hit);
  hit.on(Phaser.Input.Events.POINTER_UP, toggle);
  return { toggle };
}
