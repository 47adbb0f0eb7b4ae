// Canvas text does not ellipsise by itself; a long party or source name must still fit its column.
import type Phaser from 'phaser';

/** Shortens a single-line text object with "…" until it is at most `maxWidth` wide. */
export function fitToWidth(text: Phaser.GameObjects.Text, maxWidth: number): Phaser.GameObjects.Text {
  if (text.width <= maxWidth) return text;
  const full = text.text;
  let low = 0;
  let high = full.length;
  // Binary search on the number of characters kept: measuring is the costly part.
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    text.setText(`${full.slice(0, middle).trimEnd()}…`);
    if (text.width <= maxWidth) low = middle;
    else high = middle - 1;
  }
  return text.setText(`${full.slice(0, low).trimEnd()}…`);
}

/** Keeps a wrapped text to `maxLines`, ending the last kept line with "…" when something was cut. */
export function clampLines(text: Phaser.GameObjects.Text, maxLines: number): Phaser.GameObjects.Text {
  const lines = text.getWrappedText();
  if (lines.length <= maxLines) return text;
  const kept = lines.slice(0, maxLines).map((line) => line.trimEnd());
  const lastIndex = kept.length - 1;
  const last = kept[lastIndex] ?? '';
  // Drop the last word so the ellipsis fits inside the wrap width.
  const shortened = last.includes(' ') ? last.slice(0, last.lastIndexOf(' ')) : last;
  kept[lastIndex] = `${shortened.replace(/[\s,;:.–—-]+$/, '')}…`;
  return text.setText(kept.join('\n'));
}
