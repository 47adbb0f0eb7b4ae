// The first screen: the game's name, the summit table, and the scenarios this build ships with. Arrow keys or
// Tab choose a scenario, Enter opens its briefing, Escape closes it, N (or Enter in the briefing, or the New game
// button) opens Setup for it (titleControls.ts); the mouse does the same by hover and click. The title's other ways
// on: Continue (C) the game the autosave kept (a finished one opens its debrief), Last games (G) the browser kept,
// Load a replay (L) into the replay viewer, Compare tables (K), and the Classroom kit (T) a teacher prints. Opened by
// a start link for another game than the one in progress, it first asks which to keep (KeepGameDialog).
import Phaser from 'phaser';
import {
  catalogueScenarios,
  describeLinkChoice,
  lastGameFileName,
  lastGameScenarios,
  readLastGames,
  scenarioCatalogue,
  selectedEntry,
  serializeReplay,
  session,
} from '../../store';
import type { LastGame, ScenarioCatalogueState, SessionSetup } from '../../store';
import { downloadText } from '../../ui/download';
import { openClassroomKitDialog } from '../../ui/classroomKitDialog';
import { listenForReplayFiles, openReplayFilePicker } from '../../ui/replayFilePicker';
import type { PickedReplayFile } from '../../ui/replayFilePicker';
import { browserStorage, continueTarget } from '../autosaveBoot';
import { markActiveScene } from '../markActiveScene';
import { sceneKeys } from '../sceneKeys';
import { publishTestHook } from '../testHook';
import { bindTitleControls } from './titleControls';
import type { ReplaySceneData } from './ReplayScene';
import { addText, colours, GAME_HEIGHT, textColours } from '../theme';
import { BriefingPanel } from '../widgets/briefingPanel';
import { clampLines } from '../widgets/fitText';
import { addKeyHints } from '../widgets/keyHints';
import { openReplayText } from '../widgets/replay/openReplay';
import { addActionButton } from '../widgets/summit/actionButton';
import type { ActionButton } from '../widgets/summit/actionButton';
import { RoundTable } from '../widgets/roundTable';
import { ScenarioList } from '../widgets/scenarioList';
import { addSummitBackdrop } from '../widgets/summitBackdrop';
import { randomSeed } from '../widgets/setup/setupChoices';
import { KeepGameDialog } from '../widgets/title/keepGameDialog';
import { LastGamesPanel } from '../widgets/title/lastGamesPanel';

export interface TitleSceneData {
  /** A start link for another game than the one in progress: the title asks which to keep before anything else. */
  startLink?: SessionSetup;
}

const COLUMN_LEFT = 88;
const COLUMN_RIGHT = 1232;
const INTRO_MS = 900;
const BUTTON_GAP = 12;
/** The bottom row of buttons: the game's own on the left, the teacher's and the files' on the right. */
const BUTTON_ROW_Y = GAME_HEIGHT - 59;
/** The key hints sit on the scenario list's heading line, right-aligned to the cards. */
const HINTS_Y = 299;
const LIST_RIGHT = 628;
/** Where a replay file that cannot be opened says why: just above the bottom row, clear of the table's caption. */
const PROBLEM_BOTTOM = GAME_HEIGHT - 66;
const PROBLEM_WIDTH = 700;

export class TitleScene extends Phaser.Scene {
  private introDone = false;
  private replayProblem: string | null = null;
  private problemLayer!: Phaser.GameObjects.Container;
  private lastGames!: LastGamesPanel;
  private keepGame!: KeepGameDialog;

  constructor() {
    super(sceneKeys.title);
  }

  create(data: TitleSceneData = {}): void {
    markActiveScene(this);
    this.introDone = false;
    this.replayProblem = null;
    addSummitBackdrop(this);
    const continueScene = continueTarget();
    this.lastGames = new LastGamesPanel(this, {
      open: (game) => this.openLastGame(game),
      download: (game) => downloadText(lastGameFileName(game), 'application/json', serializeReplay(game.replay)),
      changed: () => this.publish(),
    });
    this.keepGame = new KeepGameDialog(this);

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
    const hints = addKeyHints(this, 0, HINTS_Y, [
      { keys: ['↑', '↓', 'Tab'], action: 'choose' },
      { keys: ['Enter'], action: 'briefing' },
    ]);
    hints.row.setX(LIST_RIGHT - hints.width);
    const own = this.addOwnButtons(continueScene !== null);
    const more = this.addMoreButtons();
    const disclaimer = addText(this, COLUMN_RIGHT, 64, 'A teaching simulation, not a forecast', 'caption');
    disclaimer.setOrigin(1, 0.5);
    this.problemLayer = this.add.container(0, 0);
    // Made when first opened: most visits to the title never open a briefing, and the first screen is sooner.
    let briefing: BriefingPanel | null = null;
    const briefingPanel = () =>
      (briefing ??= new BriefingPanel(this, {
        onClose: () => scenarioCatalogue.getState().backToList(),
        onShowPage: (page) => scenarioCatalogue.getState().showBriefingPage(page),
      }));

    const render = (state: ScenarioCatalogueState) => {
      const entry = selectedEntry(state);
      list.show(state.entries, state.selectedIndex);
      // With nothing to choose, the keys would do nothing: no hints for them.
      hints.row.setVisible(state.entries.length > 0);
      table.showParties(entry?.status === 'valid' ? entry.scenario.parties : null);
      if (state.view === 'briefing' && entry) briefingPanel().show(entry, state.briefingPage);
      else briefing?.close();
      this.publish();
    };
    render(scenarioCatalogue.getState());
    const unsubscribe = scenarioCatalogue.subscribe(render);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, unsubscribe);

    listenForReplayFiles((file) => this.openReplayFile(file));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => listenForReplayFiles(null));
    bindTitleControls(this, () => briefing, {
      newGame: () => this.openSetup(),
      continueGame: () => this.continueGame(),
      lastGames: () => this.openLastGames(),
      loadReplay: () => openReplayFilePicker(),
      compareTables: () => this.compareTables(),
      classroomKit: () => this.openClassroomKit(),
      overlay: () => (this.keepGame.isOpen ? this.keepGame : this.lastGames.isOpen ? this.lastGames : null),
    });
    this.playIntro([heading, hints.row, own, more, disclaimer]);
    if (data.startLink) this.askAboutLink(data.startLink);
  }

  /** Continue (with a game to go back to, the gold button), New game and Last games, left-aligned on the bottom row. */
  private addOwnButtons(canContinue: boolean): Phaser.GameObjects.Container {
    const buttons = [
      ...(canContinue ? [this.addButton('Continue', 'C', 'primary', () => this.continueGame())] : []),
      this.addButton('New game', 'N', canContinue ? 'normal' : 'primary', () => this.openSetup()),
      this.addButton('Last games', 'G', 'normal', () => this.openLastGames()),
    ];
    return this.addButtonRow(COLUMN_LEFT, buttons);
  }

  private addButton(label: string, shortcut: string, tone: 'primary' | 'normal', onClick: () => void): ActionButton {
    const button = addActionButton(this, 0, 0, { label, shortcut, enabled: true, tone });
    button.zone.setInteractive({ useHandCursor: true });
    button.zone.on(Phaser.Input.Events.POINTER_UP, onClick);
    return button;
  }

  /** Load a replay, Compare tables and the Classroom kit, right-aligned on the bottom row. */
  private addMoreButtons(): Phaser.GameObjects.Container {
    const buttons = [
      this.addButton('Load a replay', 'L', 'normal', () => openReplayFilePicker()),
      this.addButton('Compare tables', 'K', 'normal', () => this.compareTables()),
      this.addButton('Classroom', 'T', 'normal', () => this.openClassroomKit()),
    ];
    const width = buttons.reduce((sum, button) => sum + button.bounds.width, 0) + BUTTON_GAP * (buttons.length - 1);
    return this.addButtonRow(COLUMN_RIGHT - width, buttons);
  }

  private addButtonRow(left: number, buttons: ActionButton[]): Phaser.GameObjects.Container {
    const row = this.add.container(left, BUTTON_ROW_Y);
    let x = 0;
    for (const button of buttons) {
      row.add(button.container.setPosition(x, 0));
      x += button.bounds.width + BUTTON_GAP;
    }
    return row;
  }

  /** The games this browser kept; the list opens even when empty, to say that games will be kept there. */
  private openLastGames() {
    const storage = browserStorage();
    scenarioCatalogue.getState().backToList();
    this.lastGames.open(storage ? readLastGames(storage) : []);
  }

  private openLastGame(game: LastGame) {
    const scenarios = lastGameScenarios(game, catalogueScenarios);
    const result = openReplayText(serializeReplay(game.replay), lastGameFileName(game), scenarios);
    if (result.ok) {
      this.lastGames.close();
      const data: ReplaySceneData = { opened: result.opened, step: 0 };
      this.scene.start(sceneKeys.replay, data);
      return;
    }
    this.lastGames.close();
    this.replayProblem = result.problem;
    this.showReplayProblem();
    this.publish();
  }

  /** A start link for another game: keep the one in progress (the default), or start the link's. */
  private askAboutLink(setup: SessionSetup) {
    const words = describeLinkChoice(session.getState(), setup);
    this.keepGame.open({
      ...words,
      keep: () => this.continueGame(),
      startNew: () => {
        session.getState().start(setup);
        this.scene.start(sceneKeys.summit);
      },
    });
  }

  /** The saved game, where it stood: the Summit, or the ending it had reached. */
  private continueGame() {
    const target = continueTarget();
    if (!target) return;
    scenarioCatalogue.getState().backToList();
    this.scene.start(target);
  }

  /** The teacher's kit for the chosen scenario, on the class seed the teacher keeps (or a fresh one), to print. */
  private openClassroomKit() {
    const entry = selectedEntry(scenarioCatalogue.getState());
    if (entry?.status !== 'valid') return;
    openClassroomKitDialog(entry.scenario, randomSeed);
  }

  private compareTables() {
    // Another part of the game builds the Compare scene; until it is there, K does nothing.
    if (!this.scene.manager.keys[sceneKeys.compare]) return;
    scenarioCatalogue.getState().backToList();
    this.scene.start(sceneKeys.compare);
  }

  /** A picked replay file opens in the viewer; one that cannot be opened says why, in one line, above the buttons. */
  private openReplayFile(file: PickedReplayFile) {
    const result = openReplayText(file.text, file.fileName);
    if (result.ok) {
      scenarioCatalogue.getState().backToList();
      const data: ReplaySceneData = { opened: result.opened, step: 0 };
      this.scene.start(sceneKeys.replay, data);
      return;
    }
    this.replayProblem = result.problem;
    this.showReplayProblem();
    this.publish();
  }

  private showReplayProblem() {
    this.problemLayer.removeAll(true);
    if (this.replayProblem === null) return;
    const width = PROBLEM_WIDTH;
    const line = clampLines(
      addText(this, COLUMN_LEFT + 12, PROBLEM_BOTTOM - 6, `Cannot open the replay: ${this.replayProblem}`, 'label', {
        colour: textColours.danger,
        wrapWidth: width - 24,
        lineSpacing: 2,
      }),
      2,
    ).setOrigin(0, 1);
    const box = this.add.graphics();
    box.fillStyle(colours.dangerSurface, 0.92);
    box.fillRoundedRect(COLUMN_LEFT, PROBLEM_BOTTOM - line.height - 12, width, line.height + 12, 8);
    box.lineStyle(1, colours.danger, 0.9);
    box.strokeRoundedRect(COLUMN_LEFT, PROBLEM_BOTTOM - line.height - 12, width, line.height + 12, 8);
    this.problemLayer.add([box, line]);
  }

  private publish() {
    publishTestHook(this, scenarioCatalogue, this.introDone, null, { replayFileProblem: this.replayProblem });
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
      this.publish();
    });
  }
}
