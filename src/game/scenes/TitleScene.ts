// The first screen: the game's name, the summit table, and the scenarios this build ships with. Arrow keys or
// Tab choose a scenario, Enter opens its briefing, Escape closes it, N (or Enter in the briefing, or the New game
// button) opens Setup for it (titleControls.ts); the mouse does the same by hover and click.
import Phaser from 'phaser';
import { scenarioCatalogue, selectedEntry } from '../../store';
import type { ScenarioCatalogueState } from '../../store';
import { markActiveScene } from '../markActiveScene';
import { sceneKeys } from '../sceneKeys';
import { publishTestHook } from '../testHook';
import { bindTitleControls } from './titleControls';
import { addText, colours, GAME_HEIGHT } from '../theme';
import { BriefingPanel } from '../widgets/briefingPanel';
import { addKeyHints } from '../widgets/keyHints';
import { addActionButton } from '../widgets/summit/actionButton';
import { RoundTable } from '../widgets/roundTable';
import { ScenarioList } from '../widgets/scenarioList';
import { addSummitBackdrop } from '../widgets/summitBackdrop';

const COLUMN_LEFT = 88;
const INTRO_MS = 900;

export class TitleScene extends Phaser.Scene {
  private introDone = false;

  constructor() {
    super(sceneKeys.title);
  }

  create(): void {
    markActiveScene(this);
    this.introDone = false;
    addSummitBackdrop(this);

    const table = new RoundTable(this, 968, 368);
    const heading = this.addHeading();
    const list = new ScenarioList(
      this,
      { x: COLUMN_LEFT, y: 290, visibleCards: 3 },
      {
        onHover: (index) => scenarioCatalogue.getState().select(index),
        onActivate: (index) => {
          scenarioCatalogue.getState().select(index);
          scenarioCatalogue.getState().openSelected();
        },
      },
    );
    const hints = addKeyHints(this, COLUMN_LEFT, GAME_HEIGHT - 38, [
      { keys: ['↑', '↓', 'Tab'], action: 'choose' },
      { keys: ['Enter'], action: 'open the briefing' },
    ]);
    const newGame = addActionButton(this, COLUMN_LEFT + hints.width + 28, GAME_HEIGHT - 59, {
      label: 'New game',
      shortcut: 'N',
      enabled: true,
      tone: 'primary',
    });
    newGame.zone.setInteractive({ useHandCursor: true });
    newGame.zone.on(Phaser.Input.Events.POINTER_UP, () => this.openSetup());
    hints.row.add(newGame.container.setPosition(hints.width + 28, -21));
    const disclaimer = addText(this, 1232, GAME_HEIGHT - 38, 'A teaching simulation, not a forecast', 'caption');
    disclaimer.setOrigin(1, 0.5);
    const briefing = new BriefingPanel(this, {
      onClose: () => scenarioCatalogue.getState().backToList(),
      onShowPage: (page) => scenarioCatalogue.getState().showBriefingPage(page),
    });

    const render = (state: ScenarioCatalogueState) => {
      const entry = selectedEntry(state);
      list.show(state.entries, state.selectedIndex);
      // With nothing to choose, the keys would do nothing: no hints for them.
      hints.row.setVisible(state.entries.length > 0);
      table.showParties(entry?.status === 'valid' ? entry.scenario.parties : null);
      if (state.view === 'briefing' && entry) briefing.show(entry, state.briefingPage);
      else briefing.close();
      publishTestHook(this, scenarioCatalogue, this.introDone);
    };
    render(scenarioCatalogue.getState());
    const unsubscribe = scenarioCatalogue.subscribe(render);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, unsubscribe);

    bindTitleControls(this, briefing, () => this.openSetup());
    this.playIntro([heading, hints.row, disclaimer]);
  }

  /** A new game of the selected scenario, when it loaded; a broken file's card cannot be played. */
  private openSetup() {
    const catalogue = scenarioCatalogue.getState();
    if (selectedEntry(catalogue)?.status !== 'valid') return;
    catalogue.backToList();
    this.scene.start(sceneKeys.setup);
  }

  private addHeading(): Phaser.GameObjects.Container {
    const eyebrow = addText(this, 0, 0, 'A TURN-BASED GAME OF DIPLOMACY', 'eyebrow');
    const title = addText(this, -3, 24, 'Ceasefire Summit', 'title').setShadow(0, 3, '#000000', 12, false, true);
    const rule = this.add.graphics();
    rule.fillStyle(colours.gold, 1).fillRect(0, 120, 96, 3);
    rule.fillStyle(colours.gold, 0.35).fillRect(104, 121, 24, 1);
    const lead = addText(
      this,
      0,
      140,
      'Negotiate a ceasefire for Ukraine that holds, without crossing the red lines of the people you need.',
      'lead',
      { wrapWidth: 590, lineSpacing: 6 },
    );
    return this.add.container(COLUMN_LEFT, 56, [eyebrow, title, rule, lead]);
  }

  /** A short rise-and-fade for the words; the test hook reports ready once the screen has settled. */
  private playIntro(targets: Phaser.GameObjects.GameObject[]) {
    targets.forEach((target, index) => {
      const object = target as Phaser.GameObjects.Container;
      const restY = object.y;
      object.setAlpha(0).setY(restY + 12);
      this.tweens.add({
        targets: object,
        alpha: 1,
        y: restY,
        duration: 700,
        delay: 120 * index,
        ease: 'Cubic.easeOut',
      });
    });
    this.time.delayedCall(INTRO_MS, () => {
      this.introDone = true;
      publishTestHook(this, scenarioCatalogue, true);
    });
  }
}
