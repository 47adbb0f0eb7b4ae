// For `npm run bench`: how long the readers take on the largest input each accepts, so a reader that grows faster
// than its input shows at once (issue 11: a 1.77 MiB replay once took 14.6 s to verify). The inputs are long runs of
// pause and resume — the cheapest legal actions, so the most of them fit — on a game with every seat human.
import type { Action, CompiledScenario } from '../engine';
import {
  appendActions,
  decodeShareHash,
  encodeShareHash,
  MAX_LINK_ACTIONS,
  MAX_REPLAY_CHARS,
  parseReplay,
  serializeReplay,
  startReplay,
  verifyReplay,
} from '../replay';
import type { Replay } from '../replay';

export interface ReaderTime {
  reader: string;
  actions: number;
  chars: number;
  ms: number;
}

/** Parsing and verifying the longest replay file under MAX_REPLAY_CHARS; decoding a share link of MAX_LINK_ACTIONS. */
export function largestInputTimes(compiled: CompiledScenario): ReaderTime[] {
  const replay = pausesReplay(compiled, actionsFitting(compiled, MAX_REPLAY_CHARS));
  const text = serializeReplay(replay);
  if (text.length > MAX_REPLAY_CHARS) throw new Error('bench: the largest replay came out over the limit');
  const t0 = performance.now();
  const parsed = parseReplay(text, 'largest.json');
  const verified = parsed.ok && verifyReplay(compiled, parsed.replay).ok;
  const verifyMs = performance.now() - t0;
  if (!verified) throw new Error('bench: the largest replay does not verify');

  const link = pausesReplay(compiled, MAX_LINK_ACTIONS);
  const hash = encodeShareHash(compiled, link);
  const t1 = performance.now();
  const decoded = decodeShareHash(compiled, hash);
  const decodeMs = performance.now() - t1;
  if (!decoded.ok) throw new Error(`bench: the longest share link does not decode: ${decoded.problem}`);

  return [
    { reader: 'largest replay, verified', actions: replay.actions.length, chars: text.length, ms: verifyMs },
    { reader: 'largest share link, decoded', actions: link.actions.length, chars: hash.length, ms: decodeMs },
  ];
}

function pausesReplay(compiled: CompiledScenario, count: number): Replay {
  const seats = Object.fromEntries(compiled.partyIds.map((id) => [id, 'human' as const]));
  const actions = Array.from({ length: count }, (_, index): Action => ({ type: index % 2 === 0 ? 'pause' : 'resume' }));
  return appendActions(compiled, startReplay(compiled, { seed: 'largest', seats }), actions).replay;
}

/** How many pause/resume actions a replay file of at most `maxChars` holds: measured on a short one. */
function actionsFitting(compiled: CompiledScenario, maxChars: number): number {
  const sample = 1000;
  const empty = serializeReplay(pausesReplay(compiled, 0)).length;
  const perAction = (serializeReplay(pausesReplay(compiled, sample)).length - empty) / sample;
  // Margin for the final hash and the header growing by a few characters; an even count ends the game resumed.
  const count = Math.floor(((maxChars - empty) / perAction) * 0.999);
  return count - (count % 2);
}
