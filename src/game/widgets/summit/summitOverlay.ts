// What every panel laid over the Summit's table shares (the facilitator's panel, a party's panel, the draft viewer):
// it is open while it has a container, it redraws with the game as it now stands after each move, and closing it
// destroys what it drew. Each panel draws itself and handles its own keys.
import type Phaser from 'phaser';
import type { SummitView } from '../../scenes/summitView';

export abstract class SummitOverlay {
  protected container: Phaser.GameObjects.Container | null = null;
  protected view: SummitView | null = null;

  constructor(protected readonly scene: Phaser.Scene) {}

  get isOpen(): boolean {
    return this.container !== null;
  }

  /** Redraws with the game as it now stands (after a move), if open. */
  refresh(view: SummitView): void {
    if (!this.container) return;
    this.view = view;
    this.draw();
  }

  close(): void {
    this.container?.destroy(true);
    this.container = null;
  }

  protected abstract draw(): void;
}

/** Which way a key moves through a panel's list: → ↓ Tab forward, ← ↑ Shift+Tab back; 0 for any other key. */
export function listStep(event: KeyboardEvent): -1 | 0 | 1 {
  const { key } = event;
  if (key === 'ArrowRight' || key === 'ArrowDown' || (key === 'Tab' && !event.shiftKey)) return 1;
  if (key === 'ArrowLeft' || key === 'ArrowUp' || key === 'Tab') return -1;
  return 0;
}
