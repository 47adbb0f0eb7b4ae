// A small labelled bar: the word, the number and the filled share, so a value never rests on colour alone.
import type Phaser from 'phaser';
import { addText, colours, textColours } from '../../theme';
import type { SummitMotion } from './motion';

export interface MeterBarSpec {
  label: string;
  /** Replaces the default "label value" caption. */
  caption?: string;
  value: number;
  min: number;
  max: number;
  /** Drawn in warning red when a high value is bad (escalation) or a low one is (support near its floor). */
  warning: boolean;
  /** A value marked across the bar with a gold tick, e.g. the support a ratification needs. */
  mark?: number;
}

/** Where the bar itself lies (without its caption), for a hit zone or a hint. */
export interface MeterBarBounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function addMeterBar(
  scene: Phaser.Scene,
  layer: Phaser.GameObjects.Container,
  x: number,
  y: number,
  width: number,
  spec: MeterBarSpec,
  /** When given, the fill glides from the value this bar (by id) had at the last redraw. */
  glide?: { motion: SummitMotion; id: string },
): MeterBarBounds {
  const label = addText(scene, x, y, spec.caption ?? `${spec.label} ${Math.round(spec.value)}`, 'caption', {
    colour: spec.warning ? textColours.danger : textColours.muted,
  });
  const barX = x + label.width + 8;
  const barWidth = Math.max(16, width - label.width - 8);
  const share = Math.min(1, Math.max(0, (spec.value - spec.min) / (spec.max - spec.min || 1)));
  const track = scene.add.graphics();
  track.fillStyle(colours.night, 1).fillRoundedRect(barX, y + 6, barWidth, 8, 4);
  // The fill is its own object with its origin on the bar's left end, so it can glide by scaling.
  const fill = scene.add.graphics({ x: barX, y: y + 6 });
  const filled = barWidth * share;
  // A rounded rectangle narrower than its corners draws garbage: short fills are plain.
  fill.fillStyle(spec.warning ? colours.danger : colours.contour, 1);
  if (filled >= 8) fill.fillRoundedRect(0, 0, filled, 8, 4);
  else if (filled > 0) fill.fillRect(0, 0, filled, 8);
  const frame = scene.add.graphics();
  frame.lineStyle(1, colours.line, 1).strokeRoundedRect(barX, y + 6, barWidth, 8, 4);
  layer.add([label, track, fill, frame]);
  if (spec.mark !== undefined) layer.add(markTick(scene, barX, y, barWidth, spec));
  if (glide && share > 0) {
    const previous = glide.motion.previousValue(glide.id, spec.value);
    const previousShare = Math.min(1, Math.max(0, (previous - spec.min) / (spec.max - spec.min || 1)));
    glide.motion.glide(fill, previousShare / share, [frame]);
  } else glide?.motion.previousValue(glide.id, spec.value);
  return { x: label.x, y, width: barX + barWidth - label.x, height: 20 };
}

/** A gold tick standing above and below the bar at the marked value, outlined so it shows on the fill too. */
function markTick(scene: Phaser.Scene, barX: number, y: number, barWidth: number, spec: MeterBarSpec) {
  const share = Math.min(1, Math.max(0, ((spec.mark ?? spec.min) - spec.min) / (spec.max - spec.min || 1)));
  const x = barX + barWidth * share;
  const tick = scene.add.graphics();
  tick.fillStyle(colours.night, 1).fillRect(x - 2.5, y + 1, 5, 18);
  tick.fillStyle(colours.gold, 1).fillRect(x - 1.5, y + 2, 3, 16);
  return tick;
}
