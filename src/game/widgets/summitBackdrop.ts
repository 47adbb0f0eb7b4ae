// The backdrop every screen shares (backdrop/paintBackdrop.ts), painted once and set as the CSS background of the
// static layer under the transparent game canvas (render/staticLayer.ts). The browser composites it; the renderer
// never redraws it. That matters: with software WebGL (no GPU, as on some classroom machines and in CI) one
// full-screen picture redrawn every frame costs half the frame rate. It is painted in a worker, so the first screen
// does not wait for it: until it arrives, the page's own navy shows through.
import type Phaser from 'phaser';
import { GAME_HEIGHT, GAME_WIDTH } from '../theme';
import { staticLayerOf } from '../render/staticLayer';
import type { BackdropRequest } from './backdrop/backdropWorker';

const BACKDROP_MARK = 'summit-backdrop';

export function addSummitBackdrop(scene: Phaser.Scene): void {
  const canvas = staticLayerOf(scene.game).element;
  if (canvas.dataset.backdrop === BACKDROP_MARK) return;
  canvas.dataset.backdrop = BACKDROP_MARK;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./backdrop/backdropWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return; // no workers here: the plain navy stays, and the game is the same
  }
  worker.onmessage = (event: MessageEvent<Blob | null>) => {
    worker.terminate();
    if (!event.data) return;
    // `cover` keeps the picture on the layer as it follows Phaser's scaling.
    canvas.style.backgroundImage = `url(${URL.createObjectURL(event.data)})`;
    canvas.style.backgroundSize = 'cover';
    canvas.style.backgroundPosition = 'center';
  };
  worker.onerror = () => worker.terminate();
  const request: BackdropRequest = { width: GAME_WIDTH, height: GAME_HEIGHT };
  worker.postMessage(request);
}

/**
 * A radial falloff of one colour, for a pool of light over a scene (blend it with ADD). Painted in its colour rather
 * than tinted white, because the Canvas 2D renderer has no tint.
 */
export function glowTexture(scene: Phaser.Scene, colour: number): string {
  const key = `soft-glow-${colour.toString(16).padStart(6, '0')}`;
  if (scene.textures.exists(key)) return key;
  const size = 256;
  const texture = scene.textures.createCanvas(key, size, size);
  if (!texture) return key;
  const context = texture.context;
  const [r, g, b] = [(colour >> 16) & 0xff, (colour >> 8) & 0xff, colour & 0xff];
  const gradient = context.createRadialGradient(size / 2, size / 2, 0, size / 2, size / 2, size / 2);
  gradient.addColorStop(0, `rgba(${r}, ${g}, ${b}, 1)`);
  gradient.addColorStop(0.45, `rgba(${r}, ${g}, ${b}, 0.38)`);
  gradient.addColorStop(1, `rgba(${r}, ${g}, ${b}, 0)`);
  context.fillStyle = gradient;
  context.fillRect(0, 0, size, size);
  texture.refresh();
  return key;
}
