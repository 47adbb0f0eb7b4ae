// Phaser 4 reads key events from a queue it empties once a frame, and each scene re-reads the whole queue on every
// new key event: with two presses inside one frame (a fast typist, a slow classroom machine, a test), the first
// press was handled again — one Enter could play two moves. This keeps only the newest event in the queue when a
// key event arrives, so every press is handled exactly once. Registered before any scene starts, it runs before
// every scene's keyboard plugin.
import Phaser from 'phaser';

export function handleEachKeyOnce(game: Phaser.Game): void {
  const keyboard = game.input.keyboard;
  if (!keyboard) return;
  // `queue` is internal to Phaser's KeyboardManager (not in its type definitions), hence the cast.
  const manager = keyboard as unknown as { queue: KeyboardEvent[] };
  game.input.events.on(Phaser.Input.Events.MANAGER_PROCESS, () => {
    const queue = manager.queue;
    if (queue.length > 1) queue.splice(0, queue.length - 1);
  });
}
