// The seat under the cursor, read at a glance: flag, name, who leads it, its difficulty and the scenario's line on
// why it plays the way it does.
import type Phaser from 'phaser';
import type { Party } from '../../../store';
import { addText, colours, textColours } from '../../theme';
import { clampLines, fitToWidth } from '../fitText';
import { drawPartyFlag } from '../partyFlag';
import { difficultyMarks } from './setupChoices';

export function renderSeatDetail(
  scene: Phaser.Scene,
  layer: Phaser.GameObjects.Container,
  box: { x: number; y: number; width: number; height: number },
  party: Party,
  isYours: boolean,
): void {
  const { x, y, width, height } = box;
  const card = scene.add.graphics();
  card.fillStyle(0x000000, 0.35).fillRoundedRect(x + 3, y + 5, width, height, 12);
  card.fillStyle(colours.surface, 0.94).fillRoundedRect(x, y, width, height, 12);
  card.lineStyle(1, colours.line, 1).strokeRoundedRect(x, y, width, height, 12);
  drawPartyFlag(card, party.flag, { x: x + 22, y: y + 22, width: 66, height: 44 });

  const textLeft = x + 106;
  const textWidth = width - 106 - 20;
  const name = fitToWidth(addText(scene, textLeft, y + 18, party.name, 'cardTitle'), textWidth);
  const leaders = party.leaders.map((leader) => leader.name).join(', ');
  const leaderLine = fitToWidth(
    addText(scene, textLeft, y + 52, leaders || roleWord(party), 'label', { colour: textColours.muted }),
    textWidth,
  );
  const marks = difficultyMarks[party.seat.difficulty];
  const badge = fitToWidth(
    addText(
      scene,
      x + 22,
      y + 86,
      `${marks.pips}  ${marks.label.toUpperCase()}  ·  ${roleWord(party).toUpperCase()}${isYours ? '  ·  YOUR SEAT' : ''}`,
      'eyebrow',
      { colour: party.seat.difficulty === 'hard' ? textColours.danger : textColours.gold },
    ),
    width - 44,
  );
  const note = clampLines(
    addText(scene, x + 22, y + 116, party.seat.note.replace(/\s+/g, ' '), 'body', {
      wrapWidth: width - 44,
      lineSpacing: 5,
    }),
    Math.max(1, Math.floor((height - 120) / 25)),
  );
  layer.add([card, name, leaderLine, badge, note]);
}

function roleWord(party: Party): string {
  switch (party.role) {
    case 'convenor':
      return 'convenor';
    case 'signatory':
      return 'must sign';
    case 'guarantor':
      return 'guarantor';
    case 'observer':
      return 'observer';
  }
}
