// What each red line did: a badge in words (HELD, WORN DOWN, CROSSED) with its own mark, the party and the issue,
// and what it forbade. Crossed and worn-down lines come first; held ones fill what room is left.
import type Phaser from 'phaser';
import type { RedLineFate } from '../../../store';
import { addText, colours, textColours } from '../../theme';
import { fitToWidth } from '../fitText';

const BADGES: Record<RedLineFate['status'], { word: string; fill: number; text: string }> = {
  crossed: { word: '✕ CROSSED', fill: 0x8c2f35, text: '#ffe3dc' },
  'worn-down': { word: '↓ WORN DOWN', fill: 0x7a5a1e, text: '#fff1cf' },
  held: { word: '✓ HELD', fill: 0x2f5d50, text: '#e1f5ec' },
};
const ORDER: RedLineFate['status'][] = ['crossed', 'worn-down', 'held'];
const ROW = 46;
const BADGE_WIDTH = 128;

export function addRedLineList(
  scene: Phaser.Scene,
  x: number,
  y: number,
  width: number,
  bottom: number,
  fates: readonly RedLineFate[],
): void {
  const counts = ORDER.map(
    (status) =>
      `${fates.filter((fate) => fate.status === status).length} ${BADGES[status].word.slice(2).toLowerCase()}`,
  );
  addText(scene, x, y, 'WHAT EACH RED LINE DID', 'eyebrow');
  addText(scene, x, y + 22, counts.join('  ·  '), 'label');
  const sorted = [...fates].sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status));
  const room = Math.max(0, Math.floor((bottom - (y + 52) - 22) / ROW));
  const shown = sorted.length > room + 1 ? sorted.slice(0, room) : sorted;
  const graphics = scene.add.graphics();
  shown.forEach((fate, index) => {
    const top = y + 52 + index * ROW;
    const badge = BADGES[fate.status];
    graphics.fillStyle(badge.fill, 1).fillRoundedRect(x, top + 2, BADGE_WIDTH, 24, 5);
    graphics.lineStyle(1, colours.line, 1).strokeRoundedRect(x, top + 2, BADGE_WIDTH, 24, 5);
    addText(scene, x + BADGE_WIDTH / 2, top + 14, badge.word, 'keycap', { colour: badge.text }).setOrigin(0.5);
    const title = addText(scene, x + BADGE_WIDTH + 12, top, `${fate.partyName} — ${fate.issueLabel}`, 'bodyStrong', {
      size: 16,
    });
    fitToWidth(title, width - BADGE_WIDTH - 12);
    const firmness =
      fate.status === 'worn-down'
        ? `firmness ${fate.firmnessAtStart.toFixed(2)} → ${fate.firmnessAtEnd.toFixed(2)}${fate.bindingAtEnd ? '' : ', no longer a veto'}`
        : null;
    const detail = addText(
      scene,
      x + BADGE_WIDTH + 12,
      top + 21,
      [`no: ${fate.forbidden.join(', ')}`, firmness].filter(Boolean).join('  ·  '),
      'caption',
    );
    fitToWidth(detail, width - BADGE_WIDTH - 12);
  });
  if (shown.length < sorted.length) {
    addText(scene, x, y + 52 + shown.length * ROW, `and ${sorted.length - shown.length} more that held`, 'caption', {
      colour: textColours.faint,
    });
  }
}
