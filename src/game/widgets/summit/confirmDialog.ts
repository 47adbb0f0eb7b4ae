// A question that must be answered before anything else: walking out ends the talks for everyone, and a public
// pledge binds, so each is asked twice. Enter or the button confirms, Escape or the other button goes back. The box
// grows with its text.
import Phaser from 'phaser';
import { MODAL_NAME } from '../../layers';
import { addText, colours, GAME_HEIGHT, GAME_WIDTH, textColours } from '../../theme';
import { addActionButton } from './actionButton';

const DEPTH = 50;
const WIDTH = 620;
const MIN_HEIGHT = 220;

export class ConfirmDialog {
  private container: Phaser.GameObjects.Container | null = null;
  private onConfirm: (() => void) | null = null;

  constructor(private readonly scene: Phaser.Scene) {}

  get isOpen(): boolean {
    return this.container !== null;
  }

  open(question: string, detail: string, confirmLabel: string, onConfirm: () => void): void {
    this.close();
    this.onConfirm = onConfirm;
    const scene = this.scene;
    const x = (GAME_WIDTH - WIDTH) / 2;
    const title = addText(scene, x + 28, 0, question, 'cardTitle', { wrapWidth: WIDTH - 56 });
    const body = addText(scene, x + 28, 0, detail, 'body', { wrapWidth: WIDTH - 56, colour: textColours.muted });
    const height = Math.min(GAME_HEIGHT - 40, Math.max(MIN_HEIGHT, 24 + title.height + 14 + body.height + 24 + 66));
    const y = (GAME_HEIGHT - height) / 2;
    title.setY(y + 24);
    body.setY(y + 24 + title.height + 14);
    const shade = scene.add.rectangle(0, 0, GAME_WIDTH, GAME_HEIGHT, 0x000000, 0.6).setOrigin(0, 0).setInteractive();
    const frame = scene.add.graphics();
    frame.fillStyle(colours.navy, 1).fillRoundedRect(x, y, WIDTH, height, 14);
    frame.lineStyle(2, colours.danger, 1).strokeRoundedRect(x, y, WIDTH, height, 14);
    const confirm = addActionButton(scene, x + 28, y + height - 66, {
      label: confirmLabel,
      shortcut: 'Enter',
      enabled: true,
      tone: 'danger',
    });
    const cancel = addActionButton(scene, x + 28 + confirm.bounds.width + 14, y + height - 66, {
      label: 'Stay at the table',
      shortcut: 'Esc',
      enabled: true,
    });
    confirm.zone.setInteractive({ useHandCursor: true }).on(Phaser.Input.Events.POINTER_UP, () => this.confirm());
    cancel.zone.setInteractive({ useHandCursor: true }).on(Phaser.Input.Events.POINTER_UP, () => this.close());
    this.container = scene.add
      .container(0, 0, [shade, frame, title, body, confirm.container, cancel.container])
      .setDepth(DEPTH)
      .setName(MODAL_NAME);
  }

  /** Keys while open: Enter confirms, Escape cancels; every other key is swallowed. */
  handleKey(event: KeyboardEvent): void {
    if (event.key === 'Enter') this.confirm();
    else if (event.key === 'Escape') this.close();
  }

  private confirm() {
    const action = this.onConfirm;
    this.close();
    action?.();
  }

  close(): void {
    this.container?.destroy(true);
    this.container = null;
    this.onConfirm = null;
  }
}
