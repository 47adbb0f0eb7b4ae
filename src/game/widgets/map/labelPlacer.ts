// Keeps map labels from sitting on one another: each label tries a few positions and takes the first free one,
// or is left out (the legend and the clause list still say what the map shows).
import type Phaser from 'phaser';

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Anchor = 'right' | 'left' | 'above' | 'below' | 'centre';

export class LabelPlacer {
  private readonly taken: Rect[] = [];

  constructor(private readonly bounds: Rect) {}

  /** Marks an area as occupied (a legend, a tag) so labels avoid it. */
  reserve(rect: Rect): void {
    this.taken.push(rect);
  }

  /** Moves `text` beside (x, y) at the first free anchor; hides it and returns false when none is free. */
  place(text: Phaser.GameObjects.Text, x: number, y: number, anchors: readonly Anchor[], gap = 7): boolean {
    for (const anchor of anchors) {
      const rect = rectFor(anchor, x, y, text.width, text.height, gap);
      if (!this.inside(rect) || this.taken.some((other) => overlaps(rect, other))) continue;
      text.setOrigin(0, 0).setPosition(rect.x, rect.y).setVisible(true);
      this.taken.push(rect);
      return true;
    }
    text.setVisible(false);
    return false;
  }

  private inside(rect: Rect): boolean {
    const b = this.bounds;
    return (
      rect.x >= b.x && rect.y >= b.y && rect.x + rect.width <= b.x + b.width && rect.y + rect.height <= b.y + b.height
    );
  }
}

function rectFor(anchor: Anchor, x: number, y: number, width: number, height: number, gap: number): Rect {
  switch (anchor) {
    case 'right':
      return { x: x + gap, y: y - height / 2, width, height };
    case 'left':
      return { x: x - gap - width, y: y - height / 2, width, height };
    case 'above':
      return { x: x - width / 2, y: y - gap - height, width, height };
    case 'below':
      return { x: x - width / 2, y: y + gap, width, height };
    case 'centre':
      return { x: x - width / 2, y: y - height / 2, width, height };
  }
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
