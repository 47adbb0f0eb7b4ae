// The backdrop every menu screen shares: deep navy, a relief map's contour lines, and a vignette that pulls the
// eye to the middle — painted once into one canvas texture (the 2D canvas draws smooth, anti-aliased curves) and
// shown as a single image that drifts very slowly. One opaque layer instead of three blended ones matters: with
// software WebGL (no GPU, as on some classroom machines and in CI) every full-screen layer costs frame rate.
import type Phaser from 'phaser';
import { GAME_HEIGHT, GAME_WIDTH } from '../theme';
import { contourSegments } from './contourField';

const BACKDROP_TEXTURE = 'summit-backdrop';
export const GLOW_TEXTURE = 'soft-glow';

/** How far the backdrop drifts: it is painted this much larger than the screen on each side. */
const DRIFT_MARGIN = 60;

export function addSummitBackdrop(scene: Phaser.Scene): void {
  ensureBackdropTexture(scene);
  const backdrop = scene.add.image(-DRIFT_MARGIN, -DRIFT_MARGIN, BACKDROP_TEXTURE).setOrigin(0, 0);
  // Slow enough to feel like breathing rather than movement; nothing on a projector should pull attention.
  scene.tweens.add({
    targets: backdrop,
    x: 0,
    y: -DRIFT_MARGIN / 3,
    duration: 28000,
    ease: 'Sine.easeInOut',
    yoyo: true,
    repeat: -1,
  });
  ensureGlowTexture(scene);
}

function ensureBackdropTexture(scene: Phaser.Scene) {
  if (scene.textures.exists(BACKDROP_TEXTURE)) return;
  const width = GAME_WIDTH + DRIFT_MARGIN * 2;
  const height = GAME_HEIGHT + DRIFT_MARGIN * 2;
  const texture = scene.textures.createCanvas(BACKDROP_TEXTURE, width, height);
  if (!texture) return;
  const context = texture.context;

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
  texture.refresh();
}

function paintContours(context: CanvasRenderingContext2D, width: number, height: number) {
  context.lineCap = 'round';
  const levels = 16;
  for (let index = 1; index <= levels; index++) {
    const level = -0.3 + index * 0.11;
    // Every fourth line is an "index contour", drawn stronger as on a real relief map.
    const isIndexLine = index % 4 === 0;
    context.strokeStyle = isIndexLine ? 'rgba(126, 160, 214, 0.16)' : 'rgba(111, 147, 201, 0.085)';
    context.lineWidth = isIndexLine ? 1.6 : 1.1;
    context.beginPath();
    for (const segment of contourSegments(width, height, 8, level)) {
      context.moveTo(segment.x1, segment.y1);
      context.lineTo(segment.x2, segment.y2);
    }
    context.stroke();
  }
}

/** A white radial falloff; tinted and scaled wherever a scene wants a pool of light. */
function ensureGlowTexture(scene: Phaser.Scene) {
  if (scene.textures.exists(GLOW_TEXTURE)) return;
  const size = 256;
  const texture = scene.textures.createCanvas(GLOW_TEXTURE, size, size);
  if (!texture) return;
  const context = texture.context;
  const gradient = context.createRadialGradient(size / 2, size / 2, 0, size / 2, size / 2, size / 2);
  gradient.addColorStop(0, 'rgba(255, 255, 255, 1)');
  gradient.addColorStop(0.45, 'rgba(255, 255, 255, 0.38)');
  gradient.addColorStop(1, 'rgba(255, 255, 255, 0)');
  context.fillStyle = gradient;
  context.fillRect(0, 0, size, size);
  texture.refresh();
}
