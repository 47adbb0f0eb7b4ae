// The facilitator's panel, for the teacher running a class: pause and resume, inject any news of the scenario's
// deck, extend the deadline, reveal every party's private numbers, print the class set of briefs, end the game.
// Each act is an engine action dispatched through the session, so it is in the log and in the replay; each greyed
// act says the engine's reason. It always opens on its first row with the numbers hidden, so an Enter pressed on
// opening pauses rather than acts on whatever was chosen last time. Keys: ↑ ↓ choose, ← → another news item or
// another page of the numbers, Enter do it, F or Escape close.
import Phaser from 'phaser';
import { facilitatorActions } from '../../../store';
import type { Action, LegalOption } from '../../../store';
import { SummitOverlay } from './summitOverlay';
import type { SummitView } from '../../scenes/summitView';
import { MODAL_NAME } from '../../layers';
import { addText, colours, GAME_HEIGHT, GAME_WIDTH, textColours } from '../../theme';
import { fitToWidth } from '../fitText';
import { revealPages, revealTexts } from './facilitatorReveal';

const DEPTH = 45;
const BOX = { x: 120, y: 66, width: GAME_WIDTH - 240, height: GAME_HEIGHT - 90 };
const ROW_HEIGHT = 38;
const LEFT = BOX.x + 28;
const INNER_WIDTH = BOX.width - 56;
const ROWS_TOP = BOX.y + 74;
const ROW_COUNT = 6;
/** Two status lines (what was done, why an act is greyed) sit between the rows and the detail below them. */
const STATUS_TOP = ROWS_TOP + ROW_COUNT * ROW_HEIGHT + 2;
const STATUS_LINE = 24;
const DETAIL_TOP = STATUS_TOP + 2 * STATUS_LINE + 6;
/** The lowest a line of the detail area may reach: above the key hints. */
const DETAIL_BOTTOM = BOX.y + BOX.height - 46;
const DETAIL_AREA = { x: LEFT, y: DETAIL_TOP, width: INNER_WIDTH, bottom: DETAIL_BOTTOM };

export interface FacilitatorMoves {
  dispatch: (action: Action) => void;
  printClassSet: () => void;
  /** Asks again before the game ends. */
  confirmEnd: (end: () => void) => void;
}

interface Row {
  id: 'pause' | 'news' | 'extend' | 'reveal' | 'print' | 'end';
  label: string;
  option: { allowed: boolean; reason: string | null };
  run: () => void;
  /** ← → on this row. */
  step?: (by: number) => void;
}

export class FacilitatorPanel extends SummitOverlay {
  private selected = 0;
  private newsIndex = 0;
  private revealed = false;
  private revealPage = 0;
  /** What the last act did, in words, until the next act or until the panel closes. */
  private done: string | null = null;

  constructor(
    scene: Phaser.Scene,
    private readonly moves: FacilitatorMoves,
  ) {
    super(scene);
  }

  open(view: SummitView): void {
    this.view = view;
    this.selected = 0;
    this.revealed = false;
    this.revealPage = 0;
    this.done = null;
    this.draw();
  }

  handleKey(event: KeyboardEvent): void {
    const rows = this.rows();
    if (event.key === 'Escape' || event.key.toLowerCase() === 'f') this.close();
    else if (event.key === 'ArrowDown' || event.key === 'Tab') this.select(this.selected + 1, rows.length);
    else if (event.key === 'ArrowUp') this.select(this.selected - 1, rows.length);
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      rows[this.selected]?.step?.(event.key === 'ArrowLeft' ? -1 : 1);
      this.draw();
    } else if (event.key === 'Enter' || event.key === ' ') {
      const row = rows[this.selected];
      if (row?.option.allowed) row.run();
    }
  }

  private select(index: number, count: number) {
    this.selected = (index + count) % count;
    this.draw();
  }

  /** Runs an act and keeps a line saying what it did, for the panel to confirm. */
  private act(action: Action, done: string) {
    this.done = done;
    this.moves.dispatch(action);
  }

  private rows(): Row[] {
    const view = this.view;
    if (!view) return [];
    const options = facilitatorActions(view.compiled, view.game);
    const find = (type: Action['type']) => options.find((option) => option.action.type === type);
    const news = options.filter((option) => option.action.type === 'injectEvent');
    this.newsIndex = Math.min(this.newsIndex, Math.max(0, news.length - 1));
    const newsOption: LegalOption | undefined = news[this.newsIndex];
    const newsTitle = this.newsTitle(newsOption) ?? 'no news in this scenario';
    const pause = find('pause') ?? find('resume');
    const extend = find('extendDeadline');
    const end = find('endGame');
    const unavailable = { allowed: false, reason: 'not in this scenario' };
    const pages = this.revealed ? this.revealPageCount() : 1;
    return [
      {
        id: 'pause',
        label: view.game.paused ? 'Resume the game' : 'Pause the game',
        option: pause ?? unavailable,
        run: () =>
          pause &&
          this.act(
            pause.action,
            view.game.paused
              ? 'Resumed: the table can play again.'
              : 'Paused: the table shows PAUSED until you resume.',
          ),
      },
      {
        id: 'news',
        label: `Inject news ◀ ${newsTitle} ▶  (${this.newsIndex + 1}/${news.length})`,
        option: newsOption ?? unavailable,
        run: () =>
          newsOption &&
          this.act(
            newsOption.action,
            `Injected: “${newsTitle}”. It is in this table’s news now, marked “from the facilitator”.`,
          ),
        step: (by) => {
          this.newsIndex = (this.newsIndex + by + news.length) % Math.max(1, news.length);
        },
      },
      {
        id: 'extend',
        label: `Extend the deadline by one round (now round ${view.game.deadline})`,
        option: extend ?? unavailable,
        run: () => extend && this.act(extend.action, `Extended: the deadline is now round ${view.game.deadline + 1}.`),
      },
      {
        id: 'reveal',
        label: this.revealed
          ? `Hide the private numbers${pages > 1 ? `  ◀ page ${this.revealPage + 1} of ${pages} ▶` : ''}`
          : 'Reveal every party’s private numbers',
        option: { allowed: true, reason: null },
        run: () => {
          this.revealed = !this.revealed;
          this.revealPage = 0;
          this.done = null;
          this.draw();
        },
        step: (by) => {
          if (this.revealed) this.revealPage = (this.revealPage + by + pages) % pages;
        },
      },
      {
        id: 'print',
        label: 'Print the class set of role briefs (every seat, with the teacher code)',
        option: { allowed: true, reason: null },
        run: this.moves.printClassSet,
      },
      {
        id: 'end',
        label: 'End the game now',
        option: end ?? unavailable,
        run: () => end && this.moves.confirmEnd(() => this.moves.dispatch(end.action)),
      },
    ];
  }

  private newsTitle(option: LegalOption | undefined): string | null {
    if (option?.action.type !== 'injectEvent') return null;
    return this.view?.compiled.event.get(option.action.event)?.title ?? option.action.event;
  }

  protected draw(): void {
    this.container?.destroy(true);
    const view = this.view;
    if (!view) return;
    const scene = this.scene;
    const shade = scene.add.rectangle(0, 0, GAME_WIDTH, GAME_HEIGHT, 0x000000, 0.6).setOrigin(0, 0).setInteractive();
    const frame = scene.add.graphics();
    frame.fillStyle(colours.navy, 0.99).fillRoundedRect(BOX.x, BOX.y, BOX.width, BOX.height, 14);
    frame.lineStyle(2, colours.gold, 1).strokeRoundedRect(BOX.x, BOX.y, BOX.width, BOX.height, 14);
    const objects: Phaser.GameObjects.GameObject[] = [shade, frame];
    objects.push(addText(scene, LEFT, BOX.y + 20, 'FACILITATOR', 'eyebrow'));
    const state = view.game.paused ? 'The game is paused: no seat can act.' : 'The game is running.';
    objects.push(
      addText(scene, LEFT, BOX.y + 42, `${state} Every act here is recorded in the log and the replay.`, 'label', {
        wrapWidth: INNER_WIDTH,
      }),
    );
    const rows = this.rows();
    let y = ROWS_TOP;
    rows.forEach((row, index) => {
      objects.push(...this.drawRow(row, index, y));
      y += ROW_HEIGHT;
    });
    objects.push(...this.drawDetail(view, rows[this.selected]));
    objects.push(
      addText(
        scene,
        LEFT,
        BOX.y + BOX.height - 26,
        '↑ ↓ choose  ·  ← → news or page  ·  Enter do it  ·  F or Esc close',
        'label',
        { colour: textColours.gold },
      ).setOrigin(0, 0.5),
    );
    this.container = scene.add.container(0, 0, objects).setDepth(DEPTH).setName(MODAL_NAME);
  }

  private drawRow(row: Row, index: number, y: number): Phaser.GameObjects.GameObject[] {
    const scene = this.scene;
    const chosen = index === this.selected;
    const background = scene.add.graphics();
    background.fillStyle(chosen ? colours.surfaceSelected : colours.surfaceRaised, 1);
    background.fillRoundedRect(BOX.x + 24, y, BOX.width - 48, ROW_HEIGHT - 6, 8);
    if (chosen)
      background.lineStyle(2, colours.gold, 1).strokeRoundedRect(BOX.x + 24, y, BOX.width - 48, ROW_HEIGHT - 6, 8);
    const marker = row.option.allowed ? (chosen ? '▶ ' : '   ') : '✕ ';
    const label = fitToWidth(
      addText(scene, BOX.x + 40, y + (ROW_HEIGHT - 6) / 2, `${marker}${row.label}`, 'bodyStrong', {
        colour: row.option.allowed ? textColours.cream : textColours.faint,
      }).setOrigin(0, 0.5),
      BOX.width - 80,
    );
    const zone = scene.add
      .zone(BOX.x + 24, y, BOX.width - 48, ROW_HEIGHT - 6)
      .setOrigin(0, 0)
      .setInteractive({ useHandCursor: true });
    zone.on(Phaser.Input.Events.POINTER_UP, () => {
      this.selected = index;
      if (row.option.allowed) row.run();
      else this.draw();
    });
    return [background, label, zone];
  }

  /**
   * Under the rows: what the last act did, why the chosen act is greyed, the news the chosen item would bring (as
   * the table will read it), or a page of the private numbers.
   */
  private drawDetail(view: SummitView, row: Row | undefined): Phaser.GameObjects.GameObject[] {
    const scene = this.scene;
    const objects: Phaser.GameObjects.GameObject[] = [];
    let y = STATUS_TOP;
    const status = (text: string, colour: string) => {
      objects.push(fitToWidth(addText(scene, LEFT, y, text, 'label', { colour }), INNER_WIDTH));
      y += STATUS_LINE;
    };
    if (this.done) status(`✓ ${this.done}`, textColours.gold);
    if (row && !row.option.allowed) status(`Not now: ${row.option.reason ?? 'not available'}`, textColours.danger);
    if (row?.id === 'news') objects.push(...this.newsPreview(view, DETAIL_TOP));
    else if (this.revealed) {
      const pages = revealPages(scene, revealTexts(view), DETAIL_AREA);
      this.revealPage = Math.min(this.revealPage, pages.length - 1);
      pages.forEach((page, index) => {
        if (index === this.revealPage) objects.push(...page);
        else for (const text of page) text.destroy();
      });
    }
    return objects;
  }

  /** The chosen news item as the table will read it, so the teacher knows what they are about to inject. */
  private newsPreview(view: SummitView, top: number): Phaser.GameObjects.GameObject[] {
    const option = facilitatorActions(view.compiled, view.game).filter((o) => o.action.type === 'injectEvent')[
      this.newsIndex
    ];
    const event = option?.action.type === 'injectEvent' ? view.compiled.event.get(option.action.event) : undefined;
    if (!event) return [];
    const heading = addText(this.scene, LEFT, top, 'THE TABLE WILL READ', 'eyebrow', { size: 14 });
    const text = addText(
      this.scene,
      LEFT,
      top + 24,
      `News (from the facilitator): ${event.title}. ${event.text}`,
      'body',
      {
        wrapWidth: INNER_WIDTH,
        colour: textColours.cream,
      },
    );
    return [heading, text];
  }

  private revealPageCount(): number {
    if (!this.view) return 1;
    // Measured as drawDetail lays them out, then thrown away.
    const pages = revealPages(this.scene, revealTexts(this.view), DETAIL_AREA);
    for (const page of pages) for (const text of page) text.destroy();
    return pages.length;
  }
}
