// "Branch here": which seat do you take? A small panel over the replay listing the seats a person may play, the one
// suggested (the replay's first human seat) already chosen. ↑ ↓ ← → or Tab move, Enter (or a click) takes the seat
// and starts the branch, Escape goes back to the replay. It covers the screen (MODAL_NAME), so the test hook reads
// only it, as a player would.
import Phaser from 'phaser';
import type { Party } from '../../../store';
import { MODAL_NAME } from '../../layers';
import { addText, colours, GAME_HEIGHT, GAME_WIDTH, textColours } from '../../theme';
import { fitToWidth } from '../fitText';
import { drawPartyFlag } from '../partyFlag';
import { addActionButton } from '../summit/actionButton';

const DEPTH = 50;
const WIDTH = 660;
const COLUMNS = 2;
const ROW_HEIGHT = 48;
const CARD_WIDTH = 290;

export interface SeatChoice {
  party: Party;
  /** Who sat there in the replay. */
  wasHuman: boolean;
}

export class SeatChooser {
  private container: Phaser.GameObjects.Container | null = null;
  private choices: SeatChoice[] = [];
  private selectedIndex = 0;
  private step = 0;
  private onChoose: ((partyId: string) => void) | null = null;
  /** Called after every change, so the scene can publish what is chosen. */
  onChange: (() => void) | null = null;

  constructor(private readonly scene: Phaser.Scene) {}

  get isOpen(): boolean {
    return this.container !== null;
  }

  /** The seat chosen now, while open. */
  get selected(): string | null {
    return this.isOpen ? (this.choices[this.selectedIndex]?.party.id ?? null) : null;
  }

  open(choices: SeatChoice[], suggested: string, step: number, onChoose: (partyId: string) => void): void {
    this.choices = choices;
    this.selectedIndex = Math.max(
      0,
      choices.findIndex((choice) => choice.party.id === suggested),
    );
    this.step = step;
    this.onChoose = onChoose;
    this.draw();
  }

  /** Keys while open; every key is taken, so nothing behind the panel moves. */
  handleKey(event: KeyboardEvent): void {
    const count = this.choices.length;
    const move = (by: number) => {
      this.selectedIndex = (((this.selectedIndex + by) % count) + count) % count;
      this.draw();
    };
    switch (event.key) {
      case 'Escape':
        this.close();
        break;
      case 'Enter':
      case ' ':
        this.choose(this.selectedIndex);
        break;
      case 'Tab':
        move(event.shiftKey ? -1 : 1);
        break;
      case 'ArrowDown':
        move(COLUMNS);
        break;
      case 'ArrowUp':
        move(-COLUMNS);
        break;
      case 'ArrowRight':
        move(1);
        break;
      case 'ArrowLeft':
        move(-1);
        break;
    }
  }

  close(): void {
    this.container?.destroy(true);
    this.container = null;
    this.onChoose = null;
    this.onChange?.();
  }

  private choose(index: number) {
    const choice = this.choices[index];
    const onChoose = this.onChoose;
    if (!choice || !onChoose) return;
    this.close();
    onChoose(choice.party.id);
  }

  private draw() {
    this.container?.destroy(true);
    const scene = this.scene;
    const rows = Math.ceil(this.choices.length / COLUMNS);
    const height = Math.min(GAME_HEIGHT - 40, 122 + rows * ROW_HEIGHT + 76);
    const x = (GAME_WIDTH - WIDTH) / 2;
    const y = (GAME_HEIGHT - height) / 2;
    const shade = scene.add.rectangle(0, 0, GAME_WIDTH, GAME_HEIGHT, 0x000000, 0.6).setOrigin(0, 0).setInteractive();
    const frame = scene.add.graphics();
    frame.fillStyle(colours.navy, 1).fillRoundedRect(x, y, WIDTH, height, 14);
    frame.lineStyle(2, colours.gold, 1).strokeRoundedRect(x, y, WIDTH, height, 14);
    const eyebrow = addText(scene, x + 28, y + 22, `BRANCH AT STEP ${this.step}`, 'eyebrow');
    const title = addText(scene, x + 28, y + 46, 'Which seat do you take?', 'cardTitle');
    const lead = addText(
      scene,
      x + 28,
      y + 82,
      'You play it from here; the AI plays every other seat. The replay stays as it was.',
      'label',
      { wrapWidth: WIDTH - 56 },
    );
    const parts: Phaser.GameObjects.GameObject[] = [shade, frame, eyebrow, title, lead];
    const top = y + 118;
    this.choices.forEach((choice, index) => {
      const cardX = x + 28 + (index % COLUMNS) * (CARD_WIDTH + 24);
      const cardY = top + Math.floor(index / COLUMNS) * ROW_HEIGHT;
      const selected = index === this.selectedIndex;
      const card = scene.add.graphics();
      card.fillStyle(selected ? colours.surfaceSelected : colours.surface, 1);
      card.fillRoundedRect(cardX, cardY, CARD_WIDTH, ROW_HEIGHT - 8, 8);
      card.lineStyle(selected ? 3 : 1, selected ? colours.gold : colours.line, 1);
      card.strokeRoundedRect(cardX, cardY, CARD_WIDTH, ROW_HEIGHT - 8, 8);
      drawPartyFlag(card, choice.party.flag, { x: cardX + 12, y: cardY + 11, width: 27, height: 18 });
      const name = fitToWidth(
        addText(scene, cardX + 48, cardY + 20, choice.party.shortName, 'bodyStrong', {
          size: 16,
          colour: selected ? textColours.gold : textColours.cream,
        }).setOrigin(0, 0.5),
        150,
      );
      const was = addText(
        scene,
        cardX + CARD_WIDTH - 12,
        cardY + 20,
        choice.wasHuman ? 'a player' : 'the AI',
        'caption',
      ).setOrigin(1, 0.5);
      const zone = scene.add
        .zone(cardX, cardY, CARD_WIDTH, ROW_HEIGHT - 8)
        .setOrigin(0, 0)
        .setInteractive({ useHandCursor: true });
      zone.on(Phaser.Input.Events.POINTER_OVER, () => {
        if (this.selectedIndex === index) return;
        this.selectedIndex = index;
        this.draw();
      });
      zone.on(Phaser.Input.Events.POINTER_UP, () => this.choose(index));
      parts.push(card, name, was, zone);
    });
    const buttonsY = y + height - 62;
    const start = addActionButton(scene, x + 28, buttonsY, {
      label: `Play as ${this.choices[this.selectedIndex]?.party.shortName ?? '—'}`,
      shortcut: 'Enter',
      enabled: this.choices.length > 0,
      tone: 'primary',
    });
    const cancel = addActionButton(scene, x + 28 + start.bounds.width + 14, buttonsY, {
      label: 'Back to the replay',
      shortcut: 'Esc',
      enabled: true,
    });
    start.zone.setInteractive({ useHandCursor: true }).on(Phaser.Input.Events.POINTER_UP, () => {
      this.choose(this.selectedIndex);
    });
    cancel.zone.setInteractive({ useHandCursor: true }).on(Phaser.Input.Events.POINTER_UP, () => this.close());
    parts.push(start.container, cancel.container);
    this.container = scene.add.container(0, 0, parts).setDepth(DEPTH).setName(MODAL_NAME);
    this.onChange?.();
  }
}
