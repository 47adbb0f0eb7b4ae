// What broke, for the Collapse scene: escalation at its top (a full meter, in numbers), a walk-out (who, and the
// reason they gave, in their words), or the deadline passing.
import type Phaser from 'phaser';
import type { BreakCause } from '../../../store';
import { addText, colours, textColours } from '../../theme';
import { clampLines } from '../fitText';

export function addBreakPanel(scene: Phaser.Scene, x: number, y: number, width: number, cause: BreakCause): number {
  addText(scene, x, y, 'WHAT BROKE', 'eyebrow', { colour: textColours.danger });
  if (cause.kind === 'escalation') {
    const bar = scene.add.graphics();
    const top = y + 30;
    const share = Math.min(1, Math.max(0, cause.value / Math.max(1, cause.limit)));
    bar.fillStyle(colours.surface, 1).fillRoundedRect(x, top, width, 18, 5);
    bar.fillStyle(0xc8503f, 1).fillRoundedRect(x, top, Math.max(10, width * share), 18, 5);
    bar.lineStyle(1, colours.danger, 1).strokeRoundedRect(x, top, width, 18, 5);
    addText(scene, x, top + 26, `${cause.meterLabel}: ${cause.value} — the limit of ${cause.limit} is reached`, 'body');
    return top + 56;
  }
  if (cause.kind === 'walk-out') {
    addText(scene, x, y + 26, `${cause.partyName} walked out of the talks.`, 'bodyStrong');
    const reason = addText(scene, x, y + 52, cause.reason ? `“${cause.reason}”` : '', 'body', {
      wrapWidth: width,
      style: 'italic',
      colour: textColours.muted,
    });
    clampLines(reason, 3);
    return y + 60 + reason.height;
  }
  const words =
    cause.kind === 'stopped'
      ? `The facilitator ended the talks in round ${cause.round}, before any text was signed.`
      : `Round ${cause.deadline} ended without a text every signatory accepted.`;
  addText(scene, x, y + 26, words, 'body', {
    wrapWidth: width,
  });
  return y + 56;
}
