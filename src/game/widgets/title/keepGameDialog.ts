// "This link starts a new game — keep the one in progress?" A panel over the title when a start link names another
// game than the one this browser holds. The safe choice comes first and has the focus: Enter (or Escape) keeps the
// game in progress; the new game needs a deliberate move (→ or Tab, then Enter, or a click). It covers the screen
// (MODAL_NAME), so the test hook reads only it, as a player would.
import Phaser from 'phaser';
import { MODAL_NAME } from '../../layers';
import { addText, GAME_HEIGHT, GAME_WIDTH } from '../../theme';
import { addActionButton } from '../summit/actionButton';
import { modalFrameObjects } from '../summit/modalFrame';

const DEPTH = 50;
const WIDTH = 760;
const HEIGHT = 330;

export interface KeepGameChoice {
  /** The game in progress, in words (scenario, seats, seed, round). */
  inProgress: string;
  /** The link's game, in words. */
  link: string;
  keep: () => void;
  startNew: () => void;
}

type Focus = 'keep' | 'new';

export class KeepGameDialog {
  private container: Phaser.GameObjects.Container | null = null;
  private choice: KeepGameChoice | null = null;
  private focus: Focus = 'keep';

  constructor(private readonly scene: Phaser.Scene) {}

  get isOpen(): boolean {
    return this.container !== null;
  }

  open(choice: KeepGameChoice): void {
    this.choice = choice;
    this.focus = 'keep';
    this.draw();
  }

  /** Keys while open; every key is taken, so nothing behind the panel moves. */
  handleKey(event: KeyboardEvent): void {
    switch (event.key) {
      case 'Escape':
        this.choose('keep');
        break;
      case 'Enter':
      case ' ':
        this.choose(this.focus);
        break;
      case 'Tab':
      case 'ArrowLeft':
      case 'ArrowRight':
        this.focus = this.focus === 'keep' ? 'new' : 'keep';
        this.draw();
        break;
    }
  }

  private choose(focus: Focus) {
    const choice = this.choice;
    if (!choice) return;
    this.close();
    if (focus === 'keep') choice.keep();
    else choice.startNew();
  }

  close(): void {
    this.container?.destroy(true);
    this.container = null;
    this.choice = null;
  }

  private draw() {
    this.container?.destroy(true);
    const { scene, choice } = this;
    if (!choice) return;
    const x = (GAME_WIDTH - WIDTH) / 2;
    const y = (GAME_HEIGHT - HEIGHT) / 2;
    const [shade, frame] = modalFrameObjects(scene, { x, y, width: WIDTH, height: HEIGHT });
    const parts: Phaser.GameObjects.GameObject[] = [shade, frame];
    parts.push(
      addText(scene, x + 32, y + 26, 'A GAME IS IN PROGRESS IN THIS BROWSER', 'eyebrow'),
      addText(scene, x + 32, y + 52, 'This link starts a new game — keep the one in progress?', 'cardTitle', {
        wrapWidth: WIDTH - 64,
      }),
    );
    const rows: [string, string][] = [
      ['In progress', choice.inProgress],
      ['The link', choice.link],
    ];
    rows.forEach(([label, text], index) => {
      const rowY = y + 112 + index * 52;
      parts.push(
        addText(scene, x + 32, rowY, label.toUpperCase(), 'caption'),
        addText(scene, x + 32, rowY + 20, text, 'body', { wrapWidth: WIDTH - 64 }),
      );
    });
    parts.push(
      addText(
        scene,
        x + 32,
        y + 218,
        'Starting the new game does not delete this one: it moves to Last games (G on the title).',
        'label',
        { wrapWidth: WIDTH - 64 },
      ),
    );
    const buttonsY = y + HEIGHT - 66;
    const keep = addActionButton(scene, x + 32, buttonsY, {
      label: 'Keep the game in progress',
      shortcut: this.focus === 'keep' ? 'Enter' : 'Esc',
      enabled: true,
      tone: this.focus === 'keep' ? 'primary' : 'normal',
    });
    const fresh = addActionButton(scene, x + 32 + keep.bounds.width + 16, buttonsY, {
      label: 'Start the new game',
      ...(this.focus === 'new' ? { shortcut: 'Enter' } : {}),
      enabled: true,
      tone: this.focus === 'new' ? 'primary' : 'normal',
    });
    keep.zone.setInteractive({ useHandCursor: true }).on(Phaser.Input.Events.POINTER_UP, () => this.choose('keep'));
    fresh.zone.setInteractive({ useHandCursor: true }).on(Phaser.Input.Events.POINTER_UP, () => this.choose('new'));
    const hint = addText(scene, x + WIDTH - 32, buttonsY + 21, '← → choose', 'caption').setOrigin(1, 0.5);
    parts.push(keep.container, fresh.container, hint);
    this.container = scene.add.container(0, 0, parts).setDepth(DEPTH).setName(MODAL_NAME);
  }
}
