// The heading every ending screen shares: a gold eyebrow (what kind of ending, which round), a title that the
// scene may rewrite as the story unfolds, and a thin gold rule.
import type Phaser from 'phaser';
import { addText, colours } from '../../theme';
import { fitToWidth } from '../fitText';

export const HEADER_LEFT = 56;
const TITLE_MAX_WIDTH = 760;

export interface EndingHeader {
  setTitle: (title: string) => void;
  /** The eyebrow and the rule: they never change, so a scene may bake them (render/staticBake.ts). */
  stillParts: Phaser.GameObjects.GameObject[];
}

export function addEndingHeader(scene: Phaser.Scene, eyebrow: string, title: string): EndingHeader {
  const eyebrowText = addText(scene, HEADER_LEFT, 26, eyebrow, 'eyebrow');
  const heading = addText(scene, HEADER_LEFT - 2, 46, title, 'panelTitle').setShadow(0, 2, '#000000', 8, false, true);
  fitToWidth(heading, TITLE_MAX_WIDTH);
  const rule = scene.add.graphics().fillStyle(colours.gold, 1).fillRect(HEADER_LEFT, 98, 72, 3);
  return {
    stillParts: [eyebrowText, rule],
    setTitle: (next) => {
      heading.setText(next);
      fitToWidth(heading, TITLE_MAX_WIDTH);
    },
  };
}
