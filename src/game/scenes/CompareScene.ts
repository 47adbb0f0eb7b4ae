// Parallel worlds: a teacher loads one replay file per classroom table — the same scenario and seed, different
// players, up to a whole class of 30 tables — and sees the outcomes side by side: a table (outcome, round, the
// clauses that differ, durability, distance to the Nash point), page by page, a dot plot of what each signatory
// gained over no deal at every table, and the files that could not be compared, each with its reason. Every figure
// comes from the store (src/store/parallelWorlds.ts). L loads files, ← → / ↑ ↓ / Tab move between rows, Page Up and
// Page Down between pages, R renames the chosen table, P prints the comparison, Escape returns to the title.
import Phaser from 'phaser';
import {
  catalogueScenarios,
  cleanTableName,
  compareParallelWorlds,
  MAX_TABLE_NAME,
  scenarioCatalogue,
  withTableNames,
} from '../../store';
import type { ParallelWorlds, ReplayFile } from '../../store';
import { compareReportDocument } from '../../ui/compareReportPage';
import { listenForReplayFiles, openReplayFilesPicker } from '../../ui/multiFilePicker';
import { openPrintableDocument } from '../../ui/printableDocument';
import { markActiveScene } from '../markActiveScene';
import { sceneKeys } from '../sceneKeys';
import { publishTestHook, testHookEnabled } from '../testHook';
import { addText, colours, GAME_HEIGHT, GAME_WIDTH, textColours } from '../theme';
import { compareRows } from '../widgets/compare/compareRows';
import type { CompareRow } from '../widgets/compare/compareRows';
import type { CompareTable } from '../widgets/compare/compareTable';
import { addCompareTable, rowCapacity } from '../widgets/compare/compareTable';
import { addGainDotPlot, addGainLegend } from '../widgets/compare/gainDotPlot';
import { addRowDetail } from '../widgets/compare/rowDetail';
import { fitToWidth } from '../widgets/fitText';
import { addKeyHints } from '../widgets/keyHints';
import { addActionButton } from '../widgets/summit/actionButton';
import { addSummitBackdrop } from '../widgets/summitBackdrop';
import { TextPrompt } from '../widgets/textPrompt';

const LEFT = 56;
const RIGHT = GAME_WIDTH - LEFT;
const TABLE_AREA = { x: LEFT, y: 112, width: RIGHT - LEFT, bottom: 380 };
/** The chart and the panel beside it start under the table, and never lower than this. */
const CHART_TOP_LOWEST = 398;
const CHART_WIDTH = 700;
const DETAIL_LEFT = 800;
const CONTENT_BOTTOM = 676;
// Captured keys do not reach the page: Tab must move between tables, not the browser's focus.
const CAPTURED_KEYS = 'TAB,UP,DOWN,LEFT,RIGHT,PAGE_UP,PAGE_DOWN';

/** The comparison of the files loaded; kept when the teacher leaves for the title and comes back. */
let loadedComparison: ParallelWorlds | null = null;
/** The names the teacher gave tables, by file name: they outlive a reload of the same files. */
const teacherNames = new Map<string, string>();
/** The row chosen, kept across a redraw (after a rename). */
let keptSelection = 0;

function shownComparison(): ParallelWorlds | null {
  return loadedComparison && withTableNames(loadedComparison, teacherNames);
}

export class CompareScene extends Phaser.Scene {
  private rows: CompareRow[] = [];
  private selected = 0;
  private loading = false;
  private status: Phaser.GameObjects.Text | null = null;
  private selectRow: (index: number) => void = () => undefined;
  private prompt!: TextPrompt;

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
    this.prompt = new TextPrompt(this);

    const worlds = shownComparison();
    this.addHeader(worlds);
    if (worlds) this.showComparison(worlds);
    else this.showEmpty();
    this.status = addText(this, RIGHT, 84, '', 'label', { colour: textColours.gold }).setOrigin(1, 0);

    // The keys that move between rows, rename and print only once there are rows.
    const tables = worlds?.tables.length ?? 0;
    addKeyHints(this, LEFT, GAME_HEIGHT - 22, [
      { keys: ['L'], action: 'load replays' },
      ...(this.rows.length > 1 ? [{ keys: ['↑', '↓'], action: 'table' }] : []),
      ...(this.rows.length > this.pageSize() ? [{ keys: ['PgUp', 'PgDn'], action: 'page' }] : []),
      ...(tables > 0
        ? [
            { keys: ['R'], action: 'rename' },
            { keys: ['P'], action: 'print' },
          ]
        : []),
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
      'A whole class, up to 30 tables: how each ended, what it signed, and what each signatory gained. R renames a table, P prints.',
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

  private pageSize(): number {
    return rowCapacity(TABLE_AREA);
  }

  private showComparison(worlds: ParallelWorlds) {
    // Every row, paged: a class of 30 tables is three pages of ten, each row as tall and legible as with one page.
    this.rows = compareRows(worlds, Number.MAX_SAFE_INTEGER);
    const pageSize = this.pageSize();
    const pages = Math.max(1, Math.ceil(this.rows.length / pageSize));
    const pageText = addText(this, RIGHT, 88, '', 'label').setOrigin(1, 0);
    const shown: { page: number; table: CompareTable | null; layer: Phaser.GameObjects.Container | null } = {
      page: -1,
      table: null,
      layer: null,
    };
    const showPage = (page: number) => {
      if (page === shown.page) return;
      shown.page = page;
      shown.layer?.destroy(true);
      const first = page * pageSize;
      const before = new Set(this.children.list);
      shown.table = addCompareTable(this, TABLE_AREA, this.rows.slice(first, first + pageSize), (local) =>
        this.selectRow(first + local),
      );
      shown.layer = this.add.container(
        0,
        0,
        this.children.list.filter((object) => !before.has(object)),
      );
      if (pages > 1)
        pageText.setText(
          `Rows ${first + 1}–${Math.min(this.rows.length, first + pageSize)} of ${this.rows.length}  ·  page ${page + 1} of ${pages}`,
        );
    };
    showPage(0);
    const chartTop = Math.min(CHART_TOP_LOWEST, (shown.table?.bottom ?? 0) + 30);
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
      keptSelection = this.selected;
      const row = this.rows[this.selected] ?? null;
      showPage(Math.floor(this.selected / pageSize));
      shown.table?.setSelected(this.selected % pageSize);
      selectChart(row?.kind === 'table' ? row.index : null);
      detail.show(row);
    };
    this.selectRow(Math.min(keptSelection, this.rows.length - 1));
  }

  /** R: the teacher's own name for the chosen table (empty gives back the name from its file). */
  private renameSelected() {
    const row = this.rows[this.selected];
    if (row?.kind !== 'table') return;
    const { fileName, name } = row.table;
    this.prompt.open({
      eyebrow: `TABLE ${row.index + 1}  ·  ${fileName}`,
      question: 'Name this table',
      detail: 'The name shows here and on the printed comparison. Leave it empty to go back to the name from its file.',
      initial: name,
      maxLength: MAX_TABLE_NAME,
      submit: (typed) => {
        const cleaned = cleanTableName(typed);
        if (cleaned) teacherNames.set(fileName, cleaned);
        else teacherNames.delete(fileName);
        // Redrawn once the prompt has closed.
        this.time.delayedCall(0, () => this.scene.restart());
        return null;
      },
    });
  }

  private printComparison() {
    const worlds = shownComparison();
    if (!worlds || worlds.tables.length === 0) return;
    openPrintableDocument(compareReportDocument(worlds), `Parallel worlds: ${worlds.scenario?.title ?? ''}`);
  }

  private bindKeys() {
    const keyboard = this.input.keyboard;
    if (!keyboard) return;
    keyboard.addCapture(CAPTURED_KEYS);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => keyboard.removeCapture(CAPTURED_KEYS));
    keyboard.on('keydown', (event: KeyboardEvent) => {
      if (this.prompt.isOpen) {
        this.prompt.handleKey(event);
        return;
      }
      switch (event.key) {
        case 'l':
        case 'L':
          openReplayFilesPicker();
          break;
        case 'r':
        case 'R':
          this.renameSelected();
          break;
        case 'p':
        case 'P':
          this.printComparison();
          break;
        case 'PageDown':
          this.selectRow(
            Math.min(this.rows.length - 1, (Math.floor(this.selected / this.pageSize()) + 1) * this.pageSize()),
          );
          break;
        case 'PageUp':
          this.selectRow(Math.max(0, (Math.floor(this.selected / this.pageSize()) - 1) * this.pageSize()));
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
      loadedComparison = compareParallelWorlds(files, catalogueScenarios);
      keptSelection = 0;
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
        tables: loadedComparison?.tables.length ?? 0,
        rejected: loadedComparison?.rejected.map((entry) => entry.reason) ?? [],
      },
    });
  }
}
