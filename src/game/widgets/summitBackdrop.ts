// The backdrop every screen shares: deep navy, a relief map's contour lines, and a vignette that pulls the eye to
// the middle — painted once into a 2D canvas (smooth, anti-aliased curves) and set as the CSS background of the
// static layer under the transparent game canvas (render/staticLayer.ts). The browser composites it; the renderer
// never redraws it. That matters: with software WebGL (no GPU, as on some classroom machines and in CI) one
// full-screen picture redrawn every frame costs half the frame rate.
import type Phaser from 'phaser';
import { GAME_HEIGHT, GAME_WIDTH } from '../theme';
import { contourLevels, sampleHeights } from './contourField';
import { staticLayerOf } from '../render/staticLayer';

const BACKDROP_MARK = 'summit-backdrop';

export function addSummitBackdrop(scene: Phaser.Scene): void {
  const canvas = staticLayerOf(scene.game).element;
  if (canvas.dataset.backdrop === BACKDROP_MARK) return;
  const painted = paintBackdrop();
  if (!painted) return;
  canvas.dataset.backdrop = BACKDROP_MARK;
  // Encoded off the main thread (toBlob), so the first screen does not wait for a megabyte of PNG; until it is
  // ready the page's own navy shows through. `cover` keeps the picture on the layer as it follows Phaser's scaling.
  painted.toBlob((blob) => {
    if (!blob) return;
    canvas.style.backgroundImage = `url(${URL.createObjectURL(blob)})`;
    canvas.style.backgroundSize = 'cover';
    canvas.style.backgroundPosition = 'center';
  }, 'image/png');
}

function paintBackdrop(): HTMLCanvasElement | null {
  const width = GAME_WIDTH;
  const height = GAME_HEIGHT;
  const painted = document.createElement('canvas');
  painted.width = width;
  painted.height = height;
  const context = painted.getContext('2d');
  if (!context) return null;

  const wash = context.createLinearGradient(0, 0, width * 0.6, height);
  wash.addColorStop(0, '#112448');
  wash.addColorStop(0.55, '#0a1730');
  wash.addColorStop(1, '#050b16');
  context.fillStyle = wash;
  context.fillRect(0, 0, width, height);

  paintContours(context, width, height);

  const vignette = context.createRadialGradient(
    width * 0.56,
    height * 0.48,
    height * 0.25,
    width * 0.56,
    height * 0.48,
    width * 0.75,
  );
  vignette.addColorStop(0, 'rgba(3, 7, 15, 0)');
  vignette.addColorStop(1, 'rgba(3, 7, 15, 0.78)');
  context.fillStyle = vignette;
  context.fillRect(0, 0, width, height);
  return painted;
}

function paintContours(context: CanvasRenderingContext2D, width: number, height: number) {
  context.lineCap = 'round';
  const levels = Array.from({ length: 16 }, (_, index) => -0.3 + (index + 1) * 0.11);
  // The landscape is sampled once and traced for all levels in one pass: that, not the drawing, was the cost.
  const lines = contourLevels(sampleHeights(width, height, 8), levels);
  for (let index = 1; index <= levels.length; index++) {
    // Every fourth line is an "index contour", drawn stronger as on a real relief map.
    const isIndexLine = index % 4 === 0;
    context.strokeStyle = isIndexLine ? 'rgba(126, 160, 214, 0.16)' : 'rgba(111, 147, 201, 0.085)';
    context.lineWidth = isIndexLine ? 1.6 : 1.1;
    context.beginPath();
    for (const segment of lines[index - 1] ?? []) {
      context.moveTo(segment.x1, segment.y1);
      context.lineTo(segment.x2, segment.y2);
    }
    context.stroke();
  }
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
