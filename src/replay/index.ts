// The replay module's public API: record, parse and write, verify, step and branch. Pure functions of a compiled
// scenario and a replay — no file system, no clock, no randomness — so the browser and the CLI share them.
export { ACTION_TYPES, actionSchema, REPLAY_FORMAT, REPLAY_VERSION, replaySchema } from './format';
export type { Replay } from './format';
export { MAX_REPLAY_CHARS, parseReplay, serializeReplay } from './parse';
export type { ReplayParseResult } from './parse';
export { appendAction, appendActions, continueWithAi, recordAiGame, recordReplay, startReplay } from './record';
export type { GameHistory, LiveReplay } from './record';
export { headerMismatch, verifyReplay } from './verify';
export type { VerifyResult } from './verify';
export { branchAt, ReplayError, stepTo, walkReplay } from './step';
export type { ReplayStep } from './step';
export { describeAction } from './describeAction';
export { describeValue, formatPath } from './parse';
export { findJsonSyntaxError } from './jsonSyntax';
export {
  decodeShareHash,
  encodeShareHash,
  MAX_LINK_ACTIONS,
  MAX_SHARE_HASH_CHARS,
  SHARE_CODEC_VERSION,
  SHARE_HASH_PREFIX,
} from './shareLink';
export type { PlayedGame, ScenarioLookup, ShareableGame, ShareDecodeResult } from './shareLink';
export { parseStartLink } from './startLink';
export type { StartLink, StartLinkResult } from './startLink';
