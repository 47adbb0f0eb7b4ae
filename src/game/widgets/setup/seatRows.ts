// The setup screen's seats: one row per playable party with its flag, name, difficulty (word and pips, not colour
// alone) and who plays it, Human or AI. Enter or a click takes the seat; ← → or a click on the switch flips a seat
// between human and AI (yours is always human).
import Phaser from 'phaser';
import type { Party, SeatKind } from '../../../store';
import { addText, colours, textColours } from '../../theme';
import { drawPartyFlag } from '../partyFlag';
import { fitToWidth } from '../fitText';
import type { Focusable, FocusRing } from '../summit/focusRing';
import { difficultyMarks } from './setupChoices';

export interface SeatRowsLayout {
  x: number;
  y: number;
  width: number;
  rowHeight: number;
}

export interface SeatRowsChoice {
  parties: readonly Party[];
  yourSeat: string;
  seats: Record<string, SeatKind>;
  onTakeSeat: (partyId: string) => void;
  onToggleSeat: (partyId: string) => void;
}

const SWITCH_WIDTH = 132;

export function renderSeatRows(
  scene: Phaser.Scene,
  layer: Phaser.GameObjects.Container,
  ring: FocusRing,
  layout: SeatRowsLayout,
  choice: SeatRowsChoice,
): Focusable[] {
  return choice.parties.map((party, index) => {
    const y = layout.y + index * layout.rowHeight;
    const height = layout.rowHeight - 6;
    const isYours = party.id === choice.yourSeat;
    const kind = choice.seats[party.id] ?? 'ai';
    const middle = y + height / 2;

    const frame = scene.add.graphics();
    frame.fillStyle(isYours ? colours.surfaceSelected : colours.surface, isYours ? 0.98 : 0.78);
    frame.fillRoundedRect(layout.x, y, layout.width, height, 8);
    frame.lineStyle(isYours ? 2 : 1, isYours ? colours.gold : colours.line, 0.9);
    frame.strokeRoundedRect(layout.x, y, layout.width, height, 8);
    if (isYours) frame.fillStyle(colours.gold, 1).fillRoundedRect(layout.x, y + 6, 5, height - 12, 2);
    drawPartyFlag(frame, party.flag, { x: layout.x + 16, y: middle - 10, width: 30, height: 20 });

    const name = fitToWidth(
      addText(scene, layout.x + 58, middle, party.name, 'bodyStrong', { size: 16 }).setOrigin(0, 0.5),
      layout.width - 58 - SWITCH_WIDTH - 150,
    );
    const marks = difficultyMarks[party.seat.difficulty];
    const difficulty = addText(
      scene,
      layout.x + layout.width - SWITCH_WIDTH - 130,
      middle,
      `${marks.pips} ${marks.label}`,
      'label',
      { colour: party.seat.difficulty === 'hard' ? textColours.danger : textColours.gold },
    ).setOrigin(0, 0.5);

    // The switch: YOU on your own seat, otherwise Human / AI with the current one filled.
    const switchX = layout.x + layout.width - SWITCH_WIDTH - 10;
    const switchLabel = isYours ? 'You · human' : kind === 'human' ? 'Human' : 'AI plays';
    const switchFrame = scene.add.graphics();
    if (isYours || kind === 'human') switchFrame.fillStyle(isYours ? colours.gold : colours.surfaceRaised, 1);
    else switchFrame.fillStyle(colours.navy, 1);
    switchFrame.fillRoundedRect(switchX, middle - 14, SWITCH_WIDTH, 28, 14);
    switchFrame.lineStyle(1, isYours ? colours.goldDeep : colours.line, 1);
    switchFrame.strokeRoundedRect(switchX, middle - 14, SWITCH_WIDTH, 28, 14);
    const switchText = addText(scene, switchX + SWITCH_WIDTH / 2, middle, switchLabel, 'label', {
      colour: isYours ? textColours.ink : kind === 'human' ? textColours.cream : textColours.muted,
      style: 'bold',
    }).setOrigin(0.5, 0.5);

    const rowZone = scene.add.zone(layout.x, y, layout.width - SWITCH_WIDTH - 20, height).setOrigin(0, 0);
    const switchZone = scene.add.zone(switchX, middle - 14, SWITCH_WIDTH, 28).setOrigin(0, 0);
    layer.add([frame, name, difficulty, switchFrame, switchText, rowZone, switchZone]);
    const id = `seat:${party.id}`;
    ring.bindPointer(rowZone, id);
    switchZone.setInteractive({ useHandCursor: !isYours });
    switchZone.on(Phaser.Input.Events.POINTER_UP, () => choice.onToggleSeat(party.id));

    return {
      id,
      bounds: new Phaser.Geom.Rectangle(layout.x, y, layout.width, height),
      enabled: true,
      // The key hints under the list say what Enter and ← → do here; a tooltip would cover the next seat.
      hint: null,
      activate: () => choice.onTakeSeat(party.id),
      step: () => choice.onToggleSeat(party.id),
    };
  });
}
