// The briefing's second page: the opening text every player reads before the talks, paragraphs kept. A text
// longer than the panel scrolls by whole lines (arrow keys, Page Up/Down, mouse wheel) instead of being cut.
import type Phaser from 'phaser';
import type { Scenario } from '../../store';
import { addText } from '../theme';
import { BODY_TOP, CONTENT_BOTTOM, CONTENT_LEFT, CONTENT_RIGHT, CONTENT_WIDTH } from './briefingLayout';

const FONT_PX = 17;
const LINE_SPACING = 7;
/** Room kept under the text for the scroll hint. */
const HINT_HEIGHT = 26;

export class OpeningText {
  private readonly text: Phaser.GameObjects.Text;
  private readonly hint: Phaser.GameObjects.Text;
  private lines: string[] = [];
  private capacity = 1;
  private firstLine = 0;

  constructor(scene: Phaser.Scene, page: Phaser.GameObjects.Container) {
    this.text = addText(scene, CONTENT_LEFT, BODY_TOP, '', 'body', {
      size: FONT_PX,
      wrapWidth: CONTENT_WIDTH,
      lineSpacing: LINE_SPACING,
    });
    this.hint = addText(scene, CONTENT_RIGHT, CONTENT_BOTTOM, '', 'caption').setOrigin(1, 1);
    page.add([this.text, this.hint]);
  }

  show(scenario: Scenario): void {
    this.text.setText(scenario.briefing);
    this.lines = this.text.getWrappedText().map((line) => line.trimEnd());
    const lineHeight = this.text.height / Math.max(1, this.lines.length);
    this.capacity = Math.max(1, Math.floor((CONTENT_BOTTOM - HINT_HEIGHT - BODY_TOP) / lineHeight));
    this.firstLine = 0;
    this.render();
  }

  /** Scrolls by `step` lines; returns whether anything moved. */
  scroll(step: number): boolean {
    const last = Math.max(0, this.lines.length - this.capacity);
    const next = Math.min(last, Math.max(0, this.firstLine + step));
    if (next === this.firstLine) return false;
    this.firstLine = next;
    this.render();
    return true;
  }

  get pageSize(): number {
    return Math.max(1, this.capacity - 2);
  }

  private render() {
    const shown = this.lines.slice(this.firstLine, this.firstLine + this.capacity);
    this.text.setText(shown.join('\n'));
    const overflowing = this.lines.length > this.capacity;
    const lastShown = this.firstLine + shown.length;
    this.hint.setText(
      overflowing ? `↑ ↓ scroll  ·  lines ${this.firstLine + 1}–${lastShown} of ${this.lines.length}` : '',
    );
  }
}
