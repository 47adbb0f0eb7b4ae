// The facilitator's panel, for the teacher running a class: pause and resume, inject any news of the scenario's
// deck, extend the deadline, reveal every party's private numbers, print the class set of briefs, end the game.
// Each act is an engine action dispatched through the session, so it is in the log and in the replay; each greyed
// act says the engine's reason. Keys: ↑ ↓ choose, ← → another news item, Enter do it, F or Escape close.
import Phaser from 'phaser';
import { facilitatorActions, reservationValue } from '../../../store';
import type { Action, LegalOption } from '../../../store';
import type { SummitView } from '../../scenes/summitView';
import { shortName } from '../../scenes/summitView';
import { MODAL_NAME } from '../../layers';
import { addText, colours, GAME_HEIGHT, GAME_WIDTH, textColours } from '../../theme';
import { clampLines, fitToWidth } from '../fitText';

const DEPTH = 45;
const BOX = { x: 150, y: 70, width: GAME_WIDTH - 300, height: GAME_HEIGHT - 110 };
const ROW_HEIGHT = 40;

export interface FacilitatorMoves {
  dispatch: (action: Action) => void;
  printClassSet: () => void;
  /** Asks again before the game ends. */
  confirmEnd: (end: () => void) => void;
}

interface Row {
  label: string;
  option: { allowed: boolean; reason: string | null };
  run: () => void;
  /** ← → on this row. */
  step?: (by: number) => void;
}

export class FacilitatorPanel {
  private container: Phaser.GameObjects.Container | null = null;
  private selected = 0;
  private newsIndex = 0;
  private revealed = false;
  private view: SummitView | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly moves: FacilitatorMoves,
  ) {}

  get isOpen(): boolean {
    return this.container !== null;
  }

  open(view: SummitView): void {
    this.view = view;
    this.draw();
  }

  /** Redraws with the game as it now stands (after an act), if open. */
  refresh(view: SummitView): void {
    if (!this.container) return;
    this.view = view;
    this.draw();
  }

  close(): void {
    this.container?.destroy(true);
    this.container = null;
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

  private rows(): Row[] {
    const view = this.view;
    if (!view) return [];
    const options = facilitatorActions(view.compiled, view.game);
    const find = (type: Action['type']) => options.find((option) => option.action.type === type);
    const news = options.filter((option) => option.action.type === 'injectEvent');
    this.newsIndex = Math.min(this.newsIndex, Math.max(0, news.length - 1));
    const newsOption: LegalOption | undefined = news[this.newsIndex];
    const newsTitle =
      newsOption?.action.type === 'injectEvent'
        ? (view.compiled.event.get(newsOption.action.event)?.title ?? newsOption.action.event)
        : 'no news in this scenario';
    const pause = find('pause') ?? find('resume');
    const extend = find('extendDeadline');
    const end = find('endGame');
    const unavailable = { allowed: false, reason: 'not in this scenario' };
    return [
      {
        label: view.game.paused ? 'Resume the game' : 'Pause the game',
        option: pause ?? unavailable,
        run: () => pause && this.moves.dispatch(pause.action),
      },
      {
        label: `Inject news ◀ ${newsTitle} ▶  (${this.newsIndex + 1}/${news.length})`,
        option: newsOption ?? unavailable,
        run: () => newsOption && this.moves.dispatch(newsOption.action),
        step: (by) => {
          this.newsIndex = (this.newsIndex + by + news.length) % Math.max(1, news.length);
        },
      },
      {
        label: `Extend the deadline by one round (now round ${view.game.deadline})`,
        option: extend ?? unavailable,
        run: () => extend && this.moves.dispatch(extend.action),
      },
      {
        label: this.revealed ? 'Hide the private numbers' : 'Reveal every party’s private numbers',
        option: { allowed: true, reason: null },
        run: () => {
          this.revealed = !this.revealed;
          this.draw();
        },
      },
      {
        label: 'Print the class set of role briefs',
        option: { allowed: true, reason: null },
        run: this.moves.printClassSet,
      },
      {
        label: 'End the game now',
        option: end ?? unavailable,
        run: () => end && this.moves.confirmEnd(() => this.moves.dispatch(end.action)),
      },
    ];
  }

  private draw() {
    this.container?.destroy(true);
    const view = this.view;
    if (!view) return;
    const scene = this.scene;
    const shade = scene.add.rectangle(0, 0, GAME_WIDTH, GAME_HEIGHT, 0x000000, 0.6).setOrigin(0, 0).setInteractive();
    const frame = scene.add.graphics();
    frame.fillStyle(colours.navy, 0.99).fillRoundedRect(BOX.x, BOX.y, BOX.width, BOX.height, 14);
    frame.lineStyle(2, colours.gold, 1).strokeRoundedRect(BOX.x, BOX.y, BOX.width, BOX.height, 14);
    const objects: Phaser.GameObjects.GameObject[] = [shade, frame];
    objects.push(addText(scene, BOX.x + 28, BOX.y + 22, 'FACILITATOR', 'eyebrow'));
    const state = view.game.paused ? 'The game is paused: no seat can act.' : 'The game is running.';
    objects.push(
      addText(
        scene,
        BOX.x + 28,
        BOX.y + 44,
        `${state} Every act here is recorded in the log and the replay.`,
        'label',
        {
          wrapWidth: BOX.width - 56,
        },
      ),
    );
    let y = BOX.y + 84;
    this.rows().forEach((row, index) => {
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
      objects.push(background, label, zone);
      y += ROW_HEIGHT;
    });
    const chosen = this.rows()[this.selected];
    if (chosen && !chosen.option.allowed)
      objects.push(
        addText(scene, BOX.x + 28, y + 2, `Not now: ${chosen.option.reason ?? 'not available'}`, 'label', {
          colour: textColours.danger,
        }),
      );
    y += 30;
    if (this.revealed) objects.push(...this.privateNumbers(view, y));
    objects.push(
      addText(
        scene,
        BOX.x + 28,
        BOX.y + BOX.height - 30,
        '↑ ↓ choose  ·  ← → news  ·  Enter do it  ·  F or Esc close',
        'label',
        {
          colour: textColours.gold,
        },
      ),
    );
    this.container = scene.add.container(0, 0, objects).setDepth(DEPTH).setName(MODAL_NAME);
  }

  /** What each signatory needs (no-deal value), cares most about and will not sign: the hidden side of the game. */
  private privateNumbers(view: SummitView, top: number): Phaser.GameObjects.GameObject[] {
    const { compiled, game } = view;
    const objects: Phaser.GameObjects.GameObject[] = [];
    let y = top;
    const bottom = BOX.y + BOX.height - 44;
    for (const party of compiled.scenario.parties) {
      if (!compiled.signatories.includes(party.id) || y > bottom - 20) continue;
      const weights = Object.entries(game.weights[party.id] ?? {}).sort((a, b) => b[1] - a[1]);
      const top2 = weights
        .slice(0, 2)
        .map(([issue]) => compiled.scenario.issues.find((candidate) => candidate.id === issue)?.label ?? issue);
      const lines = party.redLines.map((line, index) => {
        const issue = compiled.scenario.issues.find((candidate) => candidate.id === line.issue);
        const firmness = game.firmness[party.id]?.[index] ?? line.firmness;
        const labels = line.forbidden.map((id) => issue?.options.find((option) => option.id === id)?.label ?? id);
        return `${labels.join(' / ')} (firmness ${firmness.toFixed(2)})`;
      });
      const text = `${shortName(view, party.id)}: no deal ${reservationValue(compiled, game, party.id).toFixed(2)} · cares most about ${top2.join(', ')} · will not sign: ${lines.join('; ') || 'no red line'}`;
      const shown = clampLines(
        addText(this.scene, BOX.x + 28, y, text, 'label', { colour: textColours.cream, wrapWidth: BOX.width - 56 }),
        2,
      );
      objects.push(shown);
      y += shown.height + 6;
    }
    return objects;
  }
}
