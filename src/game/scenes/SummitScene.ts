// The Summit: the table, the text, the answers, your levers and the news. The human acts through buttons, cards
// and the clause editor (mouse or keyboard); every move is dispatched to the session store, which runs the engine
// and then the AI seats until a human must act again. The scene only redraws what the store says and what
// legalActions allows, and mirrors news and answers into an aria-live log for screen readers.
import Phaser from 'phaser';
import { scenarioCatalogue, session } from '../../store';
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
import { addKeyHints } from '../widgets/keyHints';
import { addSummitBackdrop } from '../widgets/summitBackdrop';
import { shortName, summitView } from './summitView';
import type { SummitView } from './summitView';

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
const SHORTCUTS: Record<string, string> = { t: 'table', a: 'accept', r: 'reject', e: 'end', w: 'walk-out' };

/** Space under the centre column for the key hints. */
const HINTS_ROOM = 46;
const ROSTER = { x: 12, y: 70, width: 300, height: 638 };
const CENTRE_X = 324;
const CENTRE_WIDTH = 560;
const RIGHT_X = 896;
const RIGHT_WIDTH = 372;

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

  constructor() {
    super(sceneKeys.summit);
  }

  create(): void {
    markActiveScene(this);
    addSummitBackdrop(this);
    this.layer = this.add.container(0, 0);
    this.ring = new FocusRing(this);
    this.dialog = new ConfirmDialog(this);
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
    ]);
  }

  private render(state: SessionState) {
    this.layer.removeAll(true);
    const view = summitView(state);
    if (!view) {
      this.scene.start(sceneKeys.title);
      return;
    }
    renderTopBar(this, this.layer, view);
    renderPartyRoster(this, this.layer, ROSTER, view);
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
        }),
      ),
    );
    const answersY = barY + 54;
    renderAnswers(
      this,
      this.layer,
      { x: CENTRE_X, y: answersY, width: CENTRE_WIDTH, height: GAME_HEIGHT - HINTS_ROOM - answersY },
      view,
    );
    const leversHeight = 352;
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
    renderNewsFeed(
      this,
      this.layer,
      {
        x: RIGHT_X,
        y: 70 + leversHeight + 12,
        width: RIGHT_WIDTH,
        height: GAME_HEIGHT - 12 - (70 + leversHeight + 12),
      },
      view,
      state.lastEvents,
    );

    this.items = items;
    this.ring.setItems(items);
    this.focusRecommended(view);
    this.announceNews(view, state);
    if (view.game.phase === 'ended') this.endTalks(view);
    publishTestHook(this, scenarioCatalogue, true);
  }

  /** On a new turn, focus the move most players make next, so Enter alone can carry a keyboard player through. */
  private focusRecommended(view: SummitView) {
    const key = `${view.game.round}:${view.game.phase}:${view.viewerToAct ? view.viewer : ''}`;
    if (key === this.turnKey) return;
    this.turnKey = key;
    const preferred = { diplomacy: 'end', drafting: 'table', answers: 'accept', ended: null }[view.game.phase];
    const enabled = this.items.find((item) => item.id === preferred && item.enabled);
    this.ring.focus(enabled?.id ?? this.items.find((item) => item.id === 'end' && item.enabled)?.id ?? null);
  }

  /** News and answers, read out once each, by screen readers. */
  private announceNews(view: SummitView, state: SessionState) {
    if (this.announced === state.lastEvents) return;
    this.announced = state.lastEvents;
    const lines = state.lastEvents
      .filter((event) => ANNOUNCED.has(event.type))
      .map((event) => eventText(view.compiled, event))
      .filter((line): line is string => line !== null);
    announce(lines);
  }

  private play(action: Action) {
    if (this.dialog.isOpen || this.ending) return;
    session.getState().dispatch(action);
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
