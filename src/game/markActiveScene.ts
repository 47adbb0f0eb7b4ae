// Every scene calls this in create(): the container element then always names the screen the player sees.
import type Phaser from 'phaser';

export function markActiveScene(scene: Phaser.Scene): void {
  const container = scene.scale.parent as HTMLElement | null;
  container?.setAttribute('data-scene', scene.sys.settings.key);
}
