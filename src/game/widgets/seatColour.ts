// A party's colour on a dark chair: its primary colour, unless that would vanish into the navy (a dark blue, say),
// in which case its secondary colour is the one that can be seen.
import type { Party } from '../../store';
import { hexToNumber } from '../theme';

const CHAIR_BACKGROUND = 0x22395f;
const MIN_CONTRAST = 1.8;

export function seatColour(party: Party): number {
  const primary = hexToNumber(party.colours.primary);
  if (contrast(primary, CHAIR_BACKGROUND) >= MIN_CONTRAST) return primary;
  const secondary = hexToNumber(party.colours.secondary);
  return contrast(secondary, CHAIR_BACKGROUND) > contrast(primary, CHAIR_BACKGROUND) ? secondary : primary;
}

/** WCAG contrast ratio between two 0xrrggbb colours. */
function contrast(first: number, second: number): number {
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

function luminance(colour: number): number {
  const channel = (value: number) => {
    const scaled = value / 255;
    return scaled <= 0.03928 ? scaled / 12.92 : ((scaled + 0.055) / 1.055) ** 2.4;
  };
  return (
    0.2126 * channel((colour >> 16) & 0xff) + 0.7152 * channel((colour >> 8) & 0xff) + 0.0722 * channel(colour & 0xff)
  );
}
