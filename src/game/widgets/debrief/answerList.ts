// The answers to a draft, one party a row: a mark and a word (✓ accepts / ✗ rejects / … no answer yet), then
// the reason it gave.
import type Phaser from 'phaser';
import type { AnswerLine } from '../../../store';
import { addText, textColours } from '../../theme';
import { clampLines, fitToWidth } from '../fitText';

/** Draws rows from `y` down while they fit above `bottom`; returns the y after the last row drawn. */
export function addAnswerList(
  scene: Phaser.Scene,
  x: number,
  y: number,
  width: number,
  bottom: number,
  answers: readonly AnswerLine[],
): number {
  let cursor = y;
  // Parties that had not answered yet share one line: four rows of "no answer" would bury the answers given.
  const pending = answers.filter((answer) => answer.accept === null);
  for (const answer of answers.filter((candidate) => candidate.accept !== null)) {
    if (cursor + 44 > bottom) break;
    const verdict = answer.accept === null ? '… pending' : answer.accept ? '✓ accepts' : '✗ rejects';
    const colour = answer.accept === null ? textColours.faint : answer.accept ? textColours.cream : textColours.danger;
    addText(scene, x, cursor, verdict, 'bodyStrong', { colour, size: 16 });
    const name = addText(scene, x + 96, cursor, answer.partyName, 'bodyStrong', { size: 16 });
    fitToWidth(name, width - 96);
    const reason = addText(scene, x + 96, cursor + 22, answer.reason, 'label', { wrapWidth: width - 96 });
    clampLines(reason, cursor + 22 + 40 > bottom ? 1 : 2);
    cursor += 22 + reason.height + 10;
  }
  if (pending.length > 0 && cursor + 24 <= bottom) {
    const names = pending.map((answer) => answer.partyName).join(', ');
    const line = addText(scene, x, cursor, `… no answer before the talks ended: ${names}`, 'label', {
      colour: textColours.faint,
    });
    fitToWidth(line, width);
    cursor += 30;
  }
  return cursor;
}
