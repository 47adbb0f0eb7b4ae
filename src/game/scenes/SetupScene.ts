// Setup: the scenario (the one chosen on the title, or a file the player opens), your seat, human or AI for every
// other seat, and the seed. Start hands these to the session store, which creates the game; then the Summit opens.
import Phaser from 'phaser';
import { rememberedClassSeed } from '../../ui/classSeedMemory';
import { briefsForSetup, scenarioCatalogue, selectedEntry, session } from '../../store';
import { openPrintableDocument } from '../../ui/printableDocument';
import { roleBriefsDocument } from '../../ui/roleBriefPage';
import type { CatalogueEntry, ScenarioFile } from '../../store';
import { listenForScenarioFiles, openScenarioFilePicker } from '../../ui/scenarioFilePicker';
import { markActiveScene } from '../markActiveScene';
import { sceneKeys } from '../sceneKeys';
import { publishTestHook } from '../testHook';
import { addText, GAME_HEIGHT, textColours } from '../theme';
import { clampLines } from '../widgets/fitText';
import { addKeyHints } from '../widgets/keyHints';
import { renderSeatDetail } from '../widgets/setup/seatDetail';
import { renderSeatRows } from '../widgets/setup/seatRows';
import { renderSetupHeading } from '../widgets/setup/setupHeading';
import { renderSetupControls } from '../widgets/setup/setupControls';
import {
  defaultSeat,
  defaultSeats,
  MAX_SEED_LENGTH,
  playableParties,
  randomSeed,
  SEED_CHARACTER,
} from '../widgets/setup/setupChoices';
import { FocusRing } from '../widgets/summit/focusRing';
import type { Focusable } from '../widgets/summit/focusRing';
import { addSummitBackdrop } from '../widgets/summitBackdrop';

type ValidEntry = Extract<CatalogueEntry, { status: 'valid' }>;

const LEFT = 88;
const SEATS_TOP = 196;
const SEATS_WIDTH = 620;
const RIGHT = 744;
const RIGHT_WIDTH = 448;

export class SetupScene extends Phaser.Scene {
  private entry: ValidEntry | null = null;
  private yourSeat = '';
  private seats: Record<string, 'human' | 'ai'> = {};
  private seed = '';
  private fileProblem: string | null = null;
  private layer!: Phaser.GameObjects.Container;
  private ring!: FocusRing;

  constructor() {
    super(sceneKeys.setup);
  }

  create(): void {
    markActiveScene(this);
    addSummitBackdrop(this);
    this.layer = this.add.container(0, 0);
    this.ring = new FocusRing(this);
    this.fileProblem = null;
    // The class seed the teacher set in the classroom kit, when this browser has one: briefs printed here and the
    // kit's links then describe the same world.
    this.seed = rememberedClassSeed() ?? randomSeed();
    this.useEntry(firstValidEntry());
    addKeyHints(this, LEFT, GAME_HEIGHT - 34, [
      { keys: ['Tab', '↑', '↓'], action: 'move' },
      { keys: ['←', '→'], action: 'human / AI' },
      { keys: ['Enter'], action: 'choose' },
      { keys: ['Esc'], action: 'back to the title' },
    ]);
    listenForScenarioFiles((file) => this.openFile(file));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => listenForScenarioFiles(null));
    this.bindKeys();
    this.render();
    this.ring.focus('start');
  }

  private useEntry(entry: ValidEntry | null) {
    this.entry = entry;
    if (!entry) return;
    this.yourSeat = defaultSeat(entry.scenario);
    this.seats = defaultSeats(entry.scenario, this.yourSeat);
  }

  /** A picked file joins the catalogue; a good one becomes the scenario, a broken one shows its first error. */
  private openFile(file: ScenarioFile) {
    const catalogue = scenarioCatalogue.getState();
    catalogue.addScenarioFile(file);
    const entries = scenarioCatalogue.getState().entries;
    const index = entries.findIndex((candidate) => candidate.fileName === file.fileName);
    const entry = entries[index];
    if (entry?.status === 'valid') {
      scenarioCatalogue.getState().select(index);
      this.fileProblem = null;
      this.useEntry(entry);
    } else {
      this.fileProblem = entry?.problems[0] ?? `${file.fileName}: could not be read`;
    }
    this.render();
  }

  private takeSeat(partyId: string) {
    if (!this.entry) return;
    // The seat you leave goes back to the AI; other seats a human was given stay human (hot seat).
    this.seats = { ...this.seats, [this.yourSeat]: 'ai', [partyId]: 'human' };
    this.yourSeat = partyId;
    this.render();
  }

  private toggleSeat(partyId: string) {
    if (partyId === this.yourSeat) return;
    this.seats = { ...this.seats, [partyId]: this.seats[partyId] === 'human' ? 'ai' : 'human' };
    this.render();
  }

  /** Opened inside the key or click handler: a pop-up blocker lets the print window through only then. */
  private printBriefs() {
    if (!this.entry || this.seed === '') return;
    const briefs = briefsForSetup(this.entry.scenario, this.seed, this.seats);
    openPrintableDocument(roleBriefsDocument(briefs), `${this.entry.scenario.title}: role briefs`);
  }

  private startSummit() {
    if (!this.entry || this.seed === '') return;
    session.getState().start({
      scenario: this.entry.scenario,
      fileName: this.entry.fileName,
      seed: this.seed,
      seats: this.seats,
    });
    this.scene.start(sceneKeys.summit);
  }

  private render() {
    this.layer.removeAll(true);
    const items: Focusable[] = [];
    const entry = this.entry;
    renderSetupHeading(this, this.layer, LEFT, entry?.scenario ?? null);
    if (entry) {
      const parties = playableParties(entry.scenario);
      const rowHeight = Math.min(58, Math.floor((GAME_HEIGHT - 80 - SEATS_TOP) / Math.max(1, parties.length)));
      const eyebrow = addText(this, LEFT, SEATS_TOP - 30, 'CHOOSE YOUR SEAT', 'eyebrow');
      this.layer.add(eyebrow);
      items.push(
        ...renderSeatRows(
          this,
          this.layer,
          this.ring,
          { x: LEFT, y: SEATS_TOP, width: SEATS_WIDTH, rowHeight },
          {
            parties,
            yourSeat: this.yourSeat,
            seats: this.seats,
            onTakeSeat: (id) => this.takeSeat(id),
            onToggleSeat: (id) => this.toggleSeat(id),
          },
        ),
      );
      const focusedSeat = this.ring.focused?.id.startsWith('seat:') ? this.ring.focused.id.slice(5) : this.yourSeat;
      const shown = entry.scenario.parties.find((party) => party.id === focusedSeat);
      if (shown) {
        renderSeatDetail(
          this,
          this.layer,
          { x: RIGHT, y: SEATS_TOP - 30, width: RIGHT_WIDTH, height: 204 },
          shown,
          shown.id === this.yourSeat,
        );
      }
    }
    items.push(
      ...renderSetupControls(
        this,
        this.layer,
        this.ring,
        { x: RIGHT, y: SEATS_TOP + 196, width: RIGHT_WIDTH },
        {
          seed: this.seed,
          seedEditable: true,
          canStart: entry !== null && this.seed !== '',
          onNewSeed: () => {
            this.seed = randomSeed();
            this.render();
          },
          onOpenFile: () => openScenarioFilePicker(),
          onPrintBriefs: () => this.printBriefs(),
          onStart: () => this.startSummit(),
          onBack: () => this.scene.start(sceneKeys.title),
        },
      ),
    );
    if (this.fileProblem) {
      const problem = clampLines(
        addText(this, RIGHT, SEATS_TOP + 196 + 142, `Cannot open the file: ${this.fileProblem}`, 'label', {
          colour: textColours.danger,
          wrapWidth: RIGHT_WIDTH,
        }),
        3,
      );
      this.layer.add(problem);
    }
    this.ring.setItems(items);
    publishTestHook(this, scenarioCatalogue, true, this.snapshot());
  }

  private snapshot() {
    if (!this.entry) return null;
    return {
      scenarioId: this.entry.scenario.id,
      fileName: this.entry.fileName,
      seat: this.yourSeat,
      seats: { ...this.seats },
      seed: this.seed,
      fileProblem: this.fileProblem,
    };
  }

  private bindKeys() {
    const keyboard = this.input.keyboard;
    if (!keyboard) return;
    const captured = 'TAB,UP,DOWN,LEFT,RIGHT,SPACE,ENTER,BACKSPACE';
    keyboard.addCapture(captured);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => keyboard.removeCapture(captured));
    keyboard.on('keydown', (event: KeyboardEvent) => {
      if (this.ring.focused?.id === 'seed' && this.editSeed(event)) return;
      if (event.key === 'Escape') {
        this.scene.start(sceneKeys.title);
        return;
      }
      const before = this.ring.focused?.id;
      if (this.ring.handleKey(event) && before !== this.ring.focused?.id) this.render();
    });
  }

  /** While the seed field has focus, typing edits it (Backspace deletes); returns whether the key was used. */
  private editSeed(event: KeyboardEvent): boolean {
    if (event.key === 'Backspace') {
      this.seed = this.seed.slice(0, -1);
    } else if (SEED_CHARACTER.test(event.key) && !event.ctrlKey && !event.metaKey) {
      if (this.seed.length >= MAX_SEED_LENGTH) return true;
      this.seed += event.key;
    } else return false;
    this.render();
    return true;
  }
}

function firstValidEntry(): ValidEntry | null {
  const state = scenarioCatalogue.getState();
  const selected = selectedEntry(state);
  if (selected?.status === 'valid') return selected;
  return state.entries.find((entry): entry is ValidEntry => entry.status === 'valid') ?? null;
}
