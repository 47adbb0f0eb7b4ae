// The saves that could not be restored, kept aside as they were — every one of them, each dated with the caller's
// clock (the store never reads one) and offered for download until the player deletes it. They are kept as one
// list under one key, so keeping one more is a single write that either holds both the old ones and the new one or
// changes nothing. Earlier builds kept one save under a single slot, overwritten by the next: it is still read, and
// moved into the list the next time the list is written.
import type { StorageLike } from './autosave';

/** The list of kept saves: a JSON array of RejectedSave. */
export const REJECTED_SAVES_KEY = 'ceasefire-summit.autosave.rejected-saves.v1';
/** The single slot of earlier builds (one save, as it was); read as the oldest entry of the list. */
export const REJECTED_SAVE_KEY = 'ceasefire-summit.autosave.rejected';
/** The id of the save found in that slot. */
const SINGLE_SLOT_ID = 'single-slot';

export interface RejectedSave {
  /** Names the save for deleteRejectedSave: `r1`, `r2`, … in the order they were kept. */
  id: string;
  /** The text as it was found under the autosave key. */
  text: string;
  /** When it was kept aside, by the caller's clock; absent when no clock was given (or for the single slot's). */
  keptAt?: string;
  /** Why it could not be restored, in one line; absent for the single slot's. */
  problem?: string;
}

/** Every save kept aside, oldest first; none when the storage cannot be read. Never throws. */
export function readRejectedSaves(storage: StorageLike): RejectedSave[] {
  const single = readItem(storage, REJECTED_SAVE_KEY);
  const fromSlot: RejectedSave[] = single === null ? [] : [{ id: SINGLE_SLOT_ID, text: single }];
  return [...fromSlot, ...listIn(readItem(storage, REJECTED_SAVES_KEY))];
}

/**
 * Keeps `text` aside after the ones already kept; returns its id, or null (nothing changed) when the storage
 * refuses the write — full, or turned off.
 */
export function keepRejectedSave(
  storage: StorageLike,
  text: string,
  about: { keptAt?: string; problem?: string } = {},
): string | null {
  const kept = readRejectedSaves(storage);
  const id = `r${kept.reduce((last, save) => Math.max(last, numberOf(save.id)), 0) + 1}`;
  const entry: RejectedSave = { id, text, ...about };
  if (!writeList(storage, [...kept, entry])) return null;
  return id;
}

/** Deletes one kept save (the player has it, or does not want it); an unknown id changes nothing. */
export function deleteRejectedSave(storage: StorageLike, id: string): void {
  const kept = readRejectedSaves(storage);
  if (!kept.some((save) => save.id === id)) return;
  writeList(
    storage,
    kept.filter((save) => save.id !== id),
  );
}

/**
 * Writes the list, with the single slot's save moved into it (then the slot is emptied). An empty list removes the
 * key. False when the storage refuses: the old list and slot are then as they were.
 */
function writeList(storage: StorageLike, saves: readonly RejectedSave[]): boolean {
  try {
    const listed = saves.map((save) => (save.id === SINGLE_SLOT_ID ? { ...save, id: 'r0' } : save));
    if (listed.length === 0) storage.removeItem(REJECTED_SAVES_KEY);
    else storage.setItem(REJECTED_SAVES_KEY, JSON.stringify(listed));
  } catch {
    return false;
  }
  try {
    storage.removeItem(REJECTED_SAVE_KEY);
  } catch {
    // The list holds its save now; should the slot stay, it would be offered twice, never lost.
  }
  return true;
}

/**
 * The saves in the list's text. A list damaged by hand (or by a storage fault) still loses nothing: its text is
 * offered as one save, and kept as such at the next write.
 */
function listIn(text: string | null): RejectedSave[] {
  if (text === null) return [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return [{ id: 'unreadable', text }];
  }
  if (!Array.isArray(value) || !value.every(isRejectedSave)) return [{ id: 'unreadable', text }];
  return value;
}

function isRejectedSave(value: unknown): value is RejectedSave {
  if (value === null || typeof value !== 'object') return false;
  const save = value as Record<string, unknown>;
  return (
    typeof save.id === 'string' &&
    typeof save.text === 'string' &&
    (save.keptAt === undefined || typeof save.keptAt === 'string') &&
    (save.problem === undefined || typeof save.problem === 'string')
  );
}

function numberOf(id: string): number {
  const match = /^r(\d+)$/.exec(id);
  return match ? Number(match[1]) : 0;
}

function readItem(storage: StorageLike, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}
