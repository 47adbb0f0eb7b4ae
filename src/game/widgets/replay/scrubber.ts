// The replay's timeline: a track from the new game to the last action, a mark where each round begins (labelled
// R1, R2, … where they fit), the part already played filled in gold, and a handle at the step shown. The mouse
// drags or clicks anywhere on it; the keyboard reaches it through the focus ring (← → a step; the scene's Home,
// End, Page Up and Page Down jump). It is drawn once and redrawn in place, so a drag survives the scene's redraws.
import Phaser from 'phaser';
import { addText, colours } from '../../theme';
import type { Focusable } from '../summit/focusRing';

export interface ScrubberLayout {
  x: number;
  /** The track's vertical centre. */
  y: number;
  width: number;
}

const HIT_HEIGHT = 34;
const MIN_LABEL_GAP = 30;

export class Scrubber {
  private readonly track: Phaser.GameObjects.Graphics;
  private readonly zone: Phaser.GameObjects.Zone;
  private dragging = false;
  private step = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly layout: ScrubberLayout,
    private readonly lastStep: number,
    roundStarts: readonly { round: number; step: number }[],
    private readonly onSeek: (step: number) => void,
  ) {
    this.track = scene.add.graphics();
    this.drawMarks(roundStarts);
    this.zone = scene.add
      .zone(layout.x - 10, layout.y - HIT_HEIGHT / 2, layout.width + 20, HIT_HEIGHT)
      .setOrigin(0, 0)
      .setInteractive({ useHandCursor: true });
    this.zone.on(Phaser.Input.Events.POINTER_DOWN, (pointer: Phaser.Input.Pointer) => {
      this.dragging = true;
      this.seekTo(pointer.worldX);
    });
    const move = (pointer: Phaser.Input.Pointer) => {
      if (this.dragging && pointer.isDown) this.seekTo(pointer.worldX);
    };
    const release = () => (this.dragging = false);
    scene.input.on(Phaser.Input.Events.POINTER_MOVE, move);
    scene.input.on(Phaser.Input.Events.POINTER_UP, release);
    scene.input.on(Phaser.Input.Events.POINTER_UP_OUTSIDE, release);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      scene.input.off(Phaser.Input.Events.POINTER_MOVE, move);
      scene.input.off(Phaser.Input.Events.POINTER_UP, release);
      scene.input.off(Phaser.Input.Events.POINTER_UP_OUTSIDE, release);
    });
  }

  get isDragging(): boolean {
    return this.dragging;
  }

  /** Redraws the fill and the handle at `step`. */
  show(step: number): void {
    this.step = step;
    const { x, y, width } = this.layout;
    const handleX = this.xOf(step);
    this.track.clear();
    this.track.fillStyle(colours.night, 1).fillRoundedRect(x, y - 4, width, 8, 4);
    if (handleX - x >= 8) this.track.fillStyle(colours.gold, 1).fillRoundedRect(x, y - 4, handleX - x, 8, 4);
    this.track.lineStyle(1, colours.line, 1).strokeRoundedRect(x, y - 4, width, 8, 4);
    this.track.fillStyle(0x000000, 0.4).fillCircle(handleX + 1, y + 2, 10);
    this.track.fillStyle(colours.cream, 1).fillCircle(handleX, y, 9);
    this.track.lineStyle(2, colours.goldDeep, 1).strokeCircle(handleX, y, 9);
  }

  /** The scrubber as a control of the scene's focus ring. */
  focusable(): Focusable {
    const { x, y, width } = this.layout;
    return {
      id: 'scrubber',
      bounds: new Phaser.Geom.Rectangle(x - 10, y - 14, width + 20, 28),
      enabled: this.lastStep > 0,
      hint: 'Drag or click to jump · ← → a step · Page Up / Page Down a round · Home / End the start / the end',
      step: (direction) => this.onSeek(this.step + direction),
    };
  }

  private drawMarks(roundStarts: readonly { round: number; step: number }[]) {
    const { y } = this.layout;
    const marks = this.scene.add.graphics();
    let lastLabelX = -Infinity;
    for (const start of roundStarts) {
      const markX = this.xOf(start.step);
      marks.fillStyle(colours.contour, 0.9).fillRect(markX - 1, y - 11, 2, 7);
      if (markX - lastLabelX < MIN_LABEL_GAP) continue;
      lastLabelX = markX;
      addText(this.scene, markX, y + 12, `R${start.round}`, 'caption').setOrigin(0.5, 0);
    }
  }

  private xOf(step: number): number {
    const { x, width } = this.layout;
    return x + (this.lastStep === 0 ? 0 : (width * step) / this.lastStep);
  }

  private seekTo(worldX: number) {
    const { x, width } = this.layout;
    const share = Math.min(1, Math.max(0, (worldX - x) / width));
    const step = Math.round(share * this.lastStep);
    if (step !== this.step) this.onSeek(step);
  }
}
