// The finished or running game as files a player or teacher takes away: the replay file (which `npm run replay --
// verify` checks in Node) and a share link that carries the whole game in its hash. Both are built from the
// session's first state and its action list, the same record the autosave keeps.
import { appendActions, encodeShareHash, recordReplay, serializeReplay } from '../replay';
import { classFileName } from './classFileNames';
import type { SessionState } from './session';

export interface SessionFile {
  fileName: string;
  text: string;
}

/** The session as a replay file, or null when no game is running; `savedAt` (the browser's clock) dates its name. */
export function sessionReplayFile(state: SessionState, savedAt: Date): SessionFile | null {
  const { compiled, initial, actions } = state;
  if (!compiled || !initial) return null;
  const start = { replay: recordReplay(compiled, { initial, steps: [] }), state: initial };
  const replay = appendActions(compiled, start, actions).replay;
  return { fileName: classFileName(initial, savedAt, 'replay.json'), text: serializeReplay(replay) };
}

/** A link that opens this game in the replay viewer anywhere the game is served from `pageUrl`. */
export function sessionShareLink(state: SessionState, pageUrl: string): string | null {
  const { compiled, initial, actions } = state;
  if (!compiled || !initial) return null;
  const base = pageUrl.replace(/[?#].*$/, '');
  return `${base}#${encodeShareHash(compiled, { initial, actions })}`;
}
