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

/** The smallest type the game draws: a classroom projector still reads 14 px at the back of the room. */
const SMALLEST_SIZE_PX = 14;

/**
 * Fits single-line texts of one column into `maxWidth`: the whole column is first set a little smaller (never under
 * 14 px) until every text fits or the smallest size is reached, and only then is a text still too long shortened
 * with "…". A column keeps one size, so its rows read as one list, and a long name stays whole wherever a pixel or
 * two of type is enough.
 */
export function shrinkColumnToWidth(texts: readonly Phaser.GameObjects.Text[], maxWidth: number): void {
  const sizeOf = (text: Phaser.GameObjects.Text) => Number.parseFloat(String(text.style.fontSize));
  let size = Math.min(...texts.map(sizeOf));
  while (size > SMALLEST_SIZE_PX && texts.some((text) => text.width > maxWidth)) {
    size -= 1;
    for (const text of texts) text.setFontSize(size);
  }
  for (const text of texts) fitToWidth(text, maxWidth);
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
