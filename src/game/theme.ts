// One palette and one type scale for every scene, so screens read as one game and the projector rule
// (no text under 14 px at 1280×720) is enforced in one place.
import type Phaser from 'phaser';

export const GAME_WIDTH = 1280;
export const GAME_HEIGHT = 720;

/** Smallest text allowed on a canvas that may be thrown onto a classroom projector. */
export const MIN_TEXT_PX = 14;

export const colours = {
  night: 0x050b16,
  navy: 0x0a1730,
  navyLight: 0x112448,
  surface: 0x0f1f3d,
  surfaceRaised: 0x152a52,
  surfaceSelected: 0x1c3766,
  line: 0x2a4472,
  contour: 0x6f93c9,
  gold: 0xd9b466,
  goldDeep: 0x9c7a35,
  cream: 0xf3ead7,
  paper: 0xebe3cf,
  ink: 0x1b2333,
  danger: 0xff8c7a,
  dangerSurface: 0x3a1826,
  seatEmpty: 0x33476d,
  tableTop: 0x1a2f57,
  tableRim: 0xc9a55c,
} as const;

/** CSS forms of the colours used by Text objects (which take CSS colour strings). */
export const textColours = {
  cream: '#f3ead7',
  gold: '#d9b466',
  muted: '#aab7cf',
  faint: '#8e9cb8',
  danger: '#ff9d8c',
  ink: '#1b2333',
} as const;

// System fonts only: the game ships no font files, and these stacks look right on Windows, macOS and Linux.
export const fonts = {
  display: 'Georgia, "Times New Roman", "Liberation Serif", "DejaVu Serif", serif',
  ui: '"Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif',
} as const;

export type TextRole =
  'title' | 'panelTitle' | 'eyebrow' | 'lead' | 'cardTitle' | 'body' | 'bodyStrong' | 'label' | 'caption' | 'keycap';

interface RoleStyle {
  size: number;
  family: keyof typeof fonts;
  colour: string;
  style?: 'bold' | 'italic' | 'normal';
  letterSpacing?: number;
}

const roles: Record<TextRole, RoleStyle> = {
  title: { size: 76, family: 'display', colour: textColours.cream },
  panelTitle: { size: 38, family: 'display', colour: textColours.cream },
  eyebrow: { size: 15, family: 'ui', colour: textColours.gold, style: 'bold', letterSpacing: 3 },
  lead: { size: 21, family: 'ui', colour: textColours.muted },
  cardTitle: { size: 23, family: 'display', colour: textColours.cream },
  body: { size: 17, family: 'ui', colour: textColours.cream },
  bodyStrong: { size: 17, family: 'ui', colour: textColours.cream, style: 'bold' },
  label: { size: 15, family: 'ui', colour: textColours.muted },
  caption: { size: 14, family: 'ui', colour: textColours.faint },
  keycap: { size: 14, family: 'ui', colour: textColours.cream, style: 'bold' },
};

export interface TextOverrides {
  colour?: string;
  size?: number;
  style?: 'bold' | 'italic' | 'normal';
  wrapWidth?: number;
  align?: 'left' | 'center' | 'right';
  lineSpacing?: number;
}

/** A Phaser text style for a role; refuses sizes the projector rule forbids so a mistake shows up at once. */
export function textStyle(role: TextRole, overrides: TextOverrides = {}): Phaser.Types.GameObjects.Text.TextStyle {
  const base = roles[role];
  const size = overrides.size ?? base.size;
  if (size < MIN_TEXT_PX) throw new Error(`text of ${size}px is below the ${MIN_TEXT_PX}px projector minimum`);
  return {
    fontFamily: fonts[base.family],
    fontSize: `${size}px`,
    fontStyle: overrides.style ?? base.style ?? 'normal',
    color: overrides.colour ?? base.colour,
    align: overrides.align ?? 'left',
    letterSpacing: base.letterSpacing ?? 0,
    lineSpacing: overrides.lineSpacing ?? Math.round(size * 0.3),
    ...(overrides.wrapWidth === undefined ? {} : { wordWrap: { width: overrides.wrapWidth, useAdvancedWrap: true } }),
  };
}

/**
 * Font metrics (ascent, descent) by CSS font, measured once: Phaser measures them for every new text object by
 * drawing a test string on a canvas, and a screen of a hundred texts in six fonts paid for that a hundred times.
 */
const metricsByFont = new Map<string, Phaser.Types.GameObjects.Text.TextMetrics>();

/** Adds a text object: scenario text goes through here as plain text, never as markup. */
export function addText(
  scene: Phaser.Scene,
  x: number,
  y: number,
  content: string,
  role: TextRole,
  overrides: TextOverrides = {},
): Phaser.GameObjects.Text {
  const style = textStyle(role, overrides);
  const font = `${style.fontStyle} ${style.fontSize} ${style.fontFamily}`;
  const known = metricsByFont.get(font);
  const text = scene.add.text(x, y, content, known ? { ...style, metrics: known } : style);
  if (!known) metricsByFont.set(font, text.style.getTextMetrics());
  return text;
}

/** `#rrggbb` → 0xrrggbb, for colours that come from scenario files. */
export function hexToNumber(hex: string): number {
  return Number.parseInt(hex.slice(1), 16);
}
