// The Debrief: what the game reached and what was possible. Page one, "Results": each signatory's utility against
// its reservation value (with the Nash point), the text against the Nash point, durability. Page two, "How it
// went": what each red line did and the turning points. Every number comes from the store (src/store/debrief.ts).
// Tab or ← → switch pages (or click a tab); Enter or Escape return to the title screen, which still offers the game.
import Phaser from 'phaser';
import {
  buildDebrief,
  buildDebriefExport,
  debriefFileName,
  debriefJson,
  debriefPartiesCsv,
  debriefRoundsCsv,
  recordedGameOf,
  scenarioCatalogue,
  session,
  sessionReplayFile,
  sessionShareLink,
} from '../../store';
import type { Debrief } from '../../store';
import { markActiveScene } from '../markActiveScene';
import { publishTestHook } from '../testHook';
import { sceneKeys } from '../sceneKeys';
import { addText, GAME_HEIGHT, GAME_WIDTH } from '../theme';
import { addActionButton } from '../widgets/debrief/actionButton';
import { addDealVsNash } from '../widgets/debrief/dealVsNash';
import { addDurabilityPanel } from '../widgets/debrief/durabilityPanel';
import { addEndingHeader, HEADER_LEFT } from '../widgets/debrief/endingHeader';
import { showNoFinishedGame } from '../widgets/debrief/noFinishedGame';
import { addRedLineList } from '../widgets/debrief/redLineList';
import { addTurningPoints } from '../widgets/debrief/turningPointList';
import { addUtilityChart, addUtilityLegend } from '../widgets/debrief/utilityChart';
import { addKeyHints } from '../widgets/keyHints';
import { addPageTabs } from '../widgets/pageTabs';
import { addSummitBackdrop } from '../widgets/summitBackdrop';
import { addTakeAwayBar } from '../widgets/debrief/takeAwayBar';
import { debriefReportDocument } from '../../ui/debriefReportPage';
import { downloadText } from '../../ui/download';
import { openPrintableDocument } from '../../ui/printableDocument';
import { showNotice } from '../../ui/notice';

type Page = 'results' | 'story';
const PAGES: readonly { page: Page; label: string }[] = [
  { page: 'results', label: 'Results' },
  { page: 'story', label: 'How it went' },
];
const RIGHT = GAME_WIDTH - HEADER_LEFT;
const TAKE_AWAY_Y = GAME_HEIGHT - 84;
const BOTTOM = TAKE_AWAY_Y - 30;

const HEADLINES: Record<Debrief['outcomeKind'], string> = {
  ceasefire: 'A ceasefire was signed',
  'ratification-failed': 'Signed, but not ratified',
  collapse: 'The talks collapsed',
  deadline: 'The deadline passed',
};

export class DebriefScene extends Phaser.Scene {
  constructor() {
    super(sceneKeys.debrief);
  }

  create(): void {
    markActiveScene(this);
    // Texts are read by the hook when a test asks, so publishing first sees everything drawn after.
    publishTestHook(this, scenarioCatalogue, true);
    addSummitBackdrop(this);
    // The finished game stays in the session (and its save): the title offers it again with Continue until a new
    // game starts, and it is already in Last games.
    const leave = () => this.scene.start(sceneKeys.title);
    this.input.keyboard?.on('keydown-ENTER', leave);
    this.input.keyboard?.on('keydown-ESC', leave);
    const button = addActionButton(this, RIGHT, GAME_HEIGHT - 30, 'Back to the title', leave);
    const { compiled, initial, game } = session.getState();
    if (!compiled || !initial || !game?.outcome) {
      showNoFinishedGame(this);
      return;
    }
    const debrief = buildDebrief(compiled, initial, game);
    const headline =
      debrief.outcomeKind === 'ceasefire' && debrief.durability
        ? debrief.durability.held
          ? 'A ceasefire that held'
          : 'A ceasefire that broke down'
        : game.outcome.kind === 'deadline' && game.outcome.endedByFacilitator
          ? 'The facilitator ended the talks'
          : HEADLINES[debrief.outcomeKind];
    addEndingHeader(
      this,
      `DEBRIEF  ·  ${compiled.scenario.title.toUpperCase()}  ·  ${debrief.rounds} ${debrief.rounds === 1 ? 'ROUND' : 'ROUNDS'}`,
      headline,
    );

    const pages: Record<Page, Phaser.GameObjects.Container> = {
      results: this.buildPage(() => this.fillResults(debrief)),
      story: this.buildPage(() => this.fillStory(debrief)),
    };
    let current: Page = 'results';
    const show = (page: Page) => {
      current = page;
      for (const { page: key } of PAGES) pages[key].setVisible(key === page);
      tabs.setActive(page);
    };
    const tabs = addPageTabs(this, RIGHT, 70, PAGES, show);
    const flip = () => show(current === 'results' ? 'story' : 'results');
    this.input.keyboard?.on('keydown-TAB', (event: KeyboardEvent) => {
      event.preventDefault();
      flip();
    });
    this.input.keyboard?.on('keydown-LEFT', flip);
    this.input.keyboard?.on('keydown-RIGHT', flip);
    show('results');
    this.addTakeAway();

    addKeyHints(this, HEADER_LEFT, GAME_HEIGHT - 30, [
      { keys: ['Tab', '←', '→'], action: 'page' },
      { keys: ['Enter'], action: 'back to the title' },
    ]);
    addText(
      this,
      button.x - 20,
      GAME_HEIGHT - 30,
      'Utilities are the model’s, 0 to 1: a teaching measure, not a forecast',
      'caption',
    ).setOrigin(1, 0.5);
  }

  /** Report, data, replay and link: built when asked for, from the session as it stands. */
  private addTakeAway(): void {
    const exported = () => {
      const recorded = recordedGameOf(session.getState());
      return recorded ? buildDebriefExport(recorded) : null;
    };
    addTakeAwayBar(this, RIGHT, TAKE_AWAY_Y, [
      {
        key: 'P',
        label: 'Print report',
        // Opened inside the key or click handler: a pop-up blocker lets a window through only then.
        run: () => {
          const report = exported();
          if (report) openPrintableDocument(debriefReportDocument(report), report.headline);
        },
      },
      {
        key: 'J',
        label: 'JSON',
        run: () => {
          const report = exported();
          if (report)
            downloadText(debriefFileName(report, new Date(), 'debrief.json'), 'application/json', debriefJson(report));
        },
      },
      {
        key: 'V',
        label: 'CSV',
        run: () => {
          const report = exported();
          if (!report) return;
          const savedAt = new Date();
          downloadText(
            debriefFileName(report, savedAt, 'rounds.csv'),
            'text/csv;charset=utf-8',
            debriefRoundsCsv(report),
          );
          downloadText(
            debriefFileName(report, savedAt, 'parties.csv'),
            'text/csv;charset=utf-8',
            debriefPartiesCsv(report),
          );
        },
      },
      {
        key: 'S',
        label: 'Replay file',
        run: () => {
          // The browser's clock dates the file's name: the engine never reads a clock.
          const file = sessionReplayFile(session.getState(), new Date());
          if (file) downloadText(file.fileName, 'application/json', file.text);
        },
      },
      {
        key: 'L',
        label: 'Share link',
        run: () => {
          const link = sessionShareLink(session.getState(), window.location.href);
          if (!link) return;
          void navigator.clipboard?.writeText(link).catch(() => undefined);
          showNotice(`Share link (copied if the browser allowed it): ${link}`);
        },
      },
    ]);
  }

  /** Collects everything `fill` adds to the scene into one container, so a page shows and hides as a whole. */
  private buildPage(fill: () => void): Phaser.GameObjects.Container {
    const before = new Set(this.children.list);
    fill();
    const added = this.children.list.filter((object) => !before.has(object));
    return this.add.container(0, 0, added);
  }

  private fillResults(debrief: Debrief): void {
    const chartWidth = 640;
    addText(this, HEADER_LEFT, 124, 'WHAT EACH SIGNATORY GOT', 'eyebrow');
    const subject =
      debrief.deal.kind === 'signed' || debrief.deal.kind === 'not-ratified'
        ? 'the signed text'
        : debrief.deal.kind === 'last-draft'
          ? 'the last draft (never agreed: each party is left with its no-deal value)'
          : 'no text';
    addText(this, HEADER_LEFT, 146, `Utility of ${subject}`, 'label', { wrapWidth: chartWidth });
    const rowHeight = Math.min(58, Math.floor(330 / Math.max(1, debrief.standings.length)));
    const agreed = debrief.deal.kind === 'signed' || debrief.deal.kind === 'not-ratified';
    const after = addUtilityChart(this, HEADER_LEFT, 184, chartWidth, rowHeight, debrief.standings, agreed);
    addUtilityLegend(this, HEADER_LEFT, after + 12, agreed);
    addText(
      this,
      HEADER_LEFT,
      after + 40,
      'The no-deal value is what each party expected if the talks failed. The Nash point is the text that makes the product of every signatory’s gain over no deal as large as possible: a benchmark for a fair bargain, not the only good text.',
      'label',
      { wrapWidth: chartWidth, lineSpacing: 4 },
    );

    const rightX = 760;
    const rightWidth = RIGHT - rightX;
    const afterDeal = addDealVsNash(this, rightX, 124, rightWidth, 470, debrief.deal);
    const noDeal =
      debrief.outcomeKind === 'ratification-failed'
        ? 'The text never took effect: it failed at home before any month could test it.'
        : 'No ceasefire was signed, so there was nothing to hold.';
    addDurabilityPanel(this, rightX, Math.min(486, afterDeal + 24), rightWidth, debrief.durability, noDeal);
  }

  private fillStory(debrief: Debrief): void {
    addRedLineList(this, HEADER_LEFT, 124, 600, BOTTOM, debrief.redLines);
    addTurningPoints(this, 720, 124, RIGHT - 720, BOTTOM, debrief.turningPoints);
  }
}
