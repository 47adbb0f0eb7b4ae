// The months after signing, one cell a month: quiet (a dot), a violation the guarantors answered (!), or the
// breakdown (✕); months never reached stay empty. Shape and word carry the meaning, colour only repeats it.
import type Phaser from 'phaser';
import type { EpilogueMonth } from '../../../store';
import { addText, colours, textColours } from '../../theme';

const CELL_HEIGHT = 40;

export class EpilogueTimeline {
  private readonly cellWidth: number;
  private readonly caption: Phaser.GameObjects.Text;
  /** The heading, the empty cells, their numbers and the key: they never change, so a scene may bake them. */
  readonly stillParts: Phaser.GameObjects.GameObject[] = [];

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly x: number,
    private readonly y: number,
    width: number,
    private readonly months: number,
  ) {
    this.cellWidth = width / months;
    this.stillParts.push(addText(scene, x, y - 54, 'THE MONTHS AFTER SIGNING', 'eyebrow'));
    this.caption = addText(scene, x, y - 30, '', 'body');
    const grid = scene.add.graphics();
    this.stillParts.push(grid);
    for (let m = 0; m < months; m++) {
      grid
        .lineStyle(1, colours.line, 1)
        .strokeRoundedRect(x + m * this.cellWidth + 2, y, this.cellWidth - 4, CELL_HEIGHT, 4);
      const every = months > 12 ? 3 : 1;
      if ((m + 1) % every === 0 || m === 0)
        this.stillParts.push(
          addText(
            scene,
            x + m * this.cellWidth + this.cellWidth / 2,
            y + CELL_HEIGHT + 4,
            String(m + 1),
            'caption',
          ).setOrigin(0.5, 0),
        );
    }
    this.stillParts.push(
      addText(scene, x, y + CELL_HEIGHT + 26, '●  quiet     !  violation, answered     ✕  breakdown', 'caption', {
        colour: textColours.muted,
      }),
    );
  }

  showMonth(month: EpilogueMonth, animate: boolean): void {
    const cx = this.x + (month.month - 1) * this.cellWidth + this.cellWidth / 2;
    const cy = this.y + CELL_HEIGHT / 2;
    const kind = month.brokeDown
      ? 'breakdown'
      : month.violation
        ? month.answered
          ? 'answered'
          : 'unanswered'
        : 'quiet';
    const cell = this.scene.add.graphics();
    const fill = { quiet: 0x2f5d50, answered: 0x7a5a1e, unanswered: 0x7a4a1e, breakdown: 0x8c2f35 }[kind];
    cell.fillStyle(fill, 1).fillRoundedRect(cx - this.cellWidth / 2 + 2, this.y, this.cellWidth - 4, CELL_HEIGHT, 4);
    const symbol = { quiet: '●', answered: '!', unanswered: '!', breakdown: '✕' }[kind];
    const mark = addText(this.scene, cx, cy, symbol, 'bodyStrong', { size: kind === 'quiet' ? 14 : 20 }).setOrigin(0.5);
    this.caption.setText(captionFor(month));
    this.caption.setColor(kind === 'breakdown' ? textColours.danger : textColours.cream);
    if (animate) {
      this.scene.tweens.add({ targets: [cell, mark], alpha: { from: 0, to: 1 }, duration: 220 });
      this.scene.tweens.add({ targets: mark, scale: { from: 1.8, to: 1 }, duration: 260, ease: 'Back.easeOut' });
    }
  }

  setCaption(text: string, colour: string = textColours.cream): void {
    this.caption.setText(text).setColor(colour);
  }
}

function captionFor(month: EpilogueMonth): string {
  if (month.brokeDown) return `Month ${month.month}: a violation goes unanswered and the ceasefire breaks down.`;
  if (month.violation && month.answered)
    return `Month ${month.month}: a serious violation, answered by the guarantors.`;
  if (month.violation) return `Month ${month.month}: a serious violation goes unanswered, but the line holds.`;
  return `Month ${month.month}: quiet along the line.`;
}
