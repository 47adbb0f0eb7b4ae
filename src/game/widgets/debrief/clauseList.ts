// A text as clauses, issue by issue: the issue in small muted words, the chosen option under it. Rows can be
// chosen by hover or with ↑ ↓ (the scene then lights that clause's features on the map).
import Phaser from 'phaser';
import type { ClauseLine } from '../../../store';
import { addText, colours, textColours } from '../../theme';
import { fitToWidth } from '../fitText';

export interface ClauseListLayout {
  x: number;
  y: number;
  width: number;
  rowHeight: number;
}

export class ClauseList {
  readonly rows: Phaser.GameObjects.Container[] = [];
  private readonly highlight: Phaser.GameObjects.Graphics;

  constructor(
    scene: Phaser.Scene,
    private readonly layout: ClauseListLayout,
    clauses: readonly ClauseLine[],
    onHover: (index: number | null) => void,
  ) {
    this.highlight = scene.add.graphics();
    clauses.forEach((clause, index) => {
      const y = layout.y + index * layout.rowHeight;
      const marker = scene.add.graphics();
      marker.fillStyle(colours.gold, 1).fillCircle(8, 10, 4);
      const issue = addText(scene, 22, 0, clause.issueLabel, 'caption', { colour: textColours.muted });
      const option = addText(scene, 22, 17, clause.optionLabel, 'bodyStrong', { colour: textColours.cream, size: 16 });
      fitToWidth(issue, layout.width - 30);
      fitToWidth(option, layout.width - 30);
      const hit = scene.add
        .zone(0, -3, layout.width, layout.rowHeight - 2)
        .setOrigin(0, 0)
        .setInteractive();
      hit.on(Phaser.Input.Events.POINTER_OVER, () => onHover(index));
      hit.on(Phaser.Input.Events.POINTER_OUT, () => onHover(null));
      this.rows.push(scene.add.container(layout.x, y, [marker, issue, option, hit]));
    });
  }

  /** Outlines the chosen row (a frame, not only a colour change). */
  select(index: number | null): void {
    this.highlight.clear();
    if (index === null) return;
    const { x, y, width, rowHeight } = this.layout;
    const top = y + index * rowHeight - 4;
    this.highlight.fillStyle(colours.surfaceSelected, 0.9).fillRoundedRect(x - 8, top, width + 8, rowHeight - 2, 6);
    this.highlight.lineStyle(2, colours.gold, 1).strokeRoundedRect(x - 8, top, width + 8, rowHeight - 2, 6);
  }
}
