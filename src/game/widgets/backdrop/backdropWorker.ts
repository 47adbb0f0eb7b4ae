// Paints the backdrop away from the page's main thread, so the first screen takes keys while the relief lines are
// still being traced (tens of milliseconds on a slow machine). Answers a { width, height } request with a PNG Blob,
// or with null when this browser cannot paint in a worker; the page then keeps its plain navy.
import { paintBackdrop } from './paintBackdrop';

export interface BackdropRequest {
  width: number;
  height: number;
}

self.onmessage = async (event: MessageEvent<BackdropRequest>) => {
  const { width, height } = event.data;
  let picture: Blob | null = null;
  try {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (context) {
      paintBackdrop(context, width, height);
      picture = await canvas.convertToBlob({ type: 'image/png' });
    }
  } catch {
    picture = null;
  }
  self.postMessage(picture);
};
