// The replay viewer: a recorded game (a replay file or a shared link) shown at any step — the round and phase, the
// table's parties with their support and trust, the text on the table with every answer and its reason, the round's
// news, and the action at that step with what it set off. Space plays or pauses, ← → step, the scrubber (or Home,
// End, Page Up, Page Down) jumps, S changes the speed, and B ("Branch here") starts a new live game from the step
// shown, with the seat the player chooses. Escape goes back to the title. The replay itself never changes: every
// step is the state the replay module walked to (src/replay/step.ts), and a branch is a new game in the session.
import Phaser from 'phaser';
import { resumeBranch, scenarioCatalogue, session, stateHash } from '../../store';
import { markActiveScene } from '../markActiveScene';
import { sceneKeys } from '../sceneKeys';
import { publishTestHook, testHookEnabled } from '../testHook';
import type { ReplaySnapshot } from '../testHook';
import { addText, textColours } from '../theme';
import { clampLines } from '../widgets/fitText';
import { addKeyHints } from '../widgets/keyHints';
import { renderAnswerPanel, renderDraftPanel } from '../widgets/replay/draftPanels';
import type { OpenedReplay } from '../widgets/replay/openReplay';
import { clampStep, frameAt, roundJump, roundStarts } from '../widgets/replay/replayFrame';
import type { ReplayFrame } from '../widgets/replay/replayFrame';
import { renderReplayRoster } from '../widgets/replay/replayRoster';
import { renderReplayTopBar } from '../widgets/replay/replayTopBar';
import { Scrubber } from '../widgets/replay/scrubber';
import { SeatChooser } from '../widgets/replay/seatChooser';
import { renderRoundNews, renderStepPanel } from '../widgets/replay/stepPanel';
import { renderTransport } from '../widgets/replay/transportBar';
import { defaultSeat, playableParties } from '../widgets/setup/setupChoices';
import { FocusRing } from '../widgets/summit/focusRing';
import type { Focusable } from '../widgets/summit/focusRing';
import { addSummitBackdrop } from '../widgets/summitBackdrop';

export interface ReplaySceneData {
  opened?: OpenedReplay;
  /** The step to open at: a number of actions, or 'end' for the last step. Default: the start. */
  step?: number | 'end';
}

/** One step per this long at 1×; faster speeds divide it. */
const STEP_MS = 800;
const SPEEDS = [1, 2, 4, 8] as const;
const CAPTURED_KEYS = 'TAB,UP,DOWN,LEFT,RIGHT,SPACE,ENTER,PAGE_UP,PAGE_DOWN,HOME,END';

const ROSTER = { x: 12, y: 70, width: 300, height: 638 };
const CENTRE_X = 324;
const CENTRE_WIDTH = 560;
const RIGHT_X = 896;
const RIGHT_WIDTH = 372;
const PANELS_BOTTOM = 556;
const STEP_HEIGHT = 184;
const DRAFT_Y = 70 + STEP_HEIGHT + 12;
const SCRUBBER = { x: 340, y: 584, width: 912 };
const BUTTONS_Y = 620;
const HINTS_Y = 694;

export class ReplayScene extends Phaser.Scene {
  private opened: OpenedReplay | null = null;
  private step = 0;
  private playing = false;
  private speedIndex = 0;
  private timer: Phaser.Time.TimerEvent | null = null;
  private problem: string | null = null;
  private layer!: Phaser.GameObjects.Container;
  private ring!: FocusRing;
  private chooser!: SeatChooser;
  private scrubber: Scrubber | null = null;
  private hints: Phaser.GameObjects.Container | null = null;
  private panels = new Map<string, { key: string; layer: Phaser.GameObjects.Container }>();
  private transportItems: Focusable[] = [];

  constructor() {
    super(sceneKeys.replay);
  }

  init(data: ReplaySceneData): void {
    this.opened = data.opened ?? null;
    const last = this.opened?.steps.length ?? 0;
    this.step = data.step === 'end' ? last : clampStep(data.step ?? 0, last);
    this.playing = false;
    this.speedIndex = 0;
    this.timer = null;
    this.problem = null;
    this.scrubber = null;
    this.hints = null;
    this.panels = new Map();
    this.transportItems = [];
  }

  create(): void {
    markActiveScene(this);
    addSummitBackdrop(this);
    const opened = this.opened;
    if (!opened) {
      // Nothing to show (the scene was started without a replay): the title is where replays are chosen.
      this.scene.start(sceneKeys.title);
      return;
    }
    this.layer = this.add.container(0, 0);
    this.scrubber = new Scrubber(this, SCRUBBER, opened.steps.length, roundStarts(opened), (step) => this.jump(step));
    this.ring = new FocusRing(this);
    this.chooser = new SeatChooser(this);
    this.chooser.onChange = () => this.publish();
    this.hints = addKeyHints(this, CENTRE_X + 12, HINTS_Y, [
      { keys: ['Home', 'End'], action: 'first / last step' },
      { keys: ['PgUp', 'PgDn'], action: 'a round back / on' },
      { keys: ['Tab', 'Enter'], action: 'move / use' },
    ]).row;
    this.bindKeys();
    this.render();
  }

  private get frame(): ReplayFrame | null {
    return this.opened ? frameAt(this.opened, this.step) : null;
  }

  /** Moves to `step` (kept inside the replay); the caller redraws. */
  private seek(step: number) {
    if (!this.opened) return;
    this.step = clampStep(step, this.opened.steps.length);
    this.problem = null;
  }

  private playPause() {
    if (this.playing) {
      this.pause();
      this.render();
      return;
    }
    if (!this.opened) return;
    // Play at the end starts the game over from its first step.
    if (this.step >= this.opened.steps.length) this.step = 0;
    this.playing = true;
    this.startTimer();
    this.render();
  }

  private pause() {
    this.playing = false;
    this.timer?.remove();
    this.timer = null;
  }

  private startTimer() {
    this.timer?.remove();
    this.timer = this.time.addEvent({
      delay: STEP_MS / (SPEEDS[this.speedIndex] ?? 1),
      loop: true,
      callback: () => this.advance(),
    });
  }

  private advance() {
    if (!this.opened || this.scrubber?.isDragging) return;
    if (this.step >= this.opened.steps.length) {
      this.pause();
      this.render();
      return;
    }
    this.step += 1;
    if (this.step >= this.opened.steps.length) this.pause();
    this.render();
  }

  private changeSpeed() {
    this.speedIndex = (this.speedIndex + 1) % SPEEDS.length;
    if (this.playing) this.startTimer();
    this.render();
  }

  private stepBy(direction: -1 | 1) {
    this.pause();
    this.seek(this.step + direction);
    this.render();
  }

  private jump(to: number) {
    this.pause();
    this.seek(to);
    this.render();
  }

  /** Why "Branch here" cannot be used at this step, or null when it can. */
  private branchBlocked(frame: ReplayFrame): string | null {
    if (!this.opened) return 'No replay is open';
    if (frame.state.phase === 'ended') return 'The talks are over at this step: step back to branch before the end';
    if (playableParties(this.opened.compiled.scenario).length === 0)
      return 'This scenario has no seat a person may play';
    return null;
  }

  private openSeatChooser() {
    const opened = this.opened;
    const frame = this.frame;
    if (!opened || !frame || this.branchBlocked(frame) !== null) return;
    this.pause();
    this.render();
    const { scenario } = opened.compiled;
    const parties = playableParties(scenario);
    const choices = parties.map((party) => ({ party, wasHuman: opened.replay.seats[party.id] === 'human' }));
    const suggested = choices.find((choice) => choice.wasHuman)?.party.id ?? defaultSeat(scenario);
    this.chooser.open(choices, suggested, this.step, (seat) => this.branch(seat));
  }

  private branch(seat: string) {
    const opened = this.opened;
    if (!opened) return;
    const result = resumeBranch(session, {
      compiled: opened.compiled,
      replay: opened.replay,
      step: this.step,
      seat,
      fileName: opened.scenarioFileName,
    });
    if (!result.ok) {
      this.problem = `Cannot branch here: ${result.problem}`;
      this.render();
      return;
    }
    this.scene.start(sceneKeys.summit);
  }

  private leave() {
    this.pause();
    this.scene.start(sceneKeys.title);
  }

  /**
   * Redraws what changed at this step. Each panel is rebuilt only when what it shows differs from the last time (its
   * key): text objects are costly to make, and playing at 8× must not rebuild a dozen rows of bars every step.
   */
  private render() {
    const opened = this.opened;
    const frame = this.frame;
    if (!opened || !frame) return;
    const { compiled } = opened;
    const game = frame.state;
    const latest = game.drafts[game.drafts.length - 1];
    this.panel('top', [game.round, game.phase, game.sharedMeters, game.outcome?.kind], (layer) =>
      renderReplayTopBar(this, layer, compiled, game, opened.source),
    );
    this.panel(
      'roster',
      [
        game.phase === 'ended' ? null : game.round,
        game.phase,
        game.actorIndex,
        game.partyMeters,
        game.trust,
        latest?.id,
        latest?.answers,
      ],
      (layer) => renderReplayRoster(this, layer, ROSTER, compiled, game),
    );
    this.panel('step', [frame.step], (layer) =>
      renderStepPanel(this, layer, { x: CENTRE_X, y: 70, width: CENTRE_WIDTH, height: STEP_HEIGHT }, compiled, frame),
    );
    this.panel('draft', [game.drafts.length], (layer) =>
      renderDraftPanel(
        this,
        layer,
        { x: CENTRE_X, y: DRAFT_Y, width: CENTRE_WIDTH, height: PANELS_BOTTOM - DRAFT_Y },
        compiled,
        game,
      ),
    );
    this.panel('answers', [latest?.id, latest?.answers, game.relayed], (layer) =>
      renderAnswerPanel(this, layer, { x: RIGHT_X, y: 70, width: RIGHT_WIDTH, height: 300 }, compiled, game),
    );
    this.panel('news', [game.round, game.log[game.round - 1]?.length], (layer) =>
      renderRoundNews(this, layer, { x: RIGHT_X, y: 382, width: RIGHT_WIDTH, height: PANELS_BOTTOM - 382 }, game),
    );
    this.scrubber?.show(this.step);
    const transport = {
      playing: this.playing,
      speed: SPEEDS[this.speedIndex] ?? 1,
      atStart: this.step === 0,
      atEnd: this.step >= frame.lastStep,
      branchBlocked: this.branchBlocked(frame),
    };
    this.panel('transport', [transport], (layer) => {
      this.transportItems = renderTransport(this, layer, this.ring, { x: CENTRE_X + 12, y: BUTTONS_Y }, transport, {
        back: () => this.stepBy(-1),
        playPause: () => this.playPause(),
        forward: () => this.stepBy(1),
        speed: () => this.changeSpeed(),
        branch: () => this.openSeatChooser(),
        title: () => this.leave(),
      });
    });
    // A branch that could not start says why where the key hints were.
    this.hints?.setVisible(this.problem === null);
    this.panel('problem', [this.problem], (layer) => {
      if (this.problem === null) return;
      const line = clampLines(
        addText(this, CENTRE_X + 12, HINTS_Y, this.problem, 'label', {
          colour: textColours.danger,
          wrapWidth: RIGHT_X + RIGHT_WIDTH - CENTRE_X - 24,
        }),
        1,
      ).setOrigin(0, 0.5);
      layer.add(line);
    });
    this.ring.setItems([...(this.scrubber ? [this.scrubber.focusable()] : []), ...this.transportItems]);
    this.publish();
  }

  /** Rebuilds one panel's layer when its key (what it shows) changed since it was last drawn. */
  private panel(id: string, shows: unknown[], draw: (layer: Phaser.GameObjects.Container) => void) {
    const key = JSON.stringify(shows);
    let panel = this.panels.get(id);
    if (!panel) {
      panel = { key: '', layer: this.add.container(0, 0) };
      this.layer.add(panel.layer);
      this.panels.set(id, panel);
    } else if (panel.key === key) return;
    panel.key = key;
    panel.layer.removeAll(true);
    draw(panel.layer);
  }

  private publish() {
    if (!testHookEnabled) return;
    publishTestHook(this, scenarioCatalogue, true, null, { replay: this.snapshot() });
  }

  private snapshot(): ReplaySnapshot | null {
    const opened = this.opened;
    const frame = this.frame;
    if (!opened || !frame) return null;
    return {
      scenarioId: opened.compiled.scenario.id,
      source: opened.source,
      step: frame.step,
      steps: frame.lastStep,
      playing: this.playing,
      speed: SPEEDS[this.speedIndex] ?? 1,
      round: frame.state.round,
      phase: frame.state.phase,
      stateHash: stateHash(frame.state),
      action: frame.actionWords,
      seatChooser: this.chooser.selected,
      problem: this.problem,
    };
  }

  private bindKeys() {
    const keyboard = this.input.keyboard;
    if (!keyboard) return;
    keyboard.addCapture(CAPTURED_KEYS);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => keyboard.removeCapture(CAPTURED_KEYS));
    keyboard.on('keydown', (event: KeyboardEvent) => {
      if (this.chooser.isOpen) {
        this.chooser.handleKey(event);
        return;
      }
      if (!this.opened) return;
      const last = this.opened.steps.length;
      switch (event.key) {
        case ' ':
          this.playPause();
          return;
        case 'ArrowLeft':
          this.stepBy(-1);
          return;
        case 'ArrowRight':
          this.stepBy(1);
          return;
        case 'Home':
          this.jump(0);
          return;
        case 'End':
          this.jump(last);
          return;
        case 'PageUp':
        case 'PageDown':
          this.jump(roundJump(this.opened, this.step, event.key === 'PageUp' ? -1 : 1));
          return;
        case 's':
        case 'S':
          this.changeSpeed();
          return;
        case 'b':
        case 'B':
          this.openSeatChooser();
          return;
        case 'Escape':
          this.leave();
          return;
      }
      this.ring.handleKey(event);
    });
  }
}
