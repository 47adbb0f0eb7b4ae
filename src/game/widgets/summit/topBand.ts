// The band along the top of the Summit and of the replay viewer: an eyebrow (the scenario), the round of the
// deadline, and the round's three steps with the current one filled and named in words, not colour alone.
import type Phaser from 'phaser';
import type { GameState } from '../../../store';
import { addText, colours, GAME_WIDTH, textColours } from '../../theme';
import { fitToWidth } from '../fitText';

const STEPS = [
  { phase: 'diplomacy', label: 'Diplomacy' },
  { phase: 'drafting', label: 'The text' },
  { phase: 'answers', label: 'Answers' },
] as const;

/** Where the steps (or whatever stands in their place) begin. */
export const STEPS_X = 336;

export function addTopBand(
  scene: Phaser.Scene,
  layer: Phaser.GameObjects.Container,
  eyebrow: string,
  game: GameState,
): void {
  const band = scene.add.graphics();
  band.fillStyle(colours.night, 0.92).fillRect(0, 0, GAME_WIDTH, 58);
  band.fillStyle(colours.gold, 0.7).fillRect(0, 58, GAME_WIDTH, 1);
  const title = fitToWidth(addText(scene, 16, 8, eyebrow.toUpperCase(), 'eyebrow', { size: 14 }), 300);
  const roundText = game.phase === 'ended' ? `Ended in round ${game.round}` : `Round ${game.round} of ${game.deadline}`;
  const round = addText(scene, 16, 27, roundText, 'cardTitle', { size: 22 });
  layer.add([band, title, round]);
}

/** The round's steps from `x`, the current one filled; returns where the next thing may start. */
export function addPhaseSteps(
  scene: Phaser.Scene,
  layer: Phaser.GameObjects.Container,
  x: number,
  phase: GameState['phase'],
): number {
  let at = x;
  for (const step of STEPS) {
    const current = phase === step.phase;
    const label = addText(scene, at + 12, 29, step.label, 'bodyStrong', {
      size: 16,
      colour: current ? textColours.ink : textColours.faint,
    }).setOrigin(0, 0.5);
    const pill = scene.add.graphics();
    if (current) pill.fillStyle(colours.gold, 1).fillRoundedRect(at, 14, label.width + 24, 30, 15);
    else pill.lineStyle(1, colours.line, 1).strokeRoundedRect(at, 14, label.width + 24, 30, 15);
    layer.add([pill, label]);
    at += label.width + 24 + 10;
  }
  return at;
}
