// Looks at screenshots the way a person would, roughly: is there a picture (many colours, not one flat fill), and
// did the screen change between two moments. PNGs are decoded by the browser itself, so no image library is needed.
import type { Page } from 'playwright-core';

export interface PictureStats {
  /** Distinct colours after rounding each channel to 16 levels. */
  distinctColours: number;
  /** Mean brightness 0..255. */
  meanBrightness: number;
}

export async function pictureStats(page: Page, png: Buffer): Promise<PictureStats> {
  return page.evaluate(async (base64) => {
    const pixels = await decode(base64);
    const seen = new Set<number>();
    let brightness = 0;
    for (let index = 0; index < pixels.length; index += 4) {
      const r = pixels[index] ?? 0;
      const g = pixels[index + 1] ?? 0;
      const b = pixels[index + 2] ?? 0;
      seen.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
      brightness += (r + g + b) / 3;
    }
    return { distinctColours: seen.size, meanBrightness: brightness / (pixels.length / 4) };

    async function decode(data: string) {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2D context');
      context.drawImage(bitmap, 0, 0);
      return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    }
  }, png.toString('base64'));
}

/** Fraction of pixels (0..1) that differ noticeably between two screenshots of the same size. */
export async function changedFraction(page: Page, before: Buffer, after: Buffer): Promise<number> {
  return page.evaluate(
    async ([first, second]) => {
      const a = await decode(first);
      const b = await decode(second);
      if (a.length !== b.length) return 1;
      let changed = 0;
      for (let index = 0; index < a.length; index += 4) {
        const difference =
          Math.abs((a[index] ?? 0) - (b[index] ?? 0)) +
          Math.abs((a[index + 1] ?? 0) - (b[index + 1] ?? 0)) +
          Math.abs((a[index + 2] ?? 0) - (b[index + 2] ?? 0));
        if (difference > 48) changed++;
      }
      return changed / (a.length / 4);

      async function decode(data: string) {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d');
        if (!context) throw new Error('no 2D context');
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      }
    },
    [before.toString('base64'), after.toString('base64')] as const,
  );
}
