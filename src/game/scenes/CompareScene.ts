// Parallel worlds: a teacher loads one replay file per classroom table — the same scenario and seed, different
// players — and sees the outcomes side by side: a table (outcome, round, the clauses that differ, durability,
// distance to the Nash point), a dot plot of what each signatory gained over no deal at every table, and the files
// that could not be compared, each with its reason. Every figure comes from the store (src/store/parallelWorlds.ts).
// L loads files, ← → / ↑ ↓ / Tab move between rows, Escape returns to the title.
import Phaser from 'phaser';
import { catalogueScenarios, compareParallelWorlds, scenarioCatalogue } from '../../store';
import type { ParallelWorlds, ReplayFile } from '../../store';
import { listenForReplayFiles, openReplayFilesPicker } from '../../ui/multiFilePicker';
import { markActiveScene } from '../markActiveScene';
import { sceneKeys } from '../sceneKeys';
import { publishTestHook, testHookEnabled } from '../testHook';
import { addText, colours, GAME_HEIGHT, GAME_WIDTH, textColours } from '../theme';
import { compareRows } from '../widgets/compare/compareRows';
import type { CompareRow } from '../widgets/compare/compareRows';
import { addCompareTable, rowCapacity } from '../widgets/compare/compareTable';
import { addGainDotPlot, addGainLegend } from '../widgets/compare/gainDotPlot';
import { addRowDetail } from '../widgets/compare/rowDetail';
import { fitToWidth } from '../widgets/fitText';
import { addKeyHints } from '../widgets/keyHints';
import { addActionButton } from '../widgets/summit/actionButton';
import { addSummitBackdrop } from '../widgets/summitBackdrop';

const LEFT = 56;
const RIGHT = GAME_WIDTH - LEFT;
const TABLE_AREA = { x: LEFT, y: 112, width: RIGHT - LEFT, bottom: 380 };
/** The chart and the panel beside it start under the table, and never lower than this. */
const CHART_TOP_LOWEST = 398;
const CHART_WIDTH = 700;
const DETAIL_LEFT = 800;
const CONTENT_BOTTOM = 676;
// Captured keys do not reach the page: Tab must move between tables, not the browser's focus.
const CAPTURED_KEYS = 'TAB,UP,DOWN,LEFT,RIGHT';

/** The comparison on screen; kept when the teacher leaves for the title and comes back. */
let shownComparison: ParallelWorlds | null = null;

export class CompareScene extends Phaser.Scene {
  private rows: CompareRow[] = [];
  private selected = 0;
  private loading = false;
  private status: Phaser.GameObjects.Text | null = null;
  private selectRow: (index: number) => void = () => undefined;

  constructor() {
    super(sceneKeys.compare);
  }

  create(): void {
    markActiveScene(this);
    addSummitBackdrop(this);
    this.loading = false;
    this.selected = 0;
    this.rows = [];
    this.selectRow = () => undefined;

    const worlds = shownComparison;
    this.addHeader(worlds);
    if (worlds) this.showComparison(worlds);
    else this.showEmpty();
    this.status = addText(this, RIGHT, 84, '', 'label', { colour: textColours.gold }).setOrigin(1, 0);

    // The keys that move between rows only once there are rows.
    addKeyHints(this, LEFT, GAME_HEIGHT - 22, [
      { keys: ['L'], action: 'load replays' },
      ...(this.rows.length > 1 ? [{ keys: ['←', '→', 'Tab'], action: 'table' }] : []),
      { keys: ['Esc'], action: 'back to the title' },
    ]);
    this.bindKeys();
    listenForReplayFiles((files) => this.compareFiles(files));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => listenForReplayFiles(null));
    this.publishHook();
  }

  private addHeader(worlds: ParallelWorlds | null) {
    const eyebrow =
      worlds?.scenario && worlds.seed !== null
        ? `PARALLEL WORLDS  ·  ${worlds.scenario.title.toUpperCase()}  ·  SEED ${worlds.seed}`
        : 'PARALLEL WORLDS  ·  ONE SEED, SEVERAL TABLES';
    fitToWidth(addText(this, LEFT, 24, eyebrow, 'eyebrow'), 860);
    const count = worlds?.tables.length ?? 0;
    const title = !worlds
      ? 'Compare the tables'
      : count === 0
        ? 'No table could be compared'
        : `${count} ${count === 1 ? 'table' : 'tables'}, one seed`;
    addText(this, LEFT - 2, 42, title, 'panelTitle').setShadow(0, 2, '#000000', 8, false, true);
    this.add.graphics().fillStyle(colours.gold, 1).fillRect(LEFT, 92, 72, 3);

    const button = addActionButton(this, 0, 26, {
      label: 'Load replays…',
      shortcut: 'L',
      enabled: true,
      tone: 'primary',
    });
    button.container.setX(RIGHT - button.bounds.width);
    button.zone.setInteractive({ useHandCursor: true });
    button.zone.on(Phaser.Input.Events.POINTER_UP, () => openReplayFilesPicker());
  }

  private showEmpty() {
    const steps = [
      'Each table plays the same scenario with the same seed, and saves its game as a replay file.',
      'Press L, or click “Load replays…”, and choose every table’s file at once (Ctrl- or Shift-click).',
      'Up to eight tables side by side: how each ended, what it signed, and what each signatory gained.',
    ];
    addText(
      this,
      LEFT,
      136,
      'Parallel worlds: the same start, played by different people. What did each table make of it?',
      'lead',
      { wrapWidth: 900, lineSpacing: 6 },
    );
    steps.forEach((step, index) => {
      const y = 230 + index * 64;
      this.add
        .graphics()
        .fillStyle(colours.gold, 1)
        .fillCircle(LEFT + 16, y + 12, 16);
      addText(this, LEFT + 16, y + 12, String(index + 1), 'bodyStrong', { colour: textColours.ink }).setOrigin(0.5);
      addText(this, LEFT + 48, y, step, 'body', { wrapWidth: 860 });
    });
    addText(
      this,
      LEFT,
      440,
      'Files of another scenario or seed, edited files and files that are not replays are listed with the reason and left out.',
      'label',
      { wrapWidth: 900 },
    );
  }

  private showComparison(worlds: ParallelWorlds) {
    this.rows = compareRows(worlds, rowCapacity(TABLE_AREA));
    const table = addCompareTable(this, TABLE_AREA, this.rows, (index) => this.selectRow(index));
    const chartTop = Math.min(CHART_TOP_LOWEST, table.bottom + 30);
    const detail = addRowDetail(
      this,
      { x: DETAIL_LEFT, y: chartTop, width: RIGHT - DETAIL_LEFT, bottom: CONTENT_BOTTOM },
      worlds,
    );
    let selectChart: (tableIndex: number | null) => void = () => undefined;
    if (worlds.tables.length > 0) {
      addText(this, LEFT, chartTop, 'WHAT EACH SIGNATORY GAINED OVER NO DEAL', 'eyebrow');
      addGainLegend(this, LEFT, chartTop + 34);
      const plot = addGainDotPlot(
        this,
        { x: LEFT, y: chartTop + 60, width: CHART_WIDTH, bottom: CONTENT_BOTTOM },
        worlds,
      );
      selectChart = plot.setSelected;
    } else {
      addText(
        this,
        LEFT,
        chartTop,
        'None of these files could be compared. Each row above says why; choose the files again with L.',
        'body',
        { wrapWidth: CHART_WIDTH },
      );
    }
    this.selectRow = (index: number) => {
      if (this.rows.length === 0) return;
      this.selected = ((index % this.rows.length) + this.rows.length) % this.rows.length;
      const row = this.rows[this.selected] ?? null;
      table.setSelected(this.selected);
      selectChart(row?.kind === 'table' ? row.index : null);
      detail.show(row);
    };
    this.selectRow(0);
  }

  private bindKeys() {
    const keyboard = this.input.keyboard;
    if (!keyboard) return;
    keyboard.addCapture(CAPTURED_KEYS);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => keyboard.removeCapture(CAPTURED_KEYS));
    keyboard.on('keydown', (event: KeyboardEvent) => {
      switch (event.key) {
        case 'l':
        case 'L':
          openReplayFilesPicker();
          break;
        case 'Escape':
          this.scene.start(sceneKeys.title);
          break;
        case 'ArrowRight':
        case 'ArrowDown':
          this.selectRow(this.selected + 1);
          break;
        case 'ArrowLeft':
        case 'ArrowUp':
          this.selectRow(this.selected - 1);
          break;
        case 'Tab':
          event.preventDefault();
          this.selectRow(this.selected + (event.shiftKey ? -1 : 1));
          break;
        case 'Home':
          this.selectRow(0);
          break;
        case 'End':
          this.selectRow(this.rows.length - 1);
          break;
      }
    });
  }

  /** Compares the files picked (replacing what was shown) and redraws the screen for them. */
  private compareFiles(files: ReplayFile[]) {
    if (this.loading) return;
    this.loading = true;
    this.status?.setText(`Checking ${files.length} ${files.length === 1 ? 'file' : 'files'}…`);
    // One frame for the notice to show: verifying replays takes a moment on a slow classroom machine.
    this.time.delayedCall(60, () => {
      shownComparison = compareParallelWorlds(files, catalogueScenarios);
      this.scene.restart();
    });
  }

  private publishHook() {
    if (!testHookEnabled) return;
    publishTestHook(this, scenarioCatalogue, true);
    const hook = window.__ceasefire;
    if (!hook) return;
    window.__ceasefire = Object.freeze({
      ...hook,
      compare: {
        tables: shownComparison?.tables.length ?? 0,
        rejected: shownComparison?.rejected.map((entry) => entry.reason) ?? [],
      },
    });
  }
}
