// The Summit's top line: where we are (scenario, round of the deadline, the round's steps with the current one
// marked by a frame and a word, not colour alone), whose turn it is, and how close the talks are to collapse. A table
// the teacher has paused says so in place of the steps and the turn: nobody there can move until it resumes.
import type Phaser from 'phaser';
import { addText, colours, GAME_WIDTH, textColours } from '../../theme';
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
  if (game.paused && game.phase !== 'ended') addPausedBanner(scene, layer);
  else addTurn(scene, layer, view);
  addCollapseMeter(scene, layer, view, motion);
}

/** The steps give way to one plain message: the table is waiting for the teacher, not for another delegation. */
function addPausedBanner(scene: Phaser.Scene, layer: Phaser.GameObjects.Container) {
  const word = addText(scene, STEPS_X + 16, 29, 'PAUSED', 'bodyStrong', { size: 20, colour: textColours.ink });
  word.setOrigin(0, 0.5);
  const pill = scene.add.graphics();
  pill.fillStyle(colours.gold, 1).fillRoundedRect(STEPS_X, 10, word.width + 32, 38, 8);
  const why = addText(
    scene,
    STEPS_X + word.width + 48,
    29,
    'The teacher has paused the talks: wait for them to resume.',
    'bodyStrong',
    {
      size: 16,
      colour: textColours.gold,
    },
  ).setOrigin(0, 0.5);
  layer.add([pill, word, fitToWidth(why, GAME_WIDTH - 316 - (STEPS_X + word.width + 48))]);
}

function addTurn(scene: Phaser.Scene, layer: Phaser.GameObjects.Container, view: SummitView) {
  const { game } = view;
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
}

function addCollapseMeter(
  scene: Phaser.Scene,
  layer: Phaser.GameObjects.Container,
  view: SummitView,
  motion?: SummitMotion,
) {
  const { game, compiled } = view;
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
