// Under the Ceasefire map: who backs the signed text — the parties its clauses name as guarantors or as sending
// forces — as a row of their flags after the words "BACKED BY". Their names, in words, are in the map's caption
// when a clause is chosen (↑ ↓), so a flag is never the only way to tell who it is.
import type Phaser from 'phaser';
import type { Party } from '../../../store';
import { addText } from '../../theme';
import { drawPartyFlag } from '../partyFlag';

const FLAG = { width: 27, height: 18 };
const GAP = 7;

/** The strip, or null when nobody backs the text (no guarantee, no force): nothing is drawn then. */
export function addGuarantorStrip(
  scene: Phaser.Scene,
  x: number,
  y: number,
  width: number,
  backers: readonly Party[],
): Phaser.GameObjects.Container | null {
  if (backers.length === 0) return null;
  const heading = addText(scene, 0, 0, 'BACKED BY', 'eyebrow');
  const flags = scene.add.graphics();
  const room = Math.floor((width - heading.width - 14 + GAP) / (FLAG.width + GAP));
  backers.slice(0, room).forEach((party, index) => {
    const left = heading.width + 14 + index * (FLAG.width + GAP);
    drawPartyFlag(flags, party.flag, { x: left, y: (heading.height - FLAG.height) / 2, ...FLAG });
  });
  return scene.add.container(x, y, [heading, flags]);
}
