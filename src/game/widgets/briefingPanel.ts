// The briefing for one scenario, over the title screen, in two pages: an overview (summary, parties, issues,
// sources) and the opening text. For a file that failed to load, the same panel lists its problems instead.
import Phaser from 'phaser';
import type { BriefingPage, CatalogueEntry, Scenario } from '../../store';
import { countOf, formatScenarioDate } from '../format';
import { depths, MODAL_NAME } from '../layers';
import { addText, colours, GAME_HEIGHT, GAME_WIDTH, textColours } from '../theme';
import { OpeningText } from './briefingOpening';
import { fillOverview } from './briefingOverview';
import { CONTENT_LEFT, CONTENT_RIGHT, CONTENT_WIDTH, PANEL } from './briefingLayout';
import { fitToWidth } from './fitText';
import { addKeycap } from './keyHints';
import { addPageTabs } from './pageTabs';
import type { PageTabs } from './pageTabs';
import { fillProblems } from './problemList';

export interface BriefingPanelCallbacks {
  onClose: () => void;
  onShowPage: (page: BriefingPage) => void;
}

export class BriefingPanel {
  private readonly root: Phaser.GameObjects.Container;
  private readonly heading: Phaser.GameObjects.Container;
  private readonly pages: Record<BriefingPage | 'problems', Phaser.GameObjects.Container>;
  private readonly tabs: PageTabs<BriefingPage>;
  private readonly tabHint: Phaser.GameObjects.Container;
  private readonly opening: OpeningText;
  private shownEntry: CatalogueEntry | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    callbacks: BriefingPanelCallbacks,
  ) {
    // The dimmed screen behind the panel takes clicks, so the cards underneath cannot be hovered or opened.
    const panelArea = new Phaser.Geom.Rectangle(PANEL.x, PANEL.y, PANEL.width, PANEL.height);
    const shade = scene.add.zone(0, 0, GAME_WIDTH, GAME_HEIGHT).setOrigin(0, 0).setInteractive();
    shade.on(Phaser.Input.Events.POINTER_UP, (pointer: Phaser.Input.Pointer) => {
      if (!panelArea.contains(pointer.x, pointer.y)) callbacks.onClose();
    });
    const dim = scene.add.graphics();
    dim.fillStyle(0x02060d, 0.72).fillRect(0, 0, GAME_WIDTH, GAME_HEIGHT);
    const frame = scene.add.graphics();
    frame.fillStyle(0x000000, 0.45).fillRoundedRect(PANEL.x + 4, PANEL.y + 8, PANEL.width, PANEL.height, 16);
    frame.fillStyle(colours.surface, 1).fillRoundedRect(PANEL.x, PANEL.y, PANEL.width, PANEL.height, 16);
    frame.lineStyle(1.5, colours.gold, 0.55).strokeRoundedRect(PANEL.x, PANEL.y, PANEL.width, PANEL.height, 16);

    this.heading = scene.add.container(0, 0);
    this.pages = {
      overview: scene.add.container(0, 0),
      opening: scene.add.container(0, 0),
      problems: scene.add.container(0, 0),
    };
    this.opening = new OpeningText(scene, this.pages.opening);
    this.tabs = addPageTabs<BriefingPage>(
      scene,
      CONTENT_RIGHT,
      PANEL.y + 117,
      [
        { page: 'overview', label: 'Overview' },
        { page: 'opening', label: 'Opening briefing' },
      ],
      callbacks.onShowPage,
    );
    const tabKey = addKeycap(scene, 0, PANEL.y + 117, 'Tab');
    this.tabHint = scene.add.container(this.tabs.left - tabKey.width - 18, 0, tabKey.objects);

    // Above everything the title screen adds later (cards are rebuilt when the catalogue changes).
    this.root = scene.add
      .container(0, 0, [
        dim,
        shade,
        frame,
        this.heading,
        ...Object.values(this.pages),
        this.tabs.container,
        this.tabHint,
        this.createBackButton(callbacks.onClose),
      ])
      .setDepth(depths.modal)
      .setName(MODAL_NAME)
      .setVisible(false);
  }

  show(entry: CatalogueEntry, page: BriefingPage): void {
    if (entry !== this.shownEntry) this.fill(entry);
    const valid = entry.status === 'valid';
    this.pages.overview.setVisible(valid && page === 'overview');
    this.pages.opening.setVisible(valid && page === 'opening');
    this.pages.problems.setVisible(!valid);
    this.tabs.container.setVisible(valid);
    this.tabHint.setVisible(valid);
    this.tabs.setActive(page);
    if (this.root.visible) return;
    this.root.setVisible(true).setAlpha(0).setY(14);
    this.scene.tweens.add({ targets: this.root, alpha: 1, y: 0, duration: 220, ease: 'Quad.easeOut' });
  }

  close(): void {
    this.root.setVisible(false);
  }

  /** Scrolls the opening text when it is the page on show: by lines, or by pages when `byPage`. */
  scrollOpening(direction: 1 | -1, byPage = false): void {
    if (!this.root.visible || !this.pages.opening.visible) return;
    this.opening.scroll(direction * (byPage ? this.opening.pageSize : 3));
  }

  private fill(entry: CatalogueEntry) {
    this.shownEntry = entry;
    this.heading.removeAll(true);
    this.pages.overview.removeAll(true);
    this.pages.problems.removeAll(true);
    if (entry.status === 'valid') {
      this.fillHeading(entry.scenario);
      fillOverview(this.scene, this.pages.overview, entry.scenario);
      this.opening.show(entry.scenario);
    } else {
      fillProblems(this.scene, this.pages.problems, entry);
    }
  }

  private fillHeading(scenario: Scenario) {
    const { scene } = this;
    this.heading.add(addText(scene, CONTENT_LEFT, PANEL.y + 32, 'BRIEFING', 'eyebrow'));
    this.heading.add(
      fitToWidth(addText(scene, CONTENT_LEFT, PANEL.y + 56, scenario.title, 'panelTitle'), CONTENT_WIDTH - 260),
    );
    const facts = [
      formatScenarioDate(scenario.date),
      countOf(scenario.parties.length, 'party', 'parties'),
      countOf(scenario.issues.length, 'issue', 'issues'),
      countOf(scenario.sources.length, 'source', 'sources'),
    ].join('  ·  ');
    const factsWidth = this.tabs.left - CONTENT_LEFT - 90;
    this.heading.add(
      fitToWidth(addText(scene, CONTENT_LEFT, PANEL.y + 108, facts, 'label', { colour: textColours.gold }), factsWidth),
    );
  }

  private createBackButton(onClose: () => void) {
    const label = addText(this.scene, CONTENT_RIGHT, PANEL.y + 42, 'Back to scenarios', 'label', {
      colour: textColours.cream,
    }).setOrigin(1, 0.5);
    const keycap = addKeycap(this.scene, CONTENT_RIGHT - label.width - 10 - 40, PANEL.y + 42, 'Esc');
    const left = CONTENT_RIGHT - label.width - 50;
    const hitArea = this.scene.add
      .zone(left - 8, PANEL.y + 22, CONTENT_RIGHT - left + 16, 40)
      .setOrigin(0, 0)
      .setInteractive({ useHandCursor: true });
    hitArea.on(Phaser.Input.Events.POINTER_UP, onClose);
    return this.scene.add.container(0, 0, [...keycap.objects, label, hitArea]);
  }
}
