// A question that must be answered before anything else: walking out ends the talks for everyone, a public pledge
// binds, ending a class's game cannot be undone. The safe choice is the default, so an Enter pressed out of habit
// (or meant for the screen behind) keeps the player where they were: Enter uses the framed button, which starts on
// "Stay"; ← → or Tab move the frame to the other button; Escape always stays. The box grows with its text.
import Phaser from 'phaser';
import { MODAL_NAME } from '../../layers';
import { addText, colours, GAME_HEIGHT, GAME_WIDTH, textColours } from '../../theme';
import { addActionButton } from './actionButton';
import type { ActionButton } from './actionButton';

const DEPTH = 50;
const WIDTH = 620;
const MIN_HEIGHT = 240;
const HINT_ROOM = 30;
const SAFE = 0;
const CONFIRM = 1;

export class ConfirmDialog {
  private container: Phaser.GameObjects.Container | null = null;
  private onConfirm: (() => void) | null = null;
  private focusFrame: Phaser.GameObjects.Graphics | null = null;
  private buttons: ActionButton[] = [];
  private focused = SAFE;

  constructor(private readonly scene: Phaser.Scene) {}

  get isOpen(): boolean {
    return this.container !== null;
  }

  /** `stayLabel` names the safe choice in the words of the screen behind (default: "Stay at the table"). */
  open(
    question: string,
    detail: string,
    confirmLabel: string,
    onConfirm: () => void,
    stayLabel = 'Stay at the table',
  ): void {
    this.close();
    this.onConfirm = onConfirm;
    const scene = this.scene;
    const x = (GAME_WIDTH - WIDTH) / 2;
    const title = addText(scene, x + 28, 0, question, 'cardTitle', { wrapWidth: WIDTH - 56 });
    const body = addText(scene, x + 28, 0, detail, 'body', { wrapWidth: WIDTH - 56, colour: textColours.muted });
    const height = Math.min(
      GAME_HEIGHT - 40,
      Math.max(MIN_HEIGHT, 24 + title.height + 14 + body.height + 24 + 66 + HINT_ROOM),
    );
    const y = (GAME_HEIGHT - height) / 2;
    title.setY(y + 24);
    body.setY(y + 24 + title.height + 14);
    const shade = scene.add.rectangle(0, 0, GAME_WIDTH, GAME_HEIGHT, 0x000000, 0.6).setOrigin(0, 0).setInteractive();
    const frame = scene.add.graphics();
    frame.fillStyle(colours.navy, 1).fillRoundedRect(x, y, WIDTH, height, 14);
    frame.lineStyle(2, colours.danger, 1).strokeRoundedRect(x, y, WIDTH, height, 14);
    const buttonsY = y + height - 66 - HINT_ROOM;
    const stay = addActionButton(scene, x + 28, buttonsY, { label: stayLabel, shortcut: 'Esc', enabled: true });
    const confirm = addActionButton(scene, x + 28 + stay.bounds.width + 18, buttonsY, {
      label: confirmLabel,
      enabled: true,
      tone: 'danger',
    });
    stay.zone.setInteractive({ useHandCursor: true }).on(Phaser.Input.Events.POINTER_UP, () => this.close());
    confirm.zone.setInteractive({ useHandCursor: true }).on(Phaser.Input.Events.POINTER_UP, () => this.confirm());
    const hint = addText(
      scene,
      x + 28,
      y + height - 22,
      '← → choose  ·  Enter the framed button  ·  Esc stay',
      'label',
      {
        colour: textColours.gold,
      },
    ).setOrigin(0, 0.5);
    this.buttons = [stay, confirm];
    this.focusFrame = scene.add.graphics();
    this.container = scene.add
      .container(0, 0, [shade, frame, title, body, stay.container, confirm.container, this.focusFrame, hint])
      .setDepth(DEPTH)
      .setName(MODAL_NAME);
    this.focus(SAFE);
  }

  /** Keys while open: Enter uses the framed button, ← → Tab move the frame, Escape stays; the rest are swallowed. */
  handleKey(event: KeyboardEvent): void {
    if (event.key === 'Enter' || event.key === ' ') {
      if (this.focused === CONFIRM) this.confirm();
      else this.close();
    } else if (event.key === 'Escape') this.close();
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight' || event.key === 'Tab')
      this.focus(this.focused === SAFE ? CONFIRM : SAFE);
  }

  private focus(index: number) {
    this.focused = index;
    const bounds = this.buttons[index]?.bounds;
    if (!bounds || !this.focusFrame) return;
    this.focusFrame
      .clear()
      .lineStyle(3, colours.gold, 1)
      .strokeRoundedRect(bounds.x - 5, bounds.y - 5, bounds.width + 10, bounds.height + 10, 11);
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
    this.focusFrame = null;
    this.buttons = [];
  }
}
