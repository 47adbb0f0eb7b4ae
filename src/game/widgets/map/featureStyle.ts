// How each kind of scenario map feature is drawn, and the words the legend gives it. Every kind differs in
// pattern or line style as well as colour (colour is never the only signal).
import type { MapFeature } from '../../../store';

export type FeatureKind = MapFeature['kind'];

export interface FeatureStyle {
  legend: string;
  fill: number | null;
  fillAlpha: number;
  stroke: number;
  strokeWidth: number;
  /** Dash and gap lengths in px; null for a solid outline. */
  dash: readonly [number, number] | null;
  /** Hatch spacing and angle; null for none. */
  hatch: { spacing: number; angle: number; alpha: number } | null;
  /** A word written on the area when it is large enough; null for none. */
  areaLabel: string | null;
}

export const featureStyles: Record<FeatureKind, FeatureStyle> = {
  region: {
    legend: 'Donbas regions',
    fill: null,
    fillAlpha: 0,
    stroke: 0xd9b466,
    strokeWidth: 1.5,
    dash: [5, 4],
    hatch: null,
    areaLabel: null,
  },
  claimed: {
    legend: 'claimed by Russia',
    fill: 0xd9b466,
    fillAlpha: 0.16,
    stroke: 0xd9b466,
    strokeWidth: 1.5,
    dash: [6, 4],
    hatch: { spacing: 5, angle: -45, alpha: 0.55 },
    areaLabel: null,
  },
  occupied: {
    legend: 'occupied',
    fill: 0x8c3b3b,
    fillAlpha: 0.55,
    stroke: 0xff8c7a,
    strokeWidth: 1,
    dash: null,
    hatch: { spacing: 6, angle: 45, alpha: 0.5 },
    areaLabel: 'OCCUPIED',
  },
  dmz: {
    legend: 'demilitarised zone',
    fill: 0xf3ead7,
    fillAlpha: 0.22,
    stroke: 0xf3ead7,
    strokeWidth: 1.5,
    dash: [3, 3],
    hatch: null,
    areaLabel: null,
  },
  monitors: {
    legend: 'monitors',
    fill: 0x7fd1e8,
    fillAlpha: 0.2,
    stroke: 0x9fe3f5,
    strokeWidth: 2.5,
    dash: [4, 4],
    hatch: null,
    areaLabel: null,
  },
  force: {
    legend: 'multinational force',
    fill: 0x6f93c9,
    fillAlpha: 0.4,
    stroke: 0x9dbcf0,
    strokeWidth: 2,
    dash: null,
    hatch: { spacing: 9, angle: 0, alpha: 0.35 },
    areaLabel: 'FORCE',
  },
  'contact-line': {
    legend: 'line of contact',
    fill: null,
    fillAlpha: 0,
    stroke: 0xffb37a,
    strokeWidth: 3,
    dash: null,
    hatch: null,
    areaLabel: null,
  },
  city: {
    legend: 'city',
    fill: 0xf3ead7,
    fillAlpha: 1,
    stroke: 0x050b16,
    strokeWidth: 2,
    dash: null,
    hatch: null,
    areaLabel: null,
  },
};

/** Drawing order, bottom to top: outlines under areas, lines and cities on top. */
export const kindOrder: readonly FeatureKind[] = [
  'region',
  'claimed',
  'occupied',
  'monitors',
  'dmz',
  'force',
  'contact-line',
  'city',
];
