// Which of Phaser's two renderers the game uses. WebGL when the browser draws it on a graphics card; Canvas 2D when
// WebGL would run on a software rasteriser (SwiftShader, llvmpipe: what Chromium falls back to on a machine without
// a usable GPU — some school computers, virtual desktops, CI). Measured in headless Chromium on a 2-core machine:
// a single full-screen textured layer halves software WebGL's frame rate, while Canvas 2D draws every scene of the
// game at 60 fps (`npm run bench` prints both). `?renderer=webgl` or `?renderer=canvas` overrides the choice.
//
// Since the Summit and the Ceasefire bake what stays still under the canvas (render/staticBake.ts), both also run at
// ~60 fps in software WebGL. Canvas stays the choice there all the same: the other scenes draw everything every frame
// (the title measured ~52 fps in SwiftShader against 60 with Canvas), and Canvas 2D loses nothing the game draws.
// Revisit when every scene bakes its still parts.
import Phaser from 'phaser';

export type RendererChoice = 'webgl' | 'canvas';

const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software|basic render driver/i;

/** The renderer a `?renderer=` parameter asks for, or null when it asks for none (or for something unknown). */
export function requestedRenderer(search: string): RendererChoice | null {
  const asked = new URLSearchParams(search).get('renderer');
  return asked === 'webgl' || asked === 'canvas' ? asked : null;
}

/** True when this WebGL renderer name is a software rasteriser rather than a GPU. */
export function isSoftwareRenderer(rendererName: string): boolean {
  return SOFTWARE_RENDERERS.test(rendererName);
}

/** Asks the browser which WebGL renderer it would give us: null without WebGL, '' when it will not say. */
function webglRendererName(): string | null {
  const probe = document.createElement('canvas');
  const context = probe.getContext('webgl');
  if (!context) return null;
  const info = context.getExtension('WEBGL_debug_renderer_info');
  const name = info ? String(context.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
  // Hand the probe's context back at once: browsers cap how many WebGL contexts a page may hold.
  context.getExtension('WEBGL_lose_context')?.loseContext();
  return name;
}

export function chooseRenderer(search = window.location.search): RendererChoice {
  const asked = requestedRenderer(search);
  if (asked) return asked;
  const name = webglRendererName();
  if (name === null) return 'canvas';
  return isSoftwareRenderer(name) ? 'canvas' : 'webgl';
}

export function phaserRendererType(choice: RendererChoice): number {
  return choice === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS;
}
