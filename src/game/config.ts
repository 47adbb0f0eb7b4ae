// The Phaser boot configuration: one 1280×720 canvas scaled to fit the window (letterboxed, centred) and the
// list of scenes. Later issues add their scenes here.
import Phaser from 'phaser';
import { SetupScene } from './scenes/SetupScene';
import { SummitScene } from './scenes/SummitScene';
import { TitleScene } from './scenes/TitleScene';
import { CeasefireScene } from './scenes/CeasefireScene';
import { CollapseScene } from './scenes/CollapseScene';
import { DebriefScene } from './scenes/DebriefScene';
import { ReplayScene } from './scenes/ReplayScene';
import { CompareScene } from './scenes/CompareScene';
import { GAME_HEIGHT, GAME_WIDTH } from './theme';
import { chooseRenderer, phaserRendererType } from './renderer';

export const GAME_CONTAINER_ID = 'game';

export const gameConfig: Phaser.Types.Core.GameConfig = {
  type: phaserRendererType(chooseRenderer()),
  title: 'Ceasefire Summit',
  // The canvas is see-through: the backdrop every scene shares is painted once as the canvas element's CSS
  // background (widgets/summitBackdrop.ts), so the renderer never redraws a full-screen picture each frame.
  transparent: true,
  parent: GAME_CONTAINER_ID,
  scale: {
    mode: Phaser.Scale.FIT,
    autoCenter: Phaser.Scale.CENTER_BOTH,
    width: GAME_WIDTH,
    height: GAME_HEIGHT,
  },
  render: { antialias: true, antialiasGL: false },
  banner: false,
  // The game has no sound: without this, Phaser spends most of a second creating an audio context at boot.
  audio: { noAudio: true },
  scene: [TitleScene, SetupScene, SummitScene, CeasefireScene, CollapseScene, DebriefScene, ReplayScene, CompareScene],
};
