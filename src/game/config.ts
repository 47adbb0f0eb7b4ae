// The Phaser boot configuration: one 1280×720 canvas scaled to fit the window (letterboxed, centred) and the
// list of scenes. Later issues add their scenes here.
import Phaser from 'phaser';
import { SetupScene } from './scenes/SetupScene';
import { SummitScene } from './scenes/SummitScene';
import { TitleScene } from './scenes/TitleScene';
import { CeasefireScene } from './scenes/CeasefireScene';
import { CollapseScene } from './scenes/CollapseScene';
import { DebriefScene } from './scenes/DebriefScene';
import { colours, GAME_HEIGHT, GAME_WIDTH } from './theme';

export const GAME_CONTAINER_ID = 'game';

export const gameConfig: Phaser.Types.Core.GameConfig = {
  type: Phaser.AUTO,
  title: 'Ceasefire Summit',
  backgroundColor: colours.night,
  parent: GAME_CONTAINER_ID,
  scale: {
    mode: Phaser.Scale.FIT,
    autoCenter: Phaser.Scale.CENTER_BOTH,
    width: GAME_WIDTH,
    height: GAME_HEIGHT,
  },
  render: { antialias: true, antialiasGL: false },
  banner: false,
  scene: [TitleScene, SetupScene, SummitScene, CeasefireScene, CollapseScene, DebriefScene],
};
