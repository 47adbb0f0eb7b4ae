// A whole game in a URL fragment: `#g1.<base64url>`. The link holds what a replay's header holds (scenario id and
// content hash, seed, seats) and the actions, but not as JSON: the engine is deterministic, so the decoder replays
// the game and each action only has to say which of the few things possible at that point it was.
//
// Bytes (varints are unsigned LEB128; text is a varint byte length then UTF-8; a hash is 8 raw bytes):
//   codec version (1) · scenario id · scenario content hash · seed · party count, then one bit per party in the
//   scenario's party order (1 = human seat), 8 to a byte · final state hash · number of actions · the actions.
// Each action starts with a varint tag:
//   0  a run of AI moves, then its length: each is what the engine's AI (decideAction) does for the AI seat to act;
//   1  an action as canonical JSON text (the fallback for anything the forms below cannot say);
//   2  a draft tabled by the party to act: one option index per issue, in scenario order;
//   3  an answer with its stated reason: the index of the bare answer among the allowed actions, a bit set of the
//      fields present (1 reason, 2 utility, 4 need, 8 red lines, 16 the reason is the usual wording of the numbers,
//      "accepts: this gives us 0.62; we need 0.55", and is not written out), the reason text, utility and need in
//      hundredths (zigzag), and the red lines as (issue index, option index) pairs;
//   4  a pledge by the party to act: the issue index, the number of options refused, their option indexes;
//   5+ index 0, 1, … into the allowed actions at that point: legalActions for the party to act, then
//      facilitatorActions, keeping only the allowed ones, in the engine's order.
// A typical all-AI game is one run (a few dozen characters); a player's moves cost a byte or two each. The final
// state hash makes the link check itself: a damaged link, or one made with other rules, is refused, never misread.
import {
  canonicalJson,
  checkpointHash,
  createGame,
  currentActor,
  decideAction,
  facilitatorActions,
  GameRun,
  IllegalActionError,
  legalActions,
  stateHash,
} from '../engine';
import type { Action, CompiledScenario, GameState, PartyId, SeatKind } from '../engine';
import { describeAction } from './describeAction';
import { actionSchema } from './format';
import type { Replay } from './format';
import { formatPath } from './parse';
import { recordReplay } from './record';
import type { GameHistory } from './record';
import { ByteReader, ByteWriter, fromBase64Url, ShareDataError, toBase64Url } from './shareBytes';
import { oneLineText, quoteText } from '../scenario/quoteText';

export const SHARE_CODEC_VERSION = 1;
/** What starts every share hash of this codec version: `g` for game. */
export const SHARE_HASH_PREFIX = `g${SHARE_CODEC_VERSION}.`;
/** Far above any real game (a long one is a few hundred characters); refuses a pasted novel before decoding it. */
export const MAX_SHARE_HASH_CHARS = 200_000;
/** No real game comes near this many actions; a damaged count must not make the decoder run on. */
export const MAX_LINK_ACTIONS = 20_000;
const MAX_SEED_BYTES = 800;
const MAX_JSON_ACTION_BYTES = 16 * 1024;
const MAX_REASON_BYTES = 8 * 1024;
/** How much of an unexpected error's message a problem line repeats. */
const MAX_REASON_SHOWN = 200;

const TAG_AI_RUN = 0;
const TAG_JSON = 1;
const TAG_DRAFT = 2;
const TAG_ANSWER = 3;
const TAG_PLEDGE = 4;
const FIRST_INDEX_TAG = 5;

const ANSWER_REASON = 1;
const ANSWER_UTILITY = 2;
const ANSWER_NEED = 4;
const ANSWER_RED_LINES = 8;
const ANSWER_USUAL_REASON = 16;

/**
 * Finds a compiled scenario by id (in the bundled catalogue, say); null or undefined when there is none. The content
 * hash the link or save asks for comes along, so a lookup that holds several versions of a scenario can pick the
 * right one; a lookup that holds one may ignore it (a wrong version is then refused by its hash).
 */
export type ScenarioLookup = (scenarioId: string, contentHash?: string) => CompiledScenario | null | undefined;

/** A game as the session keeps it: its first state and every action since. */
export interface PlayedGame {
  initial: GameState;
  actions: readonly Action[];
}

export type ShareableGame = Replay | GameHistory | PlayedGame;

export type ShareDecodeResult = { ok: true; replay: Replay } | { ok: false; problem: string };

/**
 * The share hash (the part after `#`) of a game played on `compiled`. Throws only when the game is not one of this
 * scenario or an action in it is illegal — the caller's game, not user input.
 */
export function encodeShareHash(compiled: CompiledScenario, game: ShareableGame): string {
  const { seed, seats, actions, finalStateHash } = gameParts(compiled, game);
  if (seed.length > 200)
    throw new Error('cannot share this game: its seed is over 200 characters (a replay allows 200)');
  const run = new GameRun(compiled, createGame(compiled, { seed, seats }));
  const body = new ByteWriter();
  let aiRun = 0;
  const endAiRun = () => {
    if (aiRun === 0) return;
    body.varint(TAG_AI_RUN);
    body.varint(aiRun);
    aiRun = 0;
  };
  actions.forEach((action, index) => {
    if (isAiMove(compiled, run.state, action)) aiRun++;
    else {
      endAiRun();
      writeAction(body, compiled, run.state, action);
    }
    try {
      run.apply(action);
    } catch (error) {
      const why = error instanceof IllegalActionError ? `is illegal: ${error.reason}` : `failed: ${oneLine(error)}`;
      throw new Error(`cannot share this game: action ${index} (${describeAction(action)}) ${why}`, { cause: error });
    }
  });
  endAiRun();
  const finalHash = stateHash(run.state);
  if (finalStateHash !== null && finalStateHash !== finalHash)
    throw new Error(
      `cannot share this replay: its actions end in state ${finalHash}, but it records ${finalStateHash}`,
    );

  const link = new ByteWriter();
  link.byte(SHARE_CODEC_VERSION);
  link.text(compiled.scenario.id);
  link.hash(compiled.hash);
  link.text(seed);
  writeSeats(link, compiled, seats);
  link.hash(finalHash);
  link.varint(actions.length);
  link.raw(body.finish());
  return SHARE_HASH_PREFIX + toBase64Url(link.finish());
}

/**
 * The game a share hash holds, as a replay that verifies, or the one-line reason it cannot be read. Takes the
 * scenario itself, or a lookup by id when the link may be of any scenario. Never throws.
 */
export function decodeShareHash(scenarios: CompiledScenario | ScenarioLookup, hash: string): ShareDecodeResult {
  try {
    return { ok: true, replay: decodeUnguarded(scenarios, hash) };
  } catch (error) {
    if (error instanceof ShareDataError) return { ok: false, problem: error.message };
    // A bug of ours rather than the link's; still an answer in one line.
    return { ok: false, problem: `the game link could not be read: ${oneLine(error)}` };
  }
}

function gameParts(
  compiled: CompiledScenario,
  game: ShareableGame,
): { seed: string; seats: Record<PartyId, SeatKind>; actions: readonly Action[]; finalStateHash: string | null } {
  if ('format' in game) {
    const { id, hash } = game.scenario;
    if (id !== compiled.scenario.id || hash !== compiled.hash)
      throw new Error(
        `this replay is of scenario ${id} (hash ${hash}), not of ${compiled.scenario.id} (hash ${compiled.hash})`,
      );
    return { seed: game.seed, seats: game.seats, actions: game.actions, finalStateHash: game.finalStateHash };
  }
  const { initial } = game;
  if (initial.scenarioHash !== compiled.hash)
    throw new Error(
      `this game was played on scenario ${initial.scenarioId} (hash ${initial.scenarioHash}), ` +
        `not on ${compiled.scenario.id} (hash ${compiled.hash})`,
    );
  const actions = 'steps' in game ? game.steps.map((step) => step.action) : game.actions;
  return { seed: initial.seed, seats: initial.seats, actions, finalStateHash: null };
}

/** What the engine allows now, in its order: the party to act's actions, then the facilitator's. */
function allowedActions(compiled: CompiledScenario, state: GameState): Action[] {
  const actor = currentActor(compiled, state);
  const options = [
    ...(actor === null ? [] : legalActions(compiled, state, actor)),
    ...facilitatorActions(compiled, state),
  ];
  return options.filter((option) => option.allowed).map((option) => option.action);
}

/** The AI seat to act, or why the AI cannot move now (the same conditions as runAiTurns). */
function aiToAct(compiled: CompiledScenario, state: GameState): { party: PartyId } | { why: string } {
  if (state.phase === 'ended') return { why: 'the game is over by then' };
  if (state.paused) return { why: 'the game is paused at that point' };
  const actor = currentActor(compiled, state);
  if (actor === null) return { why: 'nobody can act at that point' };
  if (state.seats[actor] !== 'ai') return { why: `it is ${actor}'s turn and ${actor} is a human seat` };
  return { party: actor };
}

function isAiMove(compiled: CompiledScenario, state: GameState, action: Action): boolean {
  const ai = aiToAct(compiled, state);
  return 'party' in ai && canonicalJson(decideAction(compiled, state, ai.party)) === canonicalJson(action);
}

function writeAction(writer: ByteWriter, compiled: CompiledScenario, state: GameState, action: Action): void {
  const options = allowedActions(compiled, state);
  const key = canonicalJson(action);
  const index = options.findIndex((option) => canonicalJson(option) === key);
  if (index >= 0) writer.varint(FIRST_INDEX_TAG + index);
  else if (
    !writeAnswer(writer, compiled, options, action) &&
    !writeDraft(writer, compiled, state, action) &&
    !writePledge(writer, compiled, state, action)
  ) {
    writer.varint(TAG_JSON);
    writer.text(key);
  }
}

function writeAnswer(writer: ByteWriter, compiled: CompiledScenario, options: Action[], action: Action): boolean {
  if (action.type !== 'answerDraft') return false;
  const bare = canonicalJson({
    type: action.type,
    party: action.party,
    draftId: action.draftId,
    accept: action.accept,
  });
  const index = options.findIndex((option) => canonicalJson(option) === bare);
  const utility = action.utility === undefined ? undefined : hundredths(action.utility);
  const need = action.need === undefined ? undefined : hundredths(action.need);
  const redLines = action.redLines?.map((key) => redLineIndexes(compiled, key));
  if (index < 0 || utility === null || need === null || redLines?.some((pair) => pair === null)) return false;
  if (action.reason !== undefined && new TextEncoder().encode(action.reason).length > MAX_REASON_BYTES) return false;

  const usual =
    action.reason !== undefined &&
    action.utility !== undefined &&
    action.need !== undefined &&
    action.reason === usualReason(action.accept, action.utility, action.need);
  writer.varint(TAG_ANSWER);
  writer.varint(index);
  const flags =
    (action.reason === undefined ? 0 : ANSWER_REASON) |
    (utility === undefined ? 0 : ANSWER_UTILITY) |
    (need === undefined ? 0 : ANSWER_NEED) |
    (redLines === undefined ? 0 : ANSWER_RED_LINES) |
    (usual ? ANSWER_USUAL_REASON : 0);
  writer.varint(flags);
  if (action.reason !== undefined && !usual) writer.text(action.reason);
  if (utility !== undefined) writer.varint(zigzag(utility));
  if (need !== undefined) writer.varint(zigzag(need));
  if (redLines !== undefined) {
    writer.varint(redLines.length);
    for (const pair of redLines) {
      writer.varint(pair?.[0] ?? 0);
      writer.varint(pair?.[1] ?? 0);
    }
  }
  return true;
}

function writeDraft(writer: ByteWriter, compiled: CompiledScenario, state: GameState, action: Action): boolean {
  if (action.type !== 'tableDraft' || action.party !== currentActor(compiled, state)) return false;
  const { terms } = action;
  if (Object.keys(terms).length !== compiled.issueIds.length) return false;
  const indexes = compiled.issueIds.map((issueId, i) => {
    const option = Object.hasOwn(terms, issueId) ? terms[issueId] : undefined;
    return option === undefined ? undefined : compiled.optionIndex[i]?.get(option);
  });
  if (indexes.some((index) => index === undefined)) return false;
  writer.varint(TAG_DRAFT);
  for (const index of indexes) writer.varint(index ?? 0);
  return true;
}

function writePledge(writer: ByteWriter, compiled: CompiledScenario, state: GameState, action: Action): boolean {
  if (action.type !== 'makePledge' || action.party !== currentActor(compiled, state)) return false;
  const i = compiled.issueIndex.get(action.issue);
  const options = i === undefined ? undefined : compiled.optionIndex[i];
  if (i === undefined || !options || !Array.isArray(action.refuses) || action.refuses.length > options.size)
    return false;
  const refused = action.refuses.map((option) => options.get(option));
  if (refused.some((index) => index === undefined)) return false;
  writer.varint(TAG_PLEDGE);
  writer.varint(i);
  writer.varint(refused.length);
  for (const index of refused) writer.varint(index ?? 0);
  return true;
}

function writeSeats(writer: ByteWriter, compiled: CompiledScenario, seats: Record<PartyId, SeatKind>): void {
  const { partyIds } = compiled;
  writer.varint(partyIds.length);
  for (let start = 0; start < partyIds.length; start += 8) {
    let bits = 0;
    for (let bit = 0; bit < 8; bit++) {
      const party = partyIds[start + bit];
      if (party !== undefined && seats[party] === 'human') bits |= 1 << bit;
    }
    writer.byte(bits);
  }
}

function decodeUnguarded(scenarios: CompiledScenario | ScenarioLookup, hash: string): Replay {
  if (typeof hash !== 'string') throw new ShareDataError('a game link is text');
  const text = hash.trim().replace(/^#/, '');
  if (text.length > MAX_SHARE_HASH_CHARS)
    throw new ShareDataError(`the game link is ${text.length} characters long; no game makes a link this long`);
  const shape = /^g(\d{1,6})\.(.*)$/s.exec(text);
  if (!shape) throw new ShareDataError(`this is not a game link: it should start with "${SHARE_HASH_PREFIX}"`);
  const version = Number(shape[1]);
  if (version !== SHARE_CODEC_VERSION)
    throw new ShareDataError(
      version > SHARE_CODEC_VERSION
        ? `this game link was made by a newer version of the game (link format ${version}; this one reads ${SHARE_CODEC_VERSION})`
        : `this game link has an unknown format g${version} (this version reads g${SHARE_CODEC_VERSION})`,
    );

  const reader = new ByteReader(fromBase64Url(shape[2] ?? ''));
  const innerVersion = reader.byte('the format number');
  if (innerVersion !== SHARE_CODEC_VERSION)
    throw new ShareDataError(`the link is damaged: its data says format ${innerVersion}, its start says g${version}`);
  const scenarioId = reader.text('the scenario id', 48);
  if (!/^[a-z][a-z0-9-]{0,47}$/.test(scenarioId))
    throw new ShareDataError(`the link is damaged: ${quoteText(scenarioId)} is not a scenario id`);
  const scenarioHash = reader.hash('the scenario content hash');
  const compiled = resolveScenario(scenarios, scenarioId, scenarioHash);
  const seed = reader.text('the seed', MAX_SEED_BYTES);
  if (seed === '' || seed.length > 200) throw new ShareDataError('the link is damaged: its seed is not a seed');
  const seats = readSeats(reader, compiled);
  const finalHash = reader.hash('the final state hash');
  const count = reader.varint('the number of actions');
  if (count > MAX_LINK_ACTIONS)
    throw new ShareDataError(`the link is damaged: it claims ${count} actions; a game has at most ${MAX_LINK_ACTIONS}`);

  const initial = createGame(compiled, { seed, seats });
  // One run, hashed as it goes: keeping every state (and copying its log) made long links quadratic.
  const run = new GameRun(compiled, initial);
  const actions: Action[] = [];
  const checkpoints: string[] = [];
  const apply = (action: Action) => {
    const at = actions.length;
    try {
      run.apply(action);
    } catch (error) {
      if (error instanceof IllegalActionError)
        throw new ShareDataError(
          `action ${at} (${describeAction(action)}) is not allowed at that point: ${error.reason}`,
        );
      throw error;
    }
    actions.push(action);
    checkpoints.push(checkpointHash(run.state));
  };

  while (actions.length < count) {
    const at = actions.length;
    const tag = reader.varint(`action ${at} of ${count}`);
    if (tag === TAG_AI_RUN) {
      const aiMoves = reader.varint(`the length of the AI's moves from action ${at}`);
      if (aiMoves === 0 || at + aiMoves > count)
        throw new ShareDataError(
          `the link is damaged: ${aiMoves} AI moves from action ${at} do not fit in a game of ${count} actions`,
        );
      for (let k = 0; k < aiMoves; k++) {
        const ai = aiToAct(compiled, run.state);
        if ('why' in ai) throw new ShareDataError(`action ${actions.length} is marked as the AI's move, but ${ai.why}`);
        apply(decideAction(compiled, run.state, ai.party));
      }
    } else apply(readAction(reader, compiled, run.state, tag, at));
  }
  if (reader.remaining > 0)
    throw new ShareDataError(`the link is damaged: ${reader.remaining} bytes are left over after the last action`);
  const found = stateHash(run.state);
  if (found !== finalHash)
    throw new ShareDataError(
      `this game ends differently here than where the link was made (state ${found}, expected ${finalHash}): ` +
        'the link is damaged, or was made with another version of the game',
    );
  return { ...recordReplay(compiled, { initial, steps: [] }), actions, checkpoints, finalStateHash: found };
}

function resolveScenario(
  scenarios: CompiledScenario | ScenarioLookup,
  scenarioId: string,
  scenarioHash: string,
): CompiledScenario {
  const compiled = typeof scenarios === 'function' ? scenarios(scenarioId, scenarioHash) : scenarios;
  if (!compiled)
    throw new ShareDataError(`unknown scenario "${scenarioId}": this version of the game has no scenario of that id`);
  if (compiled.scenario.id !== scenarioId)
    throw new ShareDataError(`this link is a game of scenario "${scenarioId}", not of "${compiled.scenario.id}"`);
  if (compiled.hash !== scenarioHash)
    throw new ShareDataError(
      `this link was made with another version of scenario "${scenarioId}" ` +
        `(content hash ${scenarioHash}; the one here is ${compiled.hash})`,
    );
  return compiled;
}

function readSeats(reader: ByteReader, compiled: CompiledScenario): Record<PartyId, SeatKind> {
  const { partyIds } = compiled;
  const count = reader.varint('the number of seats');
  if (count !== partyIds.length)
    throw new ShareDataError(
      `the link is damaged: it seats ${count} parties, and scenario "${compiled.scenario.id}" has ${partyIds.length}`,
    );
  const seats: Record<PartyId, SeatKind> = {};
  for (let start = 0; start < count; start += 8) {
    const bits = reader.byte('the seats');
    for (let bit = 0; bit < 8; bit++) {
      const party = partyIds[start + bit];
      const human = (bits & (1 << bit)) !== 0;
      if (party === undefined) {
        if (human) throw new ShareDataError('the link is damaged: it seats a party the scenario does not have');
      } else seats[party] = human ? 'human' : 'ai';
    }
  }
  return seats;
}

function readAction(reader: ByteReader, compiled: CompiledScenario, state: GameState, tag: number, at: number): Action {
  const what = `action ${at}`;
  if (tag === TAG_JSON) {
    const text = reader.text(what, MAX_JSON_ACTION_BYTES);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new ShareDataError(`the link is damaged: ${what} is not readable`);
    }
    const parsed = actionSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue ? formatPath(issue.path) : '';
      throw new ShareDataError(
        `the link is damaged: ${what} is not an action (${where === '' ? '' : `${where}: `}${issue?.message ?? 'invalid'})`,
      );
    }
    return parsed.data;
  }
  if (tag === TAG_DRAFT) {
    const party = currentActor(compiled, state);
    if (party === null) throw new ShareDataError(`${what} is a draft, but nobody can act at that point`);
    const terms: Record<string, string> = {};
    compiled.issueIds.forEach((issueId, i) => {
      const options = compiled.optionIds[i] ?? [];
      const index = reader.varint(`the draft of ${what}`);
      const option = options[index];
      if (option === undefined)
        throw new ShareDataError(
          `the link is damaged: ${what} picks option ${index} of "${issueId}", which has ${options.length}`,
        );
      terms[issueId] = option;
    });
    return { type: 'tableDraft', party, terms };
  }
  if (tag === TAG_PLEDGE) {
    const party = currentActor(compiled, state);
    if (party === null) throw new ShareDataError(`${what} is a pledge, but nobody can act at that point`);
    const i = reader.varint(`the pledge of ${what}`);
    const issueId = compiled.issueIds[i];
    const options = compiled.optionIds[i] ?? [];
    const count = reader.varint(`the pledge of ${what}`);
    if (issueId === undefined || count > options.length)
      throw new ShareDataError(`the link is damaged: ${what} is a pledge the scenario cannot hold`);
    const refuses: string[] = [];
    for (let k = 0; k < count; k++) {
      const option = options[reader.varint(`the pledge of ${what}`)];
      if (option === undefined)
        throw new ShareDataError(`the link is damaged: ${what} refuses an option "${issueId}" does not have`);
      refuses.push(option);
    }
    return { type: 'makePledge', party, issue: issueId, refuses };
  }
  const options = allowedActions(compiled, state);
  if (tag === TAG_ANSWER) {
    const index = reader.varint(what);
    const bare = options[index];
    if (bare?.type !== 'answerDraft')
      throw new ShareDataError(`the link is damaged: ${what} is an answer, but allowed action ${index} is not one`);
    return readAnswerDetails(reader, compiled, bare, what);
  }
  const option = options[tag - FIRST_INDEX_TAG];
  if (option === undefined)
    throw new ShareDataError(
      `${what} is allowed action number ${tag - FIRST_INDEX_TAG}, but only ${options.length} are allowed at that point`,
    );
  return option;
}

function readAnswerDetails(
  reader: ByteReader,
  compiled: CompiledScenario,
  bare: Extract<Action, { type: 'answerDraft' }>,
  what: string,
): Action {
  const flags = reader.varint(`the answer of ${what}`);
  const usual = (flags & ANSWER_USUAL_REASON) !== 0;
  const complete = ANSWER_REASON | ANSWER_UTILITY | ANSWER_NEED;
  if (flags > 31 || (usual && (flags & complete) !== complete))
    throw new ShareDataError(`the link is damaged: the answer of ${what} is unreadable`);
  const answer: Extract<Action, { type: 'answerDraft' }> = { ...bare };
  if (flags & ANSWER_REASON && !usual) answer.reason = reader.text(`the reason of ${what}`, MAX_REASON_BYTES);
  if (flags & ANSWER_UTILITY) answer.utility = unzigzag(reader.varint(`the utility of ${what}`)) / 100;
  if (flags & ANSWER_NEED) answer.need = unzigzag(reader.varint(`the need of ${what}`)) / 100;
  if (usual) answer.reason = usualReason(answer.accept, answer.utility ?? 0, answer.need ?? 0);
  if (flags & ANSWER_RED_LINES) {
    const count = reader.varint(`the red lines of ${what}`);
    if (count > reader.remaining)
      throw new ShareDataError(`the link is cut short: it ends inside the red lines of ${what}`);
    answer.redLines = [];
    for (let k = 0; k < count; k++) {
      const i = reader.varint(`the red lines of ${what}`);
      const o = reader.varint(`the red lines of ${what}`);
      const issueId = compiled.issueIds[i];
      const optionId = compiled.optionIds[i]?.[o];
      if (issueId === undefined || optionId === undefined)
        throw new ShareDataError(`the link is damaged: ${what} names a red line the scenario does not have`);
      answer.redLines.push(`${issueId}/${optionId}`);
    }
  }
  return answer;
}

/** How an answer states its numbers, as the summit screen words a player's answer. */
function usualReason(accept: boolean, utility: number, need: number): string {
  return `${accept ? 'accepts' : 'rejects'}: this gives us ${utility.toFixed(2)}; we need ${need.toFixed(2)}`;
}

/** `x` as a whole number of hundredths, when it is exactly one (as answers state their numbers); else null. */
function hundredths(x: number): number | null {
  const k = Math.round(x * 100);
  return Number.isSafeInteger(k) && Math.abs(k) < 2 ** 32 && k / 100 === x ? k : null;
}

function zigzag(k: number): number {
  return k >= 0 ? 2 * k : -2 * k - 1;
}

function unzigzag(n: number): number {
  return n % 2 === 0 ? n / 2 : -(n + 1) / 2;
}

/** `issue/option` as indexes, when both exist and the text is exactly that spelling; else null. */
function redLineIndexes(compiled: CompiledScenario, key: string): [number, number] | null {
  const slash = key.indexOf('/');
  const i = compiled.issueIndex.get(key.slice(0, slash));
  const o = i === undefined ? undefined : compiled.optionIndex[i]?.get(key.slice(slash + 1));
  return slash < 0 || i === undefined || o === undefined ? null : [i, o];
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return oneLineText(text.replace(/\s+/g, ' ').trim(), MAX_REASON_SHOWN);
}
