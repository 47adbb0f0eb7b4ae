// The moment the talks end, across the middle of the desk: what happened, in a headline and a line, before the
// game moves on to the ceasefire or collapse screen (or, where that screen does not exist yet, back to the title).
import type Phaser from 'phaser';
import type { Outcome } from '../../../store';
import { MODAL_NAME } from '../../layers';
import { addText, colours, GAME_HEIGHT, GAME_WIDTH, textColours } from '../../theme';
import { addKeycap } from '../keyHints';

const DEPTH = 45;

export function addEndBanner(
  scene: Phaser.Scene,
  outcome: Outcome,
  partyName: (id: string) => string,
  nextStep: string,
) {
  const signed = outcome.kind === 'ceasefire' || outcome.kind === 'ratification-failed';
  const headline = {
    ceasefire: 'Ceasefire signed',
    'ratification-failed': 'Signed, but not ratified',
    collapse: 'The talks have collapsed',
    deadline: 'The deadline has passed',
  }[outcome.kind];
  const stopped = outcome.kind === 'deadline' && outcome.endedByFacilitator === true;
  const line =
    outcome.kind === 'ceasefire'
      ? outcome.held
        ? `Signed in round ${outcome.round}, ratified, and it held for every month that followed.`
        : `Signed in round ${outcome.round} and ratified, but it broke down after ${outcome.monthsHeld} months.`
      : outcome.kind === 'ratification-failed'
        ? `Signed in round ${outcome.round}, then refused at home by ${outcome.ratification
            .filter((result) => !result.passed)
            .map((result) => partyName(result.party))
            .join(', ')}.`
        : outcome.kind === 'collapse'
          ? outcome.cause === 'walk-out'
            ? `${partyName(outcome.party ?? '')} walked out in round ${outcome.round}.`
            : `Escalation reached its top in round ${outcome.round}.`
          : stopped
            ? `The facilitator ended the talks in round ${outcome.round}, with nothing signed.`
            : `Round ${outcome.round} ended with nothing signed.`;
  const shade = scene.add.rectangle(0, 0, GAME_WIDTH, GAME_HEIGHT, 0x000000, 0.55).setOrigin(0, 0);
  const band = scene.add.graphics();
  band.fillStyle(colours.navy, 0.97).fillRect(0, GAME_HEIGHT / 2 - 96, GAME_WIDTH, 192);
  band.fillStyle(signed ? colours.gold : colours.danger, 1).fillRect(0, GAME_HEIGHT / 2 - 96, GAME_WIDTH, 3);
  band.fillStyle(signed ? colours.gold : colours.danger, 1).fillRect(0, GAME_HEIGHT / 2 + 93, GAME_WIDTH, 3);
  const title = addText(
    scene,
    GAME_WIDTH / 2,
    GAME_HEIGHT / 2 - 48,
    stopped ? 'The talks were stopped' : headline,
    'panelTitle',
    {
      size: 44,
      colour: signed ? textColours.gold : textColours.danger,
    },
  ).setOrigin(0.5, 0.5);
  const detail = addText(scene, GAME_WIDTH / 2, GAME_HEIGHT / 2 + 8, line, 'lead', {
    colour: textColours.cream,
  }).setOrigin(0.5, 0.5);
  const hint = addText(scene, GAME_WIDTH / 2 + 20, GAME_HEIGHT / 2 + 58, nextStep, 'label').setOrigin(0.5, 0.5);
  const keycap = addKeycap(scene, hint.x - hint.width / 2 - 70, hint.y, 'Enter');
  return scene.add
    .container(0, 0, [shade, band, title, detail, ...keycap.objects, hint])
    .setDepth(DEPTH)
    .setName(MODAL_NAME);
}
