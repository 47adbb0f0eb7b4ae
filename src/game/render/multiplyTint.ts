// Software WebGL (SwiftShader, llvmpipe) runs a fragment shader for every pixel on the CPU and evaluates every branch
// of it. Phaser's textured shader carries eight tint modes (multiply, fill, add, screen, overlay, hard light...) in
// one branchy function; the game only ever uses the default, multiply by white, yet every pixel of every text paid
// for all eight: a full-screen textured layer cost twice what it had to. This swaps in the one mode the game uses,
// with the same arithmetic, so the picture is unchanged.
import type Phaser from 'phaser';

/** Phaser's textured batch handlers: every Text and Image is drawn by one of these. */
const TEXTURED_HANDLERS = ['BatchHandlerQuad', 'BatchHandlerQuadSingle'];

/**
 * Phaser's tint (`applyTint` in ApplyTint-glsl) un-premultiplies the texel, multiplies by the tint, then
 * premultiplies by texel alpha × tint alpha: for the multiply mode that is texel × (tint × alpha, alpha).
 */
const MULTIPLY_TINT = {
  name: 'TintMultiplyOnly',
  additions: {
    fragmentHeader: 'vec4 applyTint(vec4 texture) { return texture * vec4(outTint.bgr * outTint.a, outTint.a); }',
    fragmentProcess: 'fragColor = applyTint(fragColor);',
  },
  tags: ['TINT'],
};

interface ShaderAdditionOwner {
  programManager: { replaceAddition: (name: string, addition: typeof MULTIPLY_TINT) => void };
}

export function useMultiplyOnlyTint(game: Phaser.Game): void {
  const renderer = game.renderer;
  if (!('renderNodes' in renderer)) return;
  for (const name of TEXTURED_HANDLERS) {
    const node: unknown = renderer.renderNodes.getNode(name);
    if (node && typeof node === 'object' && 'programManager' in node) {
      (node as ShaderAdditionOwner).programManager.replaceAddition('Tint', MULTIPLY_TINT);
    }
  }
}
