// The Summit's top line: where we are (scenario, round of the deadline, the round's steps with the current one
// marked by a frame and a word, not colour alone), whose turn it is, and how close the talks are to collapse.
import type Phaser from 'phaser';
import { addText, colours, GAME_WIDTH, textColours } from '../../theme';
import { fitToWidth } from '../fitText';
import type { SummitView } from '../../scenes/summitView';
import { shortName } from '../../scenes/summitView';
import { addMeterBar } from './meterBar';
import type { SummitMotion } from './motion';

const STEPS = [
  { phase: 'diplomacy', label: 'Diplomacy' },
  { phase: 'drafting', label: 'The text' },
  { phase: 'answers', label: 'Answers' },
] as const;

export function renderTopBar(
  scene: Phaser.Scene,
  layer: Phaser.GameObjects.Container,
  view: SummitView,
  motion?: SummitMotion,
): void {
  const { game, compiled } = view;
  const band = scene.add.graphics();
  band.fillStyle(colours.night, 0.92).fillRect(0, 0, GAME_WIDTH, 58);
  band.fillStyle(colours.gold, 0.7).fillRect(0, 58, GAME_WIDTH, 1);
  const scenarioTitle = fitToWidth(
    addText(scene, 16, 8, compiled.scenario.title.toUpperCase(), 'eyebrow', { size: 14 }),
    300,
  );
  const roundText = game.phase === 'ended' ? `Ended in round ${game.round}` : `Round ${game.round} of ${game.deadline}`;
  const round = addText(scene, 16, 27, roundText, 'cardTitle', { size: 22 });
  layer.add([band, scenarioTitle, round]);

  let x = 336;
  for (const step of STEPS) {
    const current = game.phase === step.phase;
    const label = addText(scene, x + 12, 29, step.label, 'bodyStrong', {
      size: 16,
      colour: current ? textColours.ink : textColours.faint,
    }).setOrigin(0, 0.5);
    const pill = scene.add.graphics();
    if (current) pill.fillStyle(colours.gold, 1).fillRoundedRect(x, 14, label.width + 24, 30, 15);
    else pill.lineStyle(1, colours.line, 1).strokeRoundedRect(x, 14, label.width + 24, 30, 15);
    layer.add([pill, label]);
    x += label.width + 24 + 10;
  }

  const turn =
    game.phase === 'ended'
      ? 'The talks are over'
      : view.viewerToAct
        ? `Your move, ${shortName(view, view.viewer)}`
        : 'The other delegations are moving…';
  const turnText = addText(scene, x + 12, 29, turn, 'bodyStrong', {
    size: 16,
    colour: view.viewerToAct ? textColours.gold : textColours.muted,
  }).setOrigin(0, 0.5);
  layer.add(turnText);

  const collapse = compiled.scenario.rules.collapse;
  const meter = compiled.meter.get(collapse.meter);
  if (meter) {
    const value = game.sharedMeters[collapse.meter] ?? meter.start;
    addMeterBar(
      scene,
      layer,
      GAME_WIDTH - 300,
      10,
      284,
      {
        label: meter.label,
        caption: `${meter.label} ${Math.round(value)} · collapse at ${collapse.atLeast}`,
        value,
        min: meter.min,
        max: collapse.atLeast,
        warning: value >= collapse.atLeast * 0.75,
      },
      motion && { motion, id: `meter:${collapse.meter}` },
    );
    const seat = fitToWidth(
      addText(
        scene,
        GAME_WIDTH - 300,
        32,
        `Your seat: ${compiled.party.get(view.viewer)?.name ?? view.viewer}`,
        'label',
      ),
      284,
    );
    layer.add(seat);
  }
}
