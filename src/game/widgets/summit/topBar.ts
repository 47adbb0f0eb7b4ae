// The Summit's top line: where we are (scenario, round of the deadline, the round's steps with the current one
// marked by a frame and a word, not colour alone), whose turn it is, and how close the talks are to collapse.
import type Phaser from 'phaser';
import { addText, GAME_WIDTH, textColours } from '../../theme';
import { fitToWidth } from '../fitText';
import type { SummitView } from '../../scenes/summitView';
import { shortName } from '../../scenes/summitView';
import { addMeterBar } from './meterBar';
import type { SummitMotion } from './motion';
import { addPhaseSteps, addTopBand, STEPS_X } from './topBand';

export function renderTopBar(
  scene: Phaser.Scene,
  layer: Phaser.GameObjects.Container,
  view: SummitView,
  motion?: SummitMotion,
): void {
  const { game, compiled } = view;
  addTopBand(scene, layer, compiled.scenario.title, game);
  const x = addPhaseSteps(scene, layer, STEPS_X, game.phase);

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
