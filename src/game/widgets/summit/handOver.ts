// Hot seat: several players share one device. When the turn passes to another human seat, the table is not drawn
// at all — only this screen, which names who hands over to whom — so the next player never sees the last one's
// private numbers (its weights, red-line firmness, what it has learnt). Enter, Space or a click reveals the new seat.
import Phaser from 'phaser';
import { addText, colours, GAME_HEIGHT, GAME_WIDTH, textColours } from '../../theme';
import { MODAL_NAME } from '../../layers';
import { drawPartyFlag } from '../partyFlag';
import type { Party } from '../../../store';

const DEPTH = 48;

export function addHandOverScreen(
  scene: Phaser.Scene,
  from: Party | undefined,
  to: Party,
  onReady: () => void,
): Phaser.GameObjects.Container {
  const cover = scene.add.rectangle(0, 0, GAME_WIDTH, GAME_HEIGHT, colours.night, 1).setOrigin(0, 0).setInteractive();
  cover.on(Phaser.Input.Events.POINTER_UP, onReady);
  const centre = GAME_WIDTH / 2;
  const eyebrow = addText(scene, centre, 200, 'HOT SEAT  ·  HAND THE DEVICE OVER', 'eyebrow').setOrigin(0.5);
  const flag = scene.add.graphics();
  drawPartyFlag(flag, to.flag, { x: centre - 60, y: 236, width: 120, height: 80 });
  flag.lineStyle(1, colours.line, 1).strokeRect(centre - 60, 236, 120, 80);
  const name = addText(scene, centre, 356, `${to.name}’s turn`, 'panelTitle').setOrigin(0.5);
  const leaders = to.leaders.map((person) => `${person.name}, ${person.title}`).join(' · ');
  const leader = addText(scene, centre, 400, leaders, 'lead').setOrigin(0.5);
  const hidden = from
    ? `${from.shortName}’s screen is hidden. Only ${to.shortName}’s player should look now.`
    : `Only ${to.shortName}’s player should look now.`;
  const note = addText(scene, centre, 452, hidden, 'body', { colour: textColours.muted }).setOrigin(0.5);
  const go = addText(scene, centre, 510, 'Press Enter when you are ready', 'bodyStrong', {
    colour: textColours.gold,
  }).setOrigin(0.5);
  scene.tweens.add({ targets: go, alpha: 0.45, duration: 900, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
  return scene.add.container(0, 0, [cover, eyebrow, flag, name, leader, note, go]).setDepth(DEPTH).setName(MODAL_NAME);
}
