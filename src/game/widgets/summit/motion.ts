// The Summit's motion: what the last move set off arrives rather than appears (a short fade and slide, one item
// after another, so the eye can follow the round), and bars glide from their old value to the new one. Every
// tween it starts is remembered, so a redraw can stop them before the objects they move are destroyed; every object
// it moves is remembered too, so the scene can bake the rest of the screen (render/staticBake.ts).
import type Phaser from 'phaser';

const ARRIVAL_MS = 380;
const ARRIVAL_STAGGER_MS = 110;
const ARRIVAL_OFFSET_X = 16;
const GLIDE_MS = 700;

/** Anything with a position and an opacity: texts, graphics, containers. */
type Arriving = Phaser.GameObjects.GameObject & {
  x: number;
  setAlpha: (value: number) => unknown;
};

export class SummitMotion {
  private tweens: Phaser.Tweens.Tween[] = [];
  /** What moves since the last reset, and what is drawn over it: these stay live, out of the baked picture. */
  private readonly movingObjects = new Set<Phaser.GameObjects.GameObject>();
  /** Bar values at the last redraw, by bar id: where each bar glides from. */
  private readonly barValues = new Map<string, number>();
  private arrivals = 0;

  constructor(private readonly scene: Phaser.Scene) {}

  /** Stops every running tween (their objects are about to be destroyed) and starts a fresh arrival order. */
  reset(): void {
    for (const tween of this.tweens) tween.stop();
    this.tweens = [];
    this.arrivals = 0;
    this.movingObjects.clear();
  }

  get moving(): ReadonlySet<Phaser.GameObjects.GameObject> {
    return this.movingObjects;
  }

  /** Fades and slides these objects in, after whatever arrived before them in this redraw. */
  arrive(objects: readonly Arriving[]): void {
    const delay = this.arrivals * ARRIVAL_STAGGER_MS;
    this.arrivals++;
    for (const object of objects) {
      const x = object.x;
      this.movingObjects.add(object);
      object.setAlpha(0);
      object.x = x - ARRIVAL_OFFSET_X;
      this.tweens.push(
        this.scene.tweens.add({ targets: object, alpha: 1, x, duration: ARRIVAL_MS, delay, ease: 'Cubic.easeOut' }),
      );
    }
  }

  /**
   * The share a bar starts from: its value at the last redraw, so the caller can draw it there and call `glide`.
   * A bar seen for the first time starts where it is.
   */
  previousValue(barId: string, value: number): number {
    const previous = this.barValues.get(barId);
    this.barValues.set(barId, value);
    return previous ?? value;
  }

  /**
   * Grows or shrinks a bar's fill (drawn at full size, origin on its left edge) from `fromScale` to full; `over` is
   * what is drawn on top of the fill (its frame), which must stay on top while it moves.
   */
  glide(
    fill: Phaser.GameObjects.Graphics,
    fromScale: number,
    over: readonly Phaser.GameObjects.GameObject[] = [],
  ): void {
    if (Math.abs(fromScale - 1) < 1e-3) return;
    this.movingObjects.add(fill);
    over.forEach((object) => this.movingObjects.add(object));
    fill.scaleX = fromScale;
    this.tweens.push(this.scene.tweens.add({ targets: fill, scaleX: 1, duration: GLIDE_MS, ease: 'Cubic.easeInOut' }));
  }
}
