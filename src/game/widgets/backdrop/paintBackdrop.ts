// The backdrop's picture: deep navy, a relief map's contour lines and a vignette that pulls the eye to the middle.
// Painted on the worker's OffscreenCanvas (backdropWorker.ts).
import { contourLevels, sampleHeights } from '../contourField';

export function paintBackdrop(context: OffscreenCanvasRenderingContext2D, width: number, height: number): void {
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
}

function paintContours(context: OffscreenCanvasRenderingContext2D, width: number, height: number) {
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
