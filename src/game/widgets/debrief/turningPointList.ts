// The turning points of the game on a vertical timeline: a round badge and what happened, in log order.
import type Phaser from 'phaser';
import type { TurningPoint } from '../../../store';
import { addText, colours, textColours } from '../../theme';
import { clampLines } from '../fitText';

const MARKS: Record<TurningPoint['kind'], string> = {
  news: 'News',
  progress: 'Draft',
  'walk-out': 'Walk-out',
  'pledge-broken': 'Pledge',
  deadline: 'Deadline',
  signed: 'Signed',
  ratification: 'Vote',
  epilogue: 'After',
};

export function addTurningPoints(
  scene: Phaser.Scene,
  x: number,
  y: number,
  width: number,
  bottom: number,
  points: readonly TurningPoint[],
): void {
  addText(scene, x, y, 'TURNING POINTS', 'eyebrow');
  if (points.length === 0) {
    addText(scene, x, y + 26, 'Nothing changed the course of the talks.', 'body', { colour: textColours.muted });
    return;
  }
  const line = scene.add.graphics();
  const dots = scene.add.graphics();
  let cursor = y + 34;
  const startY = cursor;
  for (const point of points) {
    if (cursor + 40 > bottom) break;
    dots.fillStyle(colours.gold, 1).fillCircle(x + 8, cursor + 10, 5);
    addText(scene, x + 24, cursor, `R${point.round}`, 'bodyStrong', { colour: textColours.gold });
    addText(scene, x + 64, cursor + 1, MARKS[point.kind].toUpperCase(), 'keycap', { colour: textColours.muted });
    const text = addText(scene, x + 154, cursor, point.text, 'body', { wrapWidth: width - 154 });
    clampLines(text, 2);
    cursor += Math.max(28, text.height) + 14;
  }
  line.lineStyle(2, colours.goldDeep, 1).lineBetween(x + 8, startY + 10, x + 8, cursor - 24);
}
