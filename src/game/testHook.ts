// A read-only window onto the game for browser tests, published only when the page is opened with `?test`
// (toolchain.md: nothing test-only on window in a normal session). Tests read what the player sees from it:
// the scene, the selection, and the text objects actually visible on the canvas.
import Phaser from 'phaser';
import { currentActor, humanToAct, legalActions, session } from '../store';
import type { Action, ScenarioCatalogueStore, ScenarioFile } from '../store';
import { continueTarget } from './autosaveBoot';
import { MODAL_NAME } from './layers';

export interface VisibleText {
  text: string;
  fontSizePx: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CeasefireTestHook {
  readonly ready: boolean;
  readonly scene: string;
  /** The renderer Phaser runs: 'webgl', or 'canvas' where WebGL would be software (see renderer.ts). */
  readonly renderer: 'webgl' | 'canvas';
  readonly view: string;
  readonly briefingPage: string;
  readonly scenarios: readonly { fileName: string; id: string | null; title: string | null; valid: boolean }[];
  readonly selected: number;
  readonly selectedFile: string | null;
  /** The setup screen's choices, while it is up. */
  readonly setup: SetupSnapshot | null;
  /** The game in progress, if any: where it stands and what the human to act may do. */
  readonly session: SessionSnapshot | null;
  /** The replay viewer's step, while it is up. */
  readonly replay: ReplaySnapshot | null;
  /** Whether the title offers Continue: a game (restored from the autosave, or left running) is in the session. */
  readonly continueAvailable: boolean;
  /** The located one-line error of the last replay file picked on the title, when it did not open. */
  readonly replayFileProblem: string | null;
  /** Scene keys the game knows (a scene another part of the game adds later may not exist yet). */
  readonly sceneKeys: readonly string[];
  /** Text objects on screen now: visible, not transparent, inside the 1280×720 view. */
  readonly visibleTexts: () => VisibleText[];
  /** The Compare scene's tables: how many are compared, and the one-line reason of each file left out. */
  readonly compare?: { tables: number; rejected: string[] };
}

export interface SetupSnapshot {
  scenarioId: string;
  fileName: string;
  seat: string;
  seats: Record<string, string>;
  seed: string;
  /** The located one-line error of the last scenario file picked, when it did not load. */
  fileProblem: string | null;
}

export interface SessionSnapshot {
  scenarioId: string;
  seed: string;
  round: number;
  deadline: number;
  phase: string;
  /** The party whose turn it is, human or AI; null when the game is over. */
  actor: string | null;
  /** The human seat that must act now, or null. */
  humanToAct: string | null;
  outcome: string | null;
  drafts: number;
  /** The clauses the player is composing, issue → option. */
  terms: Record<string, string>;
  /** Allowed actions of the human to act, as `type` or `type:detail` (e.g. `playLever:valley-talks>norvale`). */
  available: string[];
}

export interface ReplaySnapshot {
  scenarioId: string;
  /** Where the replay came from: the file's name, or "a shared link". */
  source: string;
  /** Actions applied so far (0: the new game). */
  step: number;
  /** The last step: the number of actions in the replay. */
  steps: number;
  playing: boolean;
  speed: number;
  round: number;
  phase: string;
  /** The engine's stateHash of the state shown. */
  stateHash: string;
  /** The action that led to this step, in words; null at step 0. */
  action: string | null;
  /** The seat chosen in the open "Branch here" seat chooser, or null when it is closed. */
  seatChooser: string | null;
  /** Why the last branch could not start, or null. */
  problem: string | null;
}

/** What a scene adds to the snapshot beyond the catalogue and the session. */
export interface SceneExtras {
  replay?: ReplaySnapshot | null;
  replayFileProblem?: string | null;
}

declare global {
  interface Window {
    __ceasefire?: CeasefireTestHook;
    /** Test seam: lets a browser test add a scenario file (valid or broken) without rebuilding the game. */
    __ceasefireTest?: { addScenarioFile: (file: ScenarioFile) => void };
  }
}

export const testHookEnabled = new URLSearchParams(window.location.search).has('test');

export function publishTestHook(
  scene: Phaser.Scene,
  catalogue: ScenarioCatalogueStore,
  ready: boolean,
  setup: SetupSnapshot | null = null,
  extras: SceneExtras = {},
): void {
  if (!testHookEnabled) return;
  const state = catalogue.getState();
  const selected = state.entries[state.selectedIndex];
  window.__ceasefire = Object.freeze({
    ready,
    scene: scene.sys.settings.key,
    renderer: scene.game.config.renderType === Phaser.WEBGL ? 'webgl' : 'canvas',
    view: state.view,
    briefingPage: state.briefingPage,
    scenarios: Object.freeze(
      state.entries.map((entry) => ({
        fileName: entry.fileName,
        id: entry.status === 'valid' ? entry.scenario.id : null,
        title: entry.status === 'valid' ? entry.scenario.title : null,
        valid: entry.status === 'valid',
      })),
    ),
    selected: state.selectedIndex,
    selectedFile: selected?.fileName ?? null,
    setup,
    session: sessionSnapshot(),
    replay: extras.replay ?? null,
    continueAvailable: continueTarget() !== null,
    replayFileProblem: extras.replayFileProblem ?? null,
    sceneKeys: Object.keys(scene.scene.manager.keys),
    visibleTexts: () => collectVisibleTexts(scene),
  });
  window.__ceasefireTest = Object.freeze({ addScenarioFile: (file: ScenarioFile) => state.addScenarioFile(file) });
}

function sessionSnapshot(): SessionSnapshot | null {
  const state = session.getState();
  const { compiled, game } = state;
  if (!compiled || !game) return null;
  const human = humanToAct(state);
  const available = human === null ? [] : legalActions(compiled, game, human).filter((option) => option.allowed);
  return {
    scenarioId: game.scenarioId,
    seed: game.seed,
    round: game.round,
    deadline: game.deadline,
    phase: game.phase,
    actor: currentActor(compiled, game),
    humanToAct: human,
    outcome: game.outcome?.kind ?? null,
    drafts: game.drafts.length,
    terms: { ...state.draftTerms },
    available: available.map((option) => actionName(option.action)),
  };
}

function actionName(action: Action): string {
  switch (action.type) {
    case 'playLever':
      return `playLever:${action.lever}${action.target === undefined ? '' : `>${action.target}`}`;
    case 'holdMeeting':
      return `holdMeeting:${action.with}`;
    case 'answerDraft':
      return `answerDraft:${action.draftId}:${action.accept ? 'accept' : 'reject'}`;
    default:
      return action.type;
  }
}

function isShownObject(object: Phaser.GameObjects.GameObject): boolean {
  return object instanceof Phaser.GameObjects.Container && object.visible && object.alpha > 0.05;
}

function collectVisibleTexts(scene: Phaser.Scene): VisibleText[] {
  const found: VisibleText[] = [];
  const view = scene.cameras.main.worldView;
  const visit = (objects: Phaser.GameObjects.GameObject[], parentAlpha: number) => {
    for (const object of objects) {
      if (object instanceof Phaser.GameObjects.Container) {
        if (object.visible && object.alpha * parentAlpha > 0.05) visit(object.list, object.alpha * parentAlpha);
      } else if (object instanceof Phaser.GameObjects.Text) {
        const bounds = object.getBounds();
        const onScreen = Phaser.Geom.Intersects.RectangleToRectangle(bounds, view);
        if (object.visible && object.alpha * parentAlpha > 0.05 && object.text !== '' && onScreen) {
          found.push({
            text: object.text,
            fontSizePx: Number.parseFloat(String(object.style.fontSize)) * object.scaleY,
            x: Math.round(bounds.x),
            y: Math.round(bounds.y),
            width: Math.round(bounds.width),
            height: Math.round(bounds.height),
          });
        }
      }
    }
  };
  // A visible modal (the briefing panel) covers everything under it, so only its own texts are seen.
  // The display list is in drawing order: the last covering panel is the one on top.
  const modal = [...scene.children.list]
    .reverse()
    .find((object) => object.name === MODAL_NAME && isShownObject(object));
  visit(modal ? [modal] : scene.children.list, 1);
  return found;
}
