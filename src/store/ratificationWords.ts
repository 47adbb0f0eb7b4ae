// A ratification vote in one sentence a class reads aloud: who carried the text at home, by how much, or how far
// short it fell. Pure, so the words are tested against the numbers they stand for.
import type { RatificationLine } from './outcomeStory';

export function ratificationSentence(line: RatificationLine): string {
  const value = formatted(line.value);
  const needed = formatted(line.needed);
  const margin = Math.round((line.value - line.needed) * 10) / 10;
  const numbers = `${line.meterLabel.toLowerCase()} ${value}, ${needed} needed`;
  if (!line.passed) return `${line.partyName} did not ratify it, ${formatted(-margin)} short: ${numbers}.`;
  if (margin === 0) return `${line.partyName} ratified it with nothing to spare: ${numbers}.`;
  return `${line.partyName} ratified it with ${formatted(margin)} to spare: ${numbers}.`;
}

function formatted(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
