// A line of text typed on the canvas, in a box that covers the screen: the teacher code before the facilitator's
// panel, a table's name on the Compare screen. Letters, digits, spaces and dashes are typed, Backspace erases,
// Enter submits, Escape leaves. `submit` answers with a problem to show (the box stays) or null (the box closes).
import type Phaser from 'phaser';
import { MODAL_NAME } from '../layers';
import { addText, colours, GAME_HEIGHT, GAME_WIDTH, textColours } from '../theme';
import { fitToWidth } from './fitText';
import { modalFrameObjects } from './summit/modalFrame';

const DEPTH = 55;
const WIDTH = 640;
const HEIGHT = 300;

export interface TextPromptOptions {
  eyebrow: string;
  question: string;
  detail: string;
  initial?: string;
  maxLength: number;
  /** Shows a dot for every character typed (a code typed while a class watches). */
  masked?: boolean;
  submit: (value: string) => string | null;
}

const TYPABLE = /^[\p{L}\p{N} \-'.&]$/u;

export class TextPrompt {
  private container: Phaser.GameObjects.Container | null = null;
  private field: Phaser.GameObjects.Text | null = null;
  private problem: Phaser.GameObjects.Text | null = null;
  private value = '';
  private options: TextPromptOptions | null = null;

  constructor(private readonly scene: Phaser.Scene) {}

  get isOpen(): boolean {
    return this.container !== null;
  }

  open(options: TextPromptOptions): void {
    this.close();
    this.options = options;
    this.value = options.initial ?? '';
    const scene = this.scene;
    const x = (GAME_WIDTH - WIDTH) / 2;
    const y = (GAME_HEIGHT - HEIGHT) / 2;
    const [shade, frame] = modalFrameObjects(scene, { x, y, width: WIDTH, height: HEIGHT });
    const eyebrow = fitToWidth(addText(scene, x + 28, y + 22, options.eyebrow, 'eyebrow'), WIDTH - 56);
    const question = fitToWidth(addText(scene, x + 28, y + 46, options.question, 'cardTitle'), WIDTH - 56);
    const detail = addText(scene, x + 28, y + 84, options.detail, 'label', { wrapWidth: WIDTH - 56 });
    const box = scene.add.graphics();
    box.fillStyle(colours.surfaceRaised, 1).fillRoundedRect(x + 28, y + 162, WIDTH - 56, 48, 8);
    box.lineStyle(2, colours.gold, 1).strokeRoundedRect(x + 28, y + 162, WIDTH - 56, 48, 8);
    this.field = addText(scene, x + 44, y + 186, '', 'cardTitle').setOrigin(0, 0.5);
    this.problem = addText(scene, x + 28, y + 218, '', 'label', { colour: textColours.danger });
    const hint = addText(
      scene,
      x + 28,
      y + HEIGHT - 28,
      'Type  ·  Backspace erase  ·  Enter done  ·  Esc leave',
      'label',
      {
        colour: textColours.gold,
      },
    ).setOrigin(0, 0.5);
    this.container = scene.add
      .container(0, 0, [shade, frame, eyebrow, question, detail, box, this.field, this.problem, hint])
      .setDepth(DEPTH)
      .setName(MODAL_NAME);
    this.showValue();
  }

  handleKey(event: KeyboardEvent): void {
    const options = this.options;
    if (!options) return;
    if (event.key === 'Escape') this.close();
    else if (event.key === 'Enter') {
      const problem = options.submit(this.value.trim());
      if (problem === null) this.close();
      else this.problem?.setText(problem);
    } else if (event.key === 'Backspace') {
      this.value = this.value.slice(0, -1);
      this.showValue();
    } else if (TYPABLE.test(event.key) && this.value.length < options.maxLength && !event.ctrlKey && !event.metaKey) {
      this.value += event.key;
      this.problem?.setText('');
      this.showValue();
    }
  }

  close(): void {
    this.container?.destroy(true);
    this.container = null;
    this.field = null;
    this.problem = null;
    this.options = null;
  }

  private showValue() {
    const shown = this.options?.masked ? '•'.repeat(this.value.length) : this.value;
    // The caret shows where the next letter goes even when nothing is typed yet.
    this.field?.setText(`${shown}▏`);
  }
}
