// The autosave at boot: the game in progress when the page was closed is read back, checked and put into the session
// before anything else runs, and only then is the session saved after every change — so a half-restored game never
// overwrites the save. The title then offers Continue (continueTarget), a finished game's too, and every game that
// ends (or is set aside by a new one) is kept in Last games (keepLastGames.ts). A save that cannot be restored is kept
// aside, never lost: a notice says why in one line and offers it as a download. Every storage access is guarded, as
// a browser in a private mode (or with storage turned off) may throw on any of them.
import {
  autosaveSession,
  catalogueScenarios,
  clearRejectedSave,
  readAutosave,
  readRejectedSave,
  REJECTED_SAVE_KEY,
  restoreSession,
  resumeReplay,
  session,
} from '../store';
import type { AutosaveReadResult, StorageLike } from '../store';
import { downloadText } from '../ui/download';
import { showNotice } from '../ui/notice';
import { sceneKeys } from './sceneKeys';
import type { SceneKey } from './sceneKeys';
import { keepLastGames } from './keepLastGames';

const KEPT_SAVE_FILE = 'ceasefire-summit-save-kept-aside.json';

/** Reads (and restores) the save, then starts saving the session; returns the storage used, or null if there is none. */
export function bootAutosave(storage: StorageLike | null = browserStorage()): StorageLike | null {
  if (!storage) {
    showNotice('This browser does not let the game save: closing or reloading the page will lose the game.');
    return null;
  }
  const read = readAutosave(storage, catalogueScenarios);
  if (read.kind === 'problem') offerKeptSave(storage, `${read.line} The save was kept aside.`, read.rawKeptUnder);
  else {
    if (read.kind === 'ok') restoreSave(read);
    // A save refused on an earlier visit, never downloaded: still there, still offered.
    if (readRejectedSave(storage) !== null)
      offerKeptSave(storage, 'A saved game that could not be restored earlier is still kept aside.', REJECTED_SAVE_KEY);
  }
  let warned = false;
  autosaveSession(session, storage, {
    scenarios: catalogueScenarios,
    now: () => new Date().toISOString(),
    onWriteFailed: () => {
      if (warned) return;
      warned = true;
      showNotice('This browser does not let the game save: closing or reloading the page will lose the game.');
    },
  });
  keepLastGames(storage);
  return storage;
}

/**
 * The scene Continue opens for the game in the session — the Summit, or the debrief of a finished game (kept until
 * a new game starts) — or null.
 */
export function continueTarget(): SceneKey | null {
  const game = session.getState().game;
  if (!game) return null;
  return game.phase === 'ended' ? sceneKeys.debrief : sceneKeys.summit;
}

/**
 * The save, played back move by move through the session (restoreSession: the AI's moves must come out the same).
 * A branch of a replay gives the AI seats a person played before the branch, so its early moves are not the AI's:
 * such a save, already verified against its checkpoints, is taken up as it stands.
 */
function restoreSave(read: Extract<AutosaveReadResult, { kind: 'ok' }>) {
  const restored = restoreSession(session, read);
  if (restored.ok) return;
  const resumed = resumeReplay(session, read.compiled, read.save.replay, read.save.scenarioFileName);
  if (resumed.ok) {
    session.getState().adoptDrafts(read.save.seatDrafts);
    return;
  }
  const text = JSON.stringify(read.save, null, 2);
  showNotice(`autosave: ${restored.problem}. The save was not restored.`, {
    label: 'Download the save',
    run: () => downloadText(KEPT_SAVE_FILE, 'application/json', text),
  });
}

function offerKeptSave(storage: StorageLike, line: string, keptUnder: string) {
  showNotice(line, {
    label: 'Download the save',
    run: () => {
      const raw = readKey(storage, keptUnder);
      if (raw === null) return;
      downloadText(KEPT_SAVE_FILE, 'application/json', raw);
      // Downloaded: the copy kept aside has done its job. (One still under the autosave key is left to be replaced.)
      if (keptUnder === REJECTED_SAVE_KEY) clearRejectedSave(storage);
    },
  });
}

function readKey(storage: StorageLike, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

/** The page's localStorage, or null where the browser refuses it (reading the property itself may throw). */
export function browserStorage(): StorageLike | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
