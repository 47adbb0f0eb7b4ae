// A plain 2D canvas exactly under the game canvas, for what does not move: the shared backdrop (as its CSS
// background) and the pixels of a scene's baked static objects (staticBake.ts). The browser composites it with the
// game canvas like any page content, so the renderer never draws those pixels again. That is the point: software
// WebGL (no GPU) fills pixels on the CPU, and a screen of panels redrawn every frame cost more than a frame.
import Phaser from 'phaser';
import { GAME_HEIGHT, GAME_WIDTH } from '../theme';

export class StaticLayer {
  readonly element: HTMLCanvasElement;
  private readonly context: CanvasRenderingContext2D | null;
  private empty = true;

  constructor(private readonly game: Phaser.Game) {
    const canvas = game.canvas;
    this.element = document.createElement('canvas');
    this.element.width = GAME_WIDTH;
    this.element.height = GAME_HEIGHT;
    this.element.setAttribute('aria-hidden', 'true');
    this.element.dataset.layer = 'static';
    Object.assign(this.element.style, { position: 'fixed', left: '0', top: '0', pointerEvents: 'none' });
    this.context = this.element.getContext('2d');
    // Outside the game's own element (which holds the one game canvas), just before it: positioned content paints
    // in document order, so this layer first, then the game canvas over it.
    canvas.style.position = 'relative';
    const gameElement = canvas.parentElement;
    gameElement?.parentElement?.insertBefore(this.element, gameElement);
    this.align();
    game.scale.on(Phaser.Scale.Events.RESIZE, () => this.align());
  }

  /** Shows these pixels (game-sized, top row first, not premultiplied) under the game canvas. */
  showPixels(pixels: ImageData): void {
    this.context?.putImageData(pixels, 0, 0);
    this.empty = false;
  }

  /** Shows a game-sized canvas's picture under the game canvas. */
  showCanvas(picture: HTMLCanvasElement): void {
    this.clear();
    this.context?.drawImage(picture, 0, 0);
    this.empty = false;
  }

  clear(): void {
    if (this.empty) return;
    this.context?.clearRect(0, 0, GAME_WIDTH, GAME_HEIGHT);
    this.empty = true;
  }

  /** Same box as the game canvas, which Phaser sizes and centres to fit the window (the page never scrolls). */
  private align() {
    const box = this.game.canvas.getBoundingClientRect();
    Object.assign(this.element.style, {
      left: `${box.left}px`,
      top: `${box.top}px`,
      width: `${box.width}px`,
      height: `${box.height}px`,
    });
  }
}

const layers = new WeakMap<Phaser.Game, StaticLayer>();

/** The game's one static layer, made on first use. */
export function staticLayerOf(game: Phaser.Game): StaticLayer {
  let layer = layers.get(game);
  if (!layer) {
    layer = new StaticLayer(game);
    layers.set(game, layer);
  }
  return layer;
}
