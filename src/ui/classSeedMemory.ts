// The class seed a teacher chose, kept in this browser until they change it: every press of Classroom on the
// title reopens the kit on the same world, so a kit printed on Monday and briefs printed on Tuesday still agree.
const KEY = 'ceasefire-summit:class-seed';

/** The page's localStorage, or null where the browser refuses it (reading the property itself may throw). */
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function rememberedClassSeed(): string | null {
  try {
    return storage()?.getItem(KEY) ?? null;
  } catch {
    return null;
  }
}

export function rememberClassSeed(seed: string): void {
  try {
    storage()?.setItem(KEY, seed);
  } catch {
    // A full or refused storage only means the seed is proposed again next time; the kit still prints.
  }
}
