// The text the game reached against the Nash point (the text that maximises the product of every signatory's
// gain over no deal): how many clauses agree, the distances in utility space, and where they differ, clause by clause.
import type Phaser from 'phaser';
import type { DealComparison } from '../../../store';
import { addText, textColours } from '../../theme';
import { fitToWidth } from '../fitText';

const TEXT_NAMES: Record<DealComparison['kind'], string> = {
  signed: 'The signed text',
  'not-ratified': 'The signed (unratified) text',
  'last-draft': 'The last draft (not agreed)',
  none: 'No text',
};

/** Draws the comparison from `y` down, never below `bottom`; returns the y under what it drew. */
export function addDealVsNash(
  scene: Phaser.Scene,
  x: number,
  y: number,
  width: number,
  bottom: number,
  deal: DealComparison,
): number {
  addText(scene, x, y, 'THE TEXT AND THE NASH POINT', 'eyebrow');
  const sentence = (text: string) => {
    const shown = addText(scene, x, y + 26, text, 'body', { wrapWidth: width });
    return shown.y + shown.height;
  };
  if (!deal.nashClauses)
    return sentence('No text could satisfy every signatory at the end: the zone of agreement was empty.');
  if (deal.kind === 'none') return sentence('No draft was tabled, so there is nothing to compare.');

  const total = deal.clauses.length;
  const nashName = deal.nashApproximate
    ? 'the Nash point (approximate: too many texts to search them all)'
    : 'the Nash point';
  const summary = `${TEXT_NAMES[deal.kind]} matches ${nashName} on ${deal.sameAsNash} of ${total} issues.`;
  const summaryText = addText(scene, x, y + 24, summary, 'bodyStrong', { wrapWidth: width });
  const distances = [
    deal.distanceToNash === null ? null : `Distance to the Nash point ${deal.distanceToNash.toFixed(2)}`,
    deal.distanceToFrontier === null ? null : `to the best possible texts ${deal.distanceToFrontier.toFixed(2)}`,
  ].filter((part) => part !== null);
  const distanceLine = addText(
    scene,
    x,
    summaryText.y + summaryText.height + 4,
    `${distances.join('  ·  ')}  (0 = the same)`,
    'label',
    { wrapWidth: width },
  );

  let cursor = distanceLine.y + distanceLine.height + 14;
  deal.clauses.forEach((clause, index) => {
    const nash = deal.nashClauses?.[index];
    if (!nash || nash.optionId === clause.optionId || cursor + 44 > bottom) return;
    addText(scene, x, cursor, `≠ ${clause.issueLabel}`, 'label', { colour: textColours.gold });
    const line = addText(scene, x + 18, cursor + 19, `${clause.optionLabel}  →  Nash: ${nash.optionLabel}`, 'caption', {
      colour: textColours.cream,
    });
    fitToWidth(line, width - 18);
    cursor += 44;
  });
  return cursor;
}
