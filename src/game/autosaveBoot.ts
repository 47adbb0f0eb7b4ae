// The autosave at boot: the game in progress when the page was closed is read back, checked and put into the session
// before anything else runs, and only then is the session saved after every change — so a half-restored game never
// overwrites the save. The title then offers Continue (continueTarget), a finished game's too, and every game that
// ends (or is set aside by a new one) is kept in Last games (keepLastGames.ts). A save that cannot be restored is kept
// aside, never lost, beside any kept earlier: a notice says why in one line and offers them all as downloads until
// the player deletes them. Every storage access is guarded, as a browser in a private mode (or with storage turned
// off) may throw on any of them.
import {
  AUTOSAVE_KEY,
  autosaveSession,
  catalogueScenarios,
  deleteRejectedSave,
  readAutosave,
  readRejectedSaves,
  restoreSession,
  resumeReplay,
  session,
} from '../store';
import type { AutosaveReadResult, RejectedSave, StorageLike } from '../store';
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
  const read = readAutosave(storage, catalogueScenarios, { keptAt: new Date().toISOString() });
  if (read.kind === 'ok') restoreSave(read);
  if (read.kind === 'problem' && read.keptAsideId === null)
    offerUnmovedSave(storage, `${read.line} The save was kept aside.`);
  else offerKeptSaves(storage, read.kind === 'problem' ? read.line : null);
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

/** The saves kept aside (the one just refused among them, if `problem`), offered until the player deletes them. */
function offerKeptSaves(storage: StorageLike, problem: string | null) {
  const kept = readRejectedSaves(storage);
  if (kept.length === 0) return;
  const several = kept.length > 1;
  const earlier = problem === null ? kept.length : kept.length - 1;
  const line = [
    problem === null ? '' : `${problem} The save was kept aside.`,
    earlier === 0
      ? ''
      : earlier === 1
        ? `${problem === null ? 'A' : 'One more'} saved game that could not be restored earlier is kept aside.`
        : `${earlier} ${problem === null ? '' : 'more '}saved games that could not be restored earlier are kept aside.`,
  ]
    .filter((part) => part !== '')
    .join(' ');
  showNotice(line, [
    {
      label: several ? `Download the ${kept.length} saves` : 'Download the save',
      staysOpen: true,
      run: () => {
        for (const save of kept) downloadText(keptSaveFileName(save, several), 'application/json', save.text);
      },
    },
    {
      label: several ? 'Delete them' : 'Delete it',
      run: () => {
        for (const save of kept) deleteRejectedSave(storage, save.id);
      },
    },
  ]);
}

/** With several, each file is named by its id and the date it was kept, so none overwrites another. */
function keptSaveFileName(save: RejectedSave, several: boolean): string {
  if (!several) return KEPT_SAVE_FILE;
  const stamp = save.keptAt === undefined ? '' : `-${save.keptAt.slice(0, 19).replace(/[^0-9T]/g, '-')}`;
  return `ceasefire-summit-save-kept-aside-${save.id}${stamp}.json`;
}

/** A refused save that could not be copied aside (storage full): it stays under the autosave key until replaced. */
function offerUnmovedSave(storage: StorageLike, line: string) {
  showNotice(line, {
    label: 'Download the save',
    run: () => {
      const raw = readKey(storage, AUTOSAVE_KEY);
      if (raw !== null) downloadText(KEPT_SAVE_FILE, 'application/json', raw);
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
