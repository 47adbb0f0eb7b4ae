// The baseline `npm run bench` compares the title screen with: an empty Phaser game — the same Phaser, the same
// 1280×720 fit-to-window canvas, one scene with one line of text — built by Vite and served the same way as the
// game. It marks the moment its scene is up as `window.__emptyPhaserReady`.
import Phaser from 'phaser';

declare global {
  interface Window {
    __emptyPhaserReady?: number;
  }
}

class EmptyScene extends Phaser.Scene {
  create(): void {
    this.add.text(40, 40, 'An empty Phaser game', { fontSize: '24px', color: '#f3ead7' });
    window.__emptyPhaserReady = performance.now();
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'game',
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH, width: 1280, height: 720 },
  banner: false,
  scene: [EmptyScene],
});
