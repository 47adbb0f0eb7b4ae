// "Last games" (G on the title): the games this browser kept, newest first — when, who played, the seed, the
// scenario and how it ended. ↑ ↓ (or Tab) choose, Enter (or a click) opens the game in the replay viewer, S downloads
// its replay file, Escape or G closes. It covers the screen (MODAL_NAME), so the test hook reads only it.
import Phaser from 'phaser';
import { lastGameOutcomeLabel, MAX_LAST_GAMES } from '../../../store';
import type { LastGame } from '../../../store';
import { MODAL_NAME } from '../../layers';
import { addText, colours, GAME_HEIGHT, GAME_WIDTH, textColours } from '../../theme';
import { fitToWidth } from '../fitText';
import { addActionButton } from '../summit/actionButton';
import { modalFrameObjects } from '../summit/modalFrame';

const DEPTH = 50;
const WIDTH = 1100;
const HEIGHT = 600;
const ROW_HEIGHT = 40;
const VISIBLE_ROWS = 9;
/** Column left edges and widths, from the panel's left edge. */
const COLUMNS = {
  date: { x: 32, width: 150 },
  name: { x: 190, width: 360 },
  scenario: { x: 560, width: 300 },
  outcome: { x: 870, width: 200 },
} as const;

export interface LastGamesActions {
  open: (game: LastGame) => void;
  download: (game: LastGame) => void;
  /** Called after every change (opened, closed, moved), so the scene can publish what is shown. */
  changed: () => void;
}

export class LastGamesPanel {
  private container: Phaser.GameObjects.Container | null = null;
  private games: readonly LastGame[] = [];
  private selectedIndex = 0;
  private firstVisible = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly actions: LastGamesActions,
  ) {}

  get isOpen(): boolean {
    return this.container !== null;
  }

  /** The chosen game while open, or null. */
  get selected(): LastGame | null {
    return this.isOpen ? (this.games[this.selectedIndex] ?? null) : null;
  }

  open(games: readonly LastGame[]): void {
    this.games = games;
    this.selectedIndex = 0;
    this.firstVisible = 0;
    this.draw();
  }

  close(): void {
    this.container?.destroy(true);
    this.container = null;
    this.actions.changed();
  }

  /** Keys while open; every key is taken, so nothing behind the panel moves. */
  handleKey(event: KeyboardEvent): void {
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    switch (key) {
      case 'Escape':
      case 'g':
        this.close();
        break;
      case 'Enter':
      case ' ':
        this.act(this.actions.open);
        break;
      case 's':
        this.act(this.actions.download);
        break;
      case 'ArrowDown':
        this.move(1);
        break;
      case 'ArrowUp':
        this.move(-1);
        break;
      case 'Tab':
        this.move(event.shiftKey ? -1 : 1);
        break;
      case 'Home':
        this.move(-this.selectedIndex);
        break;
      case 'End':
        this.move(this.games.length - 1 - this.selectedIndex);
        break;
    }
  }

  private act(run: (game: LastGame) => void) {
    const game = this.selected;
    if (game) run(game);
  }

  private move(by: number) {
    const count = this.games.length;
    if (count === 0) return;
    this.selectedIndex = (((this.selectedIndex + by) % count) + count) % count;
    if (this.selectedIndex < this.firstVisible) this.firstVisible = this.selectedIndex;
    if (this.selectedIndex >= this.firstVisible + VISIBLE_ROWS)
      this.firstVisible = this.selectedIndex - VISIBLE_ROWS + 1;
    this.draw();
  }

  private draw() {
    this.container?.destroy(true);
    const scene = this.scene;
    const x = (GAME_WIDTH - WIDTH) / 2;
    const y = (GAME_HEIGHT - HEIGHT) / 2;
    const [shade, frame] = modalFrameObjects(scene, { x, y, width: WIDTH, height: HEIGHT });
    const parts: Phaser.GameObjects.GameObject[] = [shade, frame];
    parts.push(
      addText(scene, x + 32, y + 24, 'KEPT IN THIS BROWSER', 'eyebrow'),
      addText(scene, x + 32, y + 46, 'Last games', 'cardTitle'),
      addText(
        scene,
        x + 32,
        y + 82,
        `Every game that ends here is kept, newest first (the last ${MAX_LAST_GAMES}), with any game set aside unfinished when another started.`,
        'label',
        { wrapWidth: WIDTH - 64 },
      ),
    );
    const top = y + 126;
    if (this.games.length === 0) {
      parts.push(
        addText(scene, x + 32, top + 10, 'No games yet. Every game that ends will be listed here.', 'body', {
          colour: textColours.muted,
        }),
      );
    } else {
      parts.push(...this.drawHeader(x, top), ...this.drawRows(x, top + 28));
    }
    parts.push(...this.drawButtons(x, y + HEIGHT - 66));
    this.container = scene.add.container(0, 0, parts).setDepth(DEPTH).setName(MODAL_NAME);
    this.actions.changed();
  }

  private drawHeader(x: number, y: number): Phaser.GameObjects.GameObject[] {
    const heads: [keyof typeof COLUMNS, string][] = [
      ['date', 'WHEN'],
      ['name', 'WHO PLAYED · SEED'],
      ['scenario', 'SCENARIO'],
      ['outcome', 'HOW IT ENDED'],
    ];
    return heads.map(([column, label]) => addText(this.scene, x + COLUMNS[column].x, y, label, 'caption'));
  }

  private drawRows(x: number, top: number): Phaser.GameObjects.GameObject[] {
    const scene = this.scene;
    const parts: Phaser.GameObjects.GameObject[] = [];
    const shown = this.games.slice(this.firstVisible, this.firstVisible + VISIBLE_ROWS);
    shown.forEach((game, slot) => {
      const index = this.firstVisible + slot;
      const rowY = top + slot * ROW_HEIGHT;
      const selected = index === this.selectedIndex;
      const card = scene.add.graphics();
      card.fillStyle(selected ? colours.surfaceSelected : colours.surface, 1);
      card.fillRoundedRect(x + 20, rowY, WIDTH - 40, ROW_HEIGHT - 6, 8);
      card.lineStyle(selected ? 2 : 1, selected ? colours.gold : colours.line, 1);
      card.strokeRoundedRect(x + 20, rowY, WIDTH - 40, ROW_HEIGHT - 6, 8);
      const middle = rowY + (ROW_HEIGHT - 6) / 2;
      const cell = (column: keyof typeof COLUMNS, text: string, colour: string) =>
        fitToWidth(
          addText(scene, x + COLUMNS[column].x, middle, text, 'body', { size: 16, colour }).setOrigin(0, 0.5),
          COLUMNS[column].width,
        );
      const strong = selected ? textColours.gold : textColours.cream;
      parts.push(
        card,
        cell('date', formatWhen(game.savedAt), textColours.muted),
        cell('name', game.name, strong),
        cell('scenario', game.scenarioTitle, textColours.muted),
        cell('outcome', lastGameOutcomeLabel(game), textColours.cream),
      );
      const zone = scene.add
        .zone(x + 20, rowY, WIDTH - 40, ROW_HEIGHT - 6)
        .setOrigin(0, 0)
        .setInteractive({ useHandCursor: true });
      zone.on(Phaser.Input.Events.POINTER_OVER, () => {
        if (this.selectedIndex !== index) this.move(index - this.selectedIndex);
      });
      zone.on(Phaser.Input.Events.POINTER_UP, () => this.actions.open(game));
      parts.push(zone);
    });
    if (this.games.length > VISIBLE_ROWS) {
      const last = Math.min(this.games.length, this.firstVisible + VISIBLE_ROWS);
      parts.push(
        addText(
          scene,
          x + WIDTH - 32,
          top + VISIBLE_ROWS * ROW_HEIGHT + 2,
          `${this.firstVisible + 1}–${last} of ${this.games.length}  ·  ↑ ↓ for more`,
          'caption',
        ).setOrigin(1, 0),
      );
    }
    return parts;
  }

  private drawButtons(x: number, y: number): Phaser.GameObjects.GameObject[] {
    const scene = this.scene;
    const any = this.games.length > 0;
    const open = addActionButton(scene, x + 32, y, {
      label: 'Open in the replay viewer',
      shortcut: 'Enter',
      enabled: any,
      tone: 'primary',
    });
    const download = addActionButton(scene, x + 32 + open.bounds.width + 14, y, {
      label: 'Download the replay file',
      shortcut: 'S',
      enabled: any,
    });
    const close = addActionButton(scene, 0, y, { label: 'Close', shortcut: 'Esc', enabled: true });
    close.container.setX(x + WIDTH - 32 - close.bounds.width);
    if (any) {
      open.zone.setInteractive({ useHandCursor: true }).on(Phaser.Input.Events.POINTER_UP, () => {
        this.act(this.actions.open);
      });
      download.zone.setInteractive({ useHandCursor: true }).on(Phaser.Input.Events.POINTER_UP, () => {
        this.act(this.actions.download);
      });
    }
    close.zone.setInteractive({ useHandCursor: true }).on(Phaser.Input.Events.POINTER_UP, () => this.close());
    return [open.container, download.container, close.container];
  }
}

/** "8 Dec, 04:31" in the browser's time zone; a dash when the game was kept without a date. */
function formatWhen(savedAt: string | undefined): string {
  if (!savedAt) return '—';
  const date = new Date(savedAt);
  if (Number.isNaN(date.getTime())) return '—';
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}
