// The Summit: the table, the text, the answers, your levers and the news. The human acts through buttons, cards
// and the clause editor (mouse or keyboard); every move is dispatched to the session store, which runs the engine
// and then the AI seats until a human must act again. The scene only redraws what the store says and what
// legalActions allows, and mirrors news and answers into an aria-live log for screen readers.
import Phaser from 'phaser';
import {
  buildRoleBriefs,
  guideStepFor,
  isTeacherCode,
  scenarioCatalogue,
  session,
  teacherCode,
  TEACHER_CODE_LENGTH,
} from '../../store';
import type { Action, GameEvent, SessionState } from '../../store';
import { announce, clearAnnouncements } from '../../ui/liveLog';
import { markActiveScene } from '../markActiveScene';
import { sceneKeys } from '../sceneKeys';
import { publishTestHook } from '../testHook';
import { GAME_HEIGHT } from '../theme';
import { moveButtons, renderActionBar } from '../widgets/summit/actionBar';
import { renderAnswers } from '../widgets/summit/answersPanel';
import { ConfirmDialog } from '../widgets/summit/confirmDialog';
import { renderDraftEditor } from '../widgets/summit/draftEditor';
import { addEndBanner } from '../widgets/summit/endBanner';
import { eventText } from '../widgets/summit/eventText';
import { FocusRing } from '../widgets/summit/focusRing';
import type { Focusable } from '../widgets/summit/focusRing';
import { renderLeverCards } from '../widgets/summit/leverCards';
import { renderNewsFeed } from '../widgets/summit/newsFeed';
import { renderPartyRoster } from '../widgets/summit/partyRoster';
import { renderTopBar } from '../widgets/summit/topBar';
import { guidePlacement, renderTutorialGuide } from '../widgets/summit/tutorialGuide';
import { addKeyHints } from '../widgets/keyHints';
import { addSummitBackdrop } from '../widgets/summitBackdrop';
import { pledgeChoice, shortName, summitView } from './summitView';
import type { PledgeChoice, SummitView } from './summitView';
import { SummitMotion } from '../widgets/summit/motion';
import { SummitMapOverlay } from '../widgets/summit/mapOverlay';
import { FacilitatorPanel } from '../widgets/summit/facilitatorPanel';
import { PartyPanel } from '../widgets/summit/partyPanel';
import { DraftViewer } from '../widgets/summit/draftViewer';
import { addHandOverScreen } from '../widgets/summit/handOver';
import { openPrintableDocument } from '../../ui/printableDocument';
import { classSetDocument } from '../../ui/classroomKitPage';
import { TextPrompt } from '../widgets/textPrompt';
import { showRoundBanner } from '../widgets/summit/roundBanner';
import { StaticBake } from '../render/staticBake';

/** Time to read the last answers and the banner before the ceasefire or collapse screen takes over. */
const END_PAUSE_MS = 3200;
/** What a screen reader hears: the news, every move at the table and the answers; not the phase bookkeeping. */
const ANNOUNCED = new Set<GameEvent['type']>([
  'round-started',
  'news',
  'lever-played',
  'meeting-held',
  'pledge-made',
  'pledge-broken',
  'draft-tabled',
  'draft-relayed',
  'answer',
  'walk-out',
  'signed',
  'ratification',
  'epilogue',
  'game-ended',
]);
const SHORTCUTS: Record<string, string> = {
  t: 'table',
  a: 'accept',
  r: 'reject',
  e: 'end',
  p: 'pledge',
  w: 'walk-out',
};

/** Space under the centre column for the key hints. */
const HINTS_ROOM = 46;
const ROSTER = { x: 12, y: 70, width: 300, height: 638 };
const CENTRE_X = 324;
const CENTRE_WIDTH = 560;
const RIGHT_X = 896;
const RIGHT_WIDTH = 372;
const LEVERS_HEIGHT = 352;
const NEWS = {
  x: RIGHT_X,
  y: 70 + LEVERS_HEIGHT + 12,
  width: RIGHT_WIDTH,
  height: GAME_HEIGHT - 12 - (70 + LEVERS_HEIGHT + 12),
};

export class SummitScene extends Phaser.Scene {
  private layer!: Phaser.GameObjects.Container;
  private ring!: FocusRing;
  private dialog!: ConfirmDialog;
  private items: Focusable[] = [];
  private leverTargets = new Map<string, string>();
  private turnKey = '';
  private announced: readonly unknown[] | null = null;
  private ending: Phaser.GameObjects.Container | null = null;
  private nextScene: string | null = null;
  private motion!: SummitMotion;
  private mapOverlay!: SummitMapOverlay;
  private facilitator!: FacilitatorPanel;
  private codePrompt!: TextPrompt;
  /** What you know of a party (I, or a click on its row), and the drafts read clause by clause (D). */
  private partyPanel!: PartyPanel;
  private draftViewer!: DraftViewer;
  /** Hot seat: the human seat whose screen was last shown, and the one waiting behind the hand-over screen. */
  private shownSeat: string | null = null;
  private handOver: { to: string; screen: Phaser.GameObjects.Container } | null = null;
  /** The events the screen last animated in: a redraw for the same events (a lever target chosen) stays still. */
  private animatedEvents: readonly unknown[] | null = null;
  /** The clause the player last visited: what a pledge is about. */
  private pledgeIssue: string | null = null;
  private shownRound = 0;
  /** The table between two redraws, baked under the canvas: only what moves is drawn every frame. */
  private bake!: StaticBake;
  /** The scenario's guide (H): shown until the player folds it away. */
  private guideHidden = false;

  constructor() {
    super(sceneKeys.summit);
  }

  create(): void {
    markActiveScene(this);
    addSummitBackdrop(this);
    this.bake = new StaticBake(this);
    this.layer = this.add.container(0, 0);
    this.ring = new FocusRing(this);
    // The Pledge button speaks of the clause last visited, so a visit to another clause redraws it (next frame:
    // the ring is mid-redraw when it calls this).
    this.ring.onFocus = (id) => {
      const issue = id?.startsWith('clause:') ? id.slice('clause:'.length) : null;
      if (issue === null || issue === this.pledgeIssue) return;
      this.pledgeIssue = issue;
      this.time.delayedCall(0, () => this.render(session.getState()));
    };
    this.dialog = new ConfirmDialog(this);
    this.codePrompt = new TextPrompt(this);
    this.motion = new SummitMotion(this);
    this.mapOverlay = new SummitMapOverlay(this);
    this.facilitator = new FacilitatorPanel(this, {
      dispatch: (action) => session.getState().dispatch(action),
      printClassSet: () => this.printClassSet(),
      confirmEnd: (end) =>
        this.dialog.open(
          'End the game now?',
          'The talks stop where they stand, as if the deadline had passed: no text is signed. The class goes on to the debrief.',
          'End the game',
          () => {
            this.facilitator.close();
            end();
          },
          'Keep the game going',
        ),
    });
    this.partyPanel = new PartyPanel(this);
    this.draftViewer = new DraftViewer(this, {
      takeText: (terms) => {
        for (const [issue, option] of Object.entries(terms)) session.getState().setClause(issue, option);
      },
    });
    this.shownSeat = null;
    this.handOver = null;
    this.animatedEvents = null;
    this.pledgeIssue = null;
    this.shownRound = 0;
    this.guideHidden = false;
    this.items = [];
    this.leverTargets = new Map();
    this.turnKey = '';
    this.announced = null;
    this.ending = null;
    this.nextScene = null;
    clearAnnouncements();
    const render = (state: SessionState) => this.render(state);
    render(session.getState());
    const unsubscribe = session.subscribe(render);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, unsubscribe);
    this.bindKeys();
    // The move buttons carry their own keys (T, A, R, E, W); these are the ones for getting around.
    addKeyHints(this, CENTRE_X + 4, GAME_HEIGHT - 22, [
      { keys: ['Tab', '↑', '↓'], action: 'move' },
      { keys: ['←', '→'], action: 'change' },
      { keys: ['Enter'], action: 'use' },
      { keys: ['Esc'], action: 'unfocus' },
      { keys: ['M'], action: 'map' },
      { keys: ['I'], action: 'party' },
      { keys: ['D'], action: 'drafts' },
    ]);
  }

  private render(state: SessionState) {
    this.bake.release();
    this.motion.reset();
    this.layer.removeAll(true);
    const view = summitView(state);
    if (!view) {
      this.scene.start(sceneKeys.title);
      return;
    }
    if (this.needsHandOver(view)) return;
    // Only what the last move set off moves; a redraw for the same events keeps the screen still.
    const freshEvents = this.animatedEvents !== state.lastEvents;
    this.animatedEvents = state.lastEvents;
    const motion = freshEvents ? this.motion : undefined;
    renderTopBar(this, this.layer, view, this.motion);
    const guide = guideStepFor(view.compiled.scenario, view.game, view.viewer);
    const placement = guide ? guidePlacement(ROSTER, view.compiled.scenario.parties.length, NEWS) : null;
    const roster = renderPartyRoster(this, this.layer, placement?.roster ?? ROSTER, view, this.motion, {
      ring: this.ring,
      party: (partyId) => this.openPanel(() => this.partyPanel.open(view, partyId)),
    });
    const editorHeight = Math.min(380, 40 + 74 + view.compiled.scenario.issues.length * 46);
    const items = renderDraftEditor(
      this,
      this.layer,
      this.ring,
      { x: CENTRE_X, y: 70, width: CENTRE_WIDTH, height: editorHeight },
      view,
    );
    const barY = 70 + editorHeight + 10;
    items.push(
      ...renderActionBar(
        this,
        this.layer,
        this.ring,
        { x: CENTRE_X, y: barY },
        moveButtons(view, {
          dispatch: (action) => this.play(action),
          confirmWalkOut: () => this.confirmWalkOut(view),
          pledge: pledgeChoice(view, this.pledgeIssue ?? view.compiled.scenario.issues[0]?.id ?? ''),
          confirmPledge: (pledge) => this.confirmPledge(pledge),
        }),
      ),
    );
    const answersY = barY + 54;
    renderAnswers(
      this,
      this.layer,
      { x: CENTRE_X, y: answersY, width: CENTRE_WIDTH, height: GAME_HEIGHT - HINTS_ROOM - answersY },
      view,
      motion && { motion, fresh: answeredNow(state.lastEvents) },
      (draftId) => this.openPanel(() => this.draftViewer.open(view, draftId)),
    );
    const leversHeight = LEVERS_HEIGHT;
    items.push(
      ...renderLeverCards(
        this,
        this.layer,
        this.ring,
        { x: RIGHT_X, y: 70, width: RIGHT_WIDTH, height: leversHeight },
        view,
        {
          chosen: (card) => this.leverTargets.get(card) ?? null,
          choose: (card, target) => {
            this.leverTargets.set(card, target);
            this.render(session.getState());
          },
        },
        (action) => this.play(action),
      ),
    );
    renderNewsFeed(this, this.layer, NEWS, view, state.lastEvents, motion);
    if (guide && placement) renderTutorialGuide(this, this.layer, placement.guide, guide, this.guideHidden);
    // The roster (each party, then its ratification mark) comes last in Tab order: the moves of the turn stay a Tab
    // or two from the recommended one.
    items.push(...roster);
    // Everything on the table holds still until the next redraw, except what the motion moves (drawn over it).
    this.bake.bake([this.layer], this.motion.moving);
    this.items = items;
    this.ring.setItems(items);
    if (freshEvents) this.ring.dismissHint();
    this.focusRecommended(view);
    this.announceNews(view, state);
    if (view.game.round !== this.shownRound && view.game.phase !== 'ended') {
      this.shownRound = view.game.round;
      showRoundBanner(this, view.game.round, view.game.deadline);
    }
    if (view.game.phase === 'ended') this.endTalks(view);
    this.facilitator.refresh(view);
    this.partyPanel.refresh(view);
    this.draftViewer.refresh(view);
    publishTestHook(this, scenarioCatalogue, true);
  }

  /** On a new turn, focus the move most players make next, so Enter alone can carry a keyboard player through. */
  private focusRecommended(view: SummitView) {
    const key = `${view.game.round}:${view.game.phase}:${view.viewerToAct ? view.viewer : ''}`;
    if (key === this.turnKey) return;
    this.turnKey = key;
    const preferred = { diplomacy: 'end', drafting: 'table', answers: 'accept', ended: null }[view.game.phase];
    const enabled = this.items.find((item) => item.id === preferred && item.enabled);
    this.ring.focus(enabled?.id ?? this.items.find((item) => item.id === 'end' && item.enabled)?.id ?? null, false);
  }

  /**
   * News and answers, read out once each, by screen readers. When the table first opens (a new game, or one
   * resumed), the whole round so far is read: its opening news was drawn when the game was created, before any
   * move, so it is in the round's log but in no move's events.
   */
  private announceNews(view: SummitView, state: SessionState) {
    if (this.announced === state.lastEvents) return;
    const opening = this.announced === null;
    this.announced = state.lastEvents;
    const events = opening ? (view.game.log[view.game.log.length - 1] ?? []) : state.lastEvents;
    const lines = events
      .filter((event) => ANNOUNCED.has(event.type))
      .map((event) => eventText(view.compiled, event))
      .filter((line): line is string => line !== null);
    announce(lines);
  }

  private play(action: Action) {
    if (this.dialog.isOpen || this.mapOverlay.isOpen || this.facilitator.isOpen || this.codePrompt.isOpen) return;
    if (this.partyPanel.isOpen || this.draftViewer.isOpen) return;
    if (this.handOver || this.ending) return;
    session.getState().dispatch(action);
  }

  /**
   * Hot seat: when the turn passes from one human seat to another, the table is cleared and only the hand-over
   * screen is drawn until the next player says they are ready. True while that screen is up.
   */
  private needsHandOver(view: SummitView): boolean {
    const humans = Object.values(view.game.seats).filter((kind) => kind === 'human').length;
    if (humans > 1 && view.game.phase !== 'ended' && this.shownSeat !== null && view.viewer !== this.shownSeat) {
      if (this.handOver?.to !== view.viewer) {
        this.handOver?.screen.destroy(true);
        this.ring.setItems([]);
        this.facilitator.close();
        this.codePrompt.close();
        this.mapOverlay.close();
        this.partyPanel.close();
        this.draftViewer.close();
        const party = (id: string) => view.compiled.scenario.parties.find((candidate) => candidate.id === id);
        const to = party(view.viewer);
        if (!to) return false;
        this.handOver = {
          to: view.viewer,
          screen: addHandOverScreen(this, party(this.shownSeat), to, () => this.takeSeat()),
        };
        publishTestHook(this, scenarioCatalogue, true);
      }
      return true;
    }
    this.shownSeat = view.viewer;
    return false;
  }

  private takeSeat() {
    if (!this.handOver) return;
    this.shownSeat = this.handOver.to;
    this.handOver.screen.destroy(true);
    this.handOver = null;
    this.animatedEvents = null;
    this.render(session.getState());
  }

  /**
   * The party panel and the draft viewer: keys go to the one open (D from a party's panel opens the drafts); I opens
   * the focused party's panel (or the first other party's), D the latest draft. True when the key was theirs.
   */
  private handlePanelKey(event: KeyboardEvent): boolean {
    const key = event.key.toLowerCase();
    const view = summitView(session.getState());
    if (this.draftViewer.isOpen) this.draftViewer.handleKey(event);
    else if (this.partyPanel.isOpen && key === 'd' && view) {
      this.partyPanel.close();
      this.draftViewer.open(view);
    } else if (this.partyPanel.isOpen) this.partyPanel.handleKey(event);
    else if (key === 'i' && view && !this.mapOverlay.isOpen) {
      const focused = this.ring.focused?.id;
      const first = view.compiled.partyIds.find((party) => party !== view.viewer) ?? view.viewer;
      this.openPanel(() =>
        this.partyPanel.open(view, focused?.startsWith('party:') ? focused.slice('party:'.length) : first),
      );
    } else if (key === 'd' && view && !this.mapOverlay.isOpen) this.openPanel(() => this.draftViewer.open(view));
    else return false;
    return true;
  }

  /** Opens a panel over the table (one at a time), unless something else holds the screen. */
  private openPanel(open: () => void) {
    if (this.dialog.isOpen || this.mapOverlay.isOpen || this.facilitator.isOpen || this.handOver || this.ending) return;
    this.partyPanel.close();
    this.draftViewer.close();
    open();
  }

  /**
   * The facilitator's panel shows every party's private numbers and can end the game, so it is the teacher's: it
   * opens only with the teacher code printed in the classroom kit (the same at every table of the class).
   */
  private askTeacherCode() {
    const { game } = session.getState();
    if (!game) return;
    this.codePrompt.open({
      eyebrow: 'FACILITATOR',
      question: 'Teacher code',
      detail: 'The facilitator’s panel is for the teacher. Type the teacher code from the classroom kit, then Enter.',
      maxLength: TEACHER_CODE_LENGTH + 3,
      masked: true,
      submit: (typed) => {
        if (!isTeacherCode(typed, game.scenarioId, game.seed)) return 'That is not the teacher code of this class.';
        const view = summitView(session.getState());
        if (view) this.facilitator.open(view);
        return null;
      },
    });
  }

  /** Every playable seat's confidential brief, with this seed's numbers, behind the teacher's cover sheet. */
  private printClassSet() {
    const { compiled, initial } = session.getState();
    if (!compiled || !initial) return;
    const briefs = buildRoleBriefs(compiled, initial);
    const cover = {
      title: compiled.scenario.title,
      seed: initial.seed,
      teacherCode: teacherCode(initial.scenarioId, initial.seed),
    };
    openPrintableDocument(classSetDocument(cover, briefs), `${compiled.scenario.title}: class set of role briefs`);
  }

  private confirmPledge(pledge: PledgeChoice) {
    this.dialog.open(
      `Pledge in public on ${pledge.issueLabel}?`,
      `You say before the cameras that you will accept nothing worse for you than "${pledge.keptLabel}". You refuse: ${pledge.refusedLabels.join('; ')}. Breaking a public pledge later costs trust at the table.`,
      'Pledge',
      () => this.play(pledge.action),
    );
  }

  private confirmWalkOut(view: SummitView) {
    this.dialog.open(
      'Walk out of the talks?',
      `${shortName(view, view.viewer)} leaves the table for good. Without your signature there is no ceasefire: the talks collapse.`,
      'Walk out',
      () => this.play({ type: 'walkOut', party: view.viewer }),
    );
  }

  /** The talks are over: say how, then hand over to the ceasefire or collapse screen when the game has one. */
  private endTalks(view: SummitView) {
    const outcome = view.game.outcome;
    if (this.ending || !outcome) return;
    const target = outcome.kind === 'ceasefire' || outcome.kind === 'ratification-failed' ? 'ceasefire' : 'collapse';
    // Another part of the game adds those scenes; until it does, the title is where the game goes on.
    this.nextScene = this.scene.manager.keys[target] ? target : sceneKeys.title;
    const nextStep = this.nextScene === sceneKeys.title ? 'back to the title' : 'continue';
    this.ring.setItems([]);
    this.ending = addEndBanner(this, outcome, (id) => shortName(view, id), nextStep);
    if (this.nextScene !== sceneKeys.title) this.time.delayedCall(END_PAUSE_MS, () => this.goOn());
  }

  private goOn() {
    if (!this.nextScene || !this.scene.isActive()) return;
    const next = this.nextScene;
    this.nextScene = null;
    this.scene.start(next);
  }

  private bindKeys() {
    const keyboard = this.input.keyboard;
    if (!keyboard) return;
    const captured = 'TAB,UP,DOWN,LEFT,RIGHT,SPACE,ENTER';
    keyboard.addCapture(captured);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => keyboard.removeCapture(captured));
    keyboard.on('keydown', (event: KeyboardEvent) => {
      if (this.ending) {
        if (event.key === 'Enter') this.goOn();
        return;
      }
      if (this.dialog.isOpen) {
        this.dialog.handleKey(event);
        return;
      }
      if (this.handOver) {
        if (event.key === 'Enter' || event.key === ' ') this.takeSeat();
        return;
      }
      if (this.codePrompt.isOpen) {
        this.codePrompt.handleKey(event);
        return;
      }
      if (this.facilitator.isOpen) {
        this.facilitator.handleKey(event);
        return;
      }
      if (this.handlePanelKey(event)) return;
      if (event.key.toLowerCase() === 'f') {
        this.askTeacherCode();
        return;
      }
      if (event.key.toLowerCase() === 'h' && !this.mapOverlay.isOpen) {
        this.guideHidden = !this.guideHidden;
        this.render(session.getState());
        return;
      }
      if (event.key.toLowerCase() === 'm' || (this.mapOverlay.isOpen && event.key === 'Escape')) {
        const view = summitView(session.getState());
        if (view) this.mapOverlay.toggle(view);
        return;
      }
      // The map covers the table: nothing behind it moves while it is open.
      if (this.mapOverlay.isOpen) return;
      const shortcut = SHORTCUTS[event.key.toLowerCase()];
      const item = shortcut ? this.items.find((candidate) => candidate.id === shortcut) : undefined;
      if (item) {
        // A greyed-out move is focused instead, so its reason shows.
        this.ring.focus(item.id);
        if (item.enabled) item.activate?.();
        return;
      }
      if (event.key === 'Escape') this.ring.focus(null);
      else this.ring.handleKey(event);
    });
  }
}

/** `draftId>party` for every answer among these events: the answers that arrive on screen now. */
function answeredNow(events: readonly GameEvent[]): Set<string> {
  return new Set(events.flatMap((event) => (event.type === 'answer' ? [`${event.draftId}>${event.party}`] : [])));
}
