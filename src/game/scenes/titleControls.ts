// The title screen's keyboard and wheel: what each key does in the list and in an open briefing. Every key maps
// to a store action (or to scrolling the briefing's text, or to one of the title's ways on), so the screen itself
// never decides anything. N starts a new game from the list; in an open briefing Enter does too. From the list,
// C continues the saved game, G lists the last games, L loads a replay file, K compares tables and T prints the
// classroom kit. While a panel covers the title (Last games, the start link's question), every key is its.
import Phaser from 'phaser';
import { scenarioCatalogue } from '../../store';
import type { BriefingPanel } from '../widgets/briefingPanel';

// Captured keys do not reach the page: Tab must move the selection, not the browser's focus, and Space or
// Page Down must not scroll the page.
const CAPTURED_KEYS = 'TAB,UP,DOWN,LEFT,RIGHT,SPACE,ENTER,PAGE_UP,PAGE_DOWN';

/** The title's ways on, each also a button on the screen. */
export interface TitleActions {
  newGame: () => void;
  continueGame: () => void;
  lastGames: () => void;
  loadReplay: () => void;
  compareTables: () => void;
  classroomKit: () => void;
  /** The panel covering the title, if one is open: it takes every key. */
  overlay: () => { handleKey: (event: KeyboardEvent) => void } | null;
}

/** `briefing` gives the briefing panel once it has been made (the title makes it when first opened). */
export function bindTitleControls(
  scene: Phaser.Scene,
  briefing: () => BriefingPanel | null,
  actions: TitleActions,
): void {
  const keyboard = scene.input.keyboard;
  if (keyboard) {
    keyboard.addCapture(CAPTURED_KEYS);
    // Captures live on the game-wide keyboard manager, so they are released when the scene ends.
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => keyboard.removeCapture(CAPTURED_KEYS));
    keyboard.on('keydown', (event: KeyboardEvent) => {
      const overlay = actions.overlay();
      if (overlay) {
        overlay.handleKey(event);
        return;
      }
      const inBriefing = scenarioCatalogue.getState().view === 'briefing';
      // Ctrl+L and the like belong to the browser.
      const key = event.ctrlKey || event.metaKey || event.altKey ? '' : event.key.toLowerCase();
      if (key === 'n' || (inBriefing && event.key === 'Enter')) actions.newGame();
      else if (inBriefing) onBriefingKey(event, briefing());
      else if (key === 'c') actions.continueGame();
      else if (key === 'g') actions.lastGames();
      else if (key === 'l') actions.loadReplay();
      else if (key === 'k') actions.compareTables();
      else if (key === 't') actions.classroomKit();
      else onListKey(event);
    });
  }
  scene.input.on(
    Phaser.Input.Events.POINTER_WHEEL,
    (_pointer: Phaser.Input.Pointer, _over: unknown, _deltaX: number, deltaY: number) => {
      if (deltaY !== 0) briefing()?.scrollOpening(deltaY > 0 ? 1 : -1);
    },
  );
}

function onListKey(event: KeyboardEvent) {
  const catalogue = scenarioCatalogue.getState();
  switch (event.key) {
    case 'ArrowDown':
      catalogue.moveSelection(1);
      break;
    case 'ArrowUp':
      catalogue.moveSelection(-1);
      break;
    case 'Tab':
      catalogue.moveSelection(event.shiftKey ? -1 : 1);
      break;
    case 'Home':
      catalogue.select(0);
      break;
    case 'End':
      catalogue.select(catalogue.entries.length - 1);
      break;
    case 'Enter':
    case ' ':
      catalogue.openSelected();
      break;
  }
}

function onBriefingKey(event: KeyboardEvent, briefing: BriefingPanel | null) {
  const catalogue = scenarioCatalogue.getState();
  switch (event.key) {
    case 'Escape':
    case 'Backspace':
      catalogue.backToList();
      break;
    case 'Tab':
    case 'ArrowLeft':
    case 'ArrowRight':
      catalogue.toggleBriefingPage();
      break;
    case 'ArrowDown':
    case 'ArrowUp':
      briefing?.scrollOpening(event.key === 'ArrowDown' ? 1 : -1);
      break;
    case 'PageDown':
    case 'PageUp':
    case ' ':
      briefing?.scrollOpening(event.key === 'PageUp' ? -1 : 1, true);
      break;
  }
}
