// The facilitator's reveal: each signatory's hidden side in one paragraph — what no deal is worth to it, what it
// cares most about, what it will not sign and how firmly — laid out whole (never cut off) on as many pages as the
// panel needs. The numbers are the game's, read through the store; nothing here decides anything.
import type Phaser from 'phaser';
import { reservationValue } from '../../../store';
import type { SummitView } from '../../scenes/summitView';
import { shortName } from '../../scenes/summitView';
import { addText, textColours } from '../../theme';

export interface RevealArea {
  x: number;
  y: number;
  width: number;
  bottom: number;
}

const GAP = 10;

/** One paragraph per signatory, in the scenario's order. */
export function revealTexts(view: SummitView): string[] {
  const { compiled, game } = view;
  const issueLabel = (id: string) => compiled.scenario.issues.find((issue) => issue.id === id)?.label ?? id;
  return compiled.scenario.parties
    .filter((party) => compiled.signatories.includes(party.id))
    .map((party) => {
      const weights = Object.entries(game.weights[party.id] ?? {}).sort((a, b) => b[1] - a[1]);
      const caresMost = weights.slice(0, 2).map(([issue]) => issueLabel(issue));
      const redLines = party.redLines.map((line, index) => {
        const issue = compiled.scenario.issues.find((candidate) => candidate.id === line.issue);
        const firmness = game.firmness[party.id]?.[index] ?? line.firmness;
        const labels = line.forbidden.map((id) => issue?.options.find((option) => option.id === id)?.label ?? id);
        return `${labels.join(' / ')} (firmness ${firmness.toFixed(2)})`;
      });
      const noDeal = reservationValue(compiled, game, party.id).toFixed(2);
      return (
        `${shortName(view, party.id)}: no deal is worth ${noDeal} · cares most about ${caresMost.join(', ')} · ` +
        `will not sign: ${redLines.join('; ') || 'no red line'}`
      );
    });
}

/**
 * The paragraphs as wrapped texts, split into pages that each fit the area; every text is created (the caller
 * keeps one page and destroys the rest). A paragraph taller than a whole page still gets a page of its own.
 */
export function revealPages(
  scene: Phaser.Scene,
  texts: readonly string[],
  area: RevealArea,
): Phaser.GameObjects.Text[][] {
  const pages: Phaser.GameObjects.Text[][] = [[]];
  let y = area.y;
  for (const paragraph of texts) {
    const text = addText(scene, area.x, y, paragraph, 'label', { colour: textColours.cream, wrapWidth: area.width });
    const page = pages[pages.length - 1] ?? [];
    if (y + text.height > area.bottom && page.length > 0) {
      pages.push([text]);
      text.setY(area.y);
      y = area.y;
    } else page.push(text);
    y += text.height + GAP;
  }
  return pages;
}
