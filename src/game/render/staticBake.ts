// Bakes the parts of a scene that stay still into the static layer under the game canvas (staticLayer.ts): they are
// drawn once, into a texture whose pixels are handed to that layer, and the scene's camera then skips them. They
// stay in the scene, visible and at full alpha, so tests and hit zones see them as before; only the renderer stops
// redrawing them every frame. Whatever moves stays live, drawn by the renderer each frame above the baked picture.
//
// The rule for callers: bake only what will not change until the next bake (or `release`), and only objects whose
// live neighbours lie on top of them: a baked object is always under every live one.
import Phaser from 'phaser';
import { GAME_HEIGHT, GAME_WIDTH } from '../theme';
import { staticLayerOf } from './staticLayer';

type GameObject = Phaser.GameObjects.GameObject;

/** The renderer's own GL objects we read the baked pixels through (not in Phaser's public typings). */
interface WebGLInternals {
  gl: WebGLRenderingContext;
  glWrapper: { updateBindingsFramebuffer: (state: { bindings: { framebuffer: unknown } }) => void };
}

export class StaticBake {
  private baked: GameObject[] = [];
  private texture: Phaser.Textures.DynamicTexture | null = null;

  constructor(private readonly scene: Phaser.Scene) {
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.release();
      this.texture = null;
    });
  }

  /**
   * Bakes these objects (containers with their children) except the `live` ones and their children, which the
   * renderer keeps drawing. Releases the last bake first.
   */
  bake(roots: readonly GameObject[], live: ReadonlySet<GameObject> = new Set()): void {
    this.release();
    const camera = this.scene.cameras.main;
    const still: GameObject[] = [];
    const hidden: GameObject[] = [];
    const visit = (object: GameObject) => {
      if (!object.willRender(camera)) return;
      if (object instanceof Phaser.GameObjects.Container) {
        if (live.has(object)) hidden.push(object);
        else object.list.forEach(visit);
      } else if (object instanceof Phaser.GameObjects.Zone) {
        // A hit zone draws nothing, and the camera must keep seeing it: input only reaches what the camera renders.
      } else if (live.has(object) || object.input) {
        hidden.push(object);
      } else still.push(object);
    };
    roots.forEach(visit);
    const texture = this.targetTexture();
    if (!texture || still.length === 0) return;

    // The live objects step out of the picture for the moment it is drawn (visibility is all `draw` looks at).
    const shown = hidden.filter((object) => isVisible(object));
    shown.forEach((object) => setVisible(object, false));
    texture
      .clear()
      .draw([...roots])
      .render();
    shown.forEach((object) => setVisible(object, true));

    if (!this.handOver(texture)) return;
    camera.ignore(still);
    this.baked = still;
  }

  /** The renderer draws every baked object again, and the static layer is emptied. */
  release(): void {
    const cameraId = this.scene.cameras?.main?.id ?? 0;
    for (const object of this.baked) object.cameraFilter &= ~cameraId;
    this.baked = [];
    staticLayerOf(this.scene.game).clear();
  }

  private targetTexture(): Phaser.Textures.DynamicTexture | null {
    if (this.texture) return this.texture;
    const key = `static-bake-${this.scene.sys.settings.key}`;
    const existing = this.scene.textures.exists(key) ? this.scene.textures.get(key) : null;
    this.texture =
      existing instanceof Phaser.Textures.DynamicTexture
        ? existing
        : this.scene.textures.addDynamicTexture(key, GAME_WIDTH, GAME_HEIGHT);
    return this.texture;
  }

  /** Hands the baked picture to the static layer; false when there is nothing to read it from. */
  private handOver(texture: Phaser.Textures.DynamicTexture): boolean {
    const layer = staticLayerOf(this.scene.game);
    if (texture.canvas) {
      layer.showCanvas(texture.canvas);
      return true;
    }
    const framebuffer = texture.drawingContext?.framebuffer;
    if (!framebuffer) return false;
    const { gl, glWrapper } = this.scene.game.renderer as unknown as WebGLInternals;
    glWrapper.updateBindingsFramebuffer({ bindings: { framebuffer } });
    const raw = new Uint8Array(GAME_WIDTH * GAME_HEIGHT * 4);
    gl.readPixels(0, 0, GAME_WIDTH, GAME_HEIGHT, gl.RGBA, gl.UNSIGNED_BYTE, raw);
    layer.showPixels(unpremultipliedTopDown(raw));
    return true;
  }
}

/** GL rows run bottom-up and hold premultiplied colour; ImageData wants top-down rows of straight colour. */
function unpremultipliedTopDown(raw: Uint8Array): ImageData {
  const pixels = new ImageData(GAME_WIDTH, GAME_HEIGHT);
  const out = pixels.data;
  const rowBytes = GAME_WIDTH * 4;
  for (let row = 0; row < GAME_HEIGHT; row++) {
    const from = (GAME_HEIGHT - 1 - row) * rowBytes;
    const to = row * rowBytes;
    for (let at = 0; at < rowBytes; at += 4) {
      const alpha = raw[from + at + 3] ?? 0;
      if (alpha === 0) continue;
      const scale = 255 / alpha;
      out[to + at] = Math.round((raw[from + at] ?? 0) * scale);
      out[to + at + 1] = Math.round((raw[from + at + 1] ?? 0) * scale);
      out[to + at + 2] = Math.round((raw[from + at + 2] ?? 0) * scale);
      out[to + at + 3] = alpha;
    }
  }
  return pixels;
}

function isVisible(object: GameObject): boolean {
  return 'visible' in object && object.visible === true;
}

function setVisible(object: GameObject, visible: boolean): void {
  if ('setVisible' in object && typeof object.setVisible === 'function') object.setVisible(visible);
}
