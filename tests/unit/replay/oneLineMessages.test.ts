// Ids and keys a replay file or a share link holds reach the messages about them escaped and cut, so every
// problem stays one line of bounded length (issue 11, item 4).
import { describe, expect, it } from 'vitest';
import { decodeShareHash, parseReplay, recordAiGame, serializeReplay, verifyReplay } from '../../../src/replay';
import { ByteWriter, toBase64Url } from '../../../src/replay/shareBytes';
import { SHARE_HASH_PREFIX } from '../../../src/replay/shareLink';
import { compileFile, TUTORIAL_FILE } from './fixtures';

// eslint-disable-next-line no-control-regex -- control characters are exactly what this pattern must find
const LINE_BREAKING = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const MAX_LINE = 300;
const HOSTILE = 'x\ny\r\u0085z\u2028w\u2029v\u200fu\u202ev\u2066t\u2069';
const BLOCK = `${HOSTILE}${'a'.repeat(6000)}\u2028\u202e${'b'.repeat(6000)}`;

const compiled = compileFile(TUTORIAL_FILE);
const replay = recordAiGame(compiled, 'one-line-1');

function expectShortSingleLine(message: string) {
  expect(message).not.toMatch(LINE_BREAKING);
  expect(message.length).toBeLessThanOrEqual(MAX_LINE);
}

function parseErrors(value: unknown): string[] {
  const result = parseReplay(JSON.stringify(value), 'games/hostile.json');
  if (result.ok) throw new Error('expected the replay to be refused');
  result.errors.forEach(expectShortSingleLine);
  return result.errors;
}

/** A link built byte by byte: one action given as JSON, which the decoder parses and applies. */
function linkWithJsonAction(action: unknown, scenarioId = compiled.scenario.id): string {
  const writer = new ByteWriter();
  writer.byte(1);
  writer.text(scenarioId);
  writer.hash(compiled.hash);
  writer.text('seed-1');
  writer.varint(compiled.partyIds.length);
  for (let start = 0; start < compiled.partyIds.length; start += 8) writer.byte(0);
  writer.hash('0123456789abcdef');
  writer.varint(1);
  writer.varint(1); // the tag of an action written as JSON
  writer.text(JSON.stringify(action));
  return `${SHARE_HASH_PREFIX}${toBase64Url(writer.finish())}`;
}

describe('replay messages quote what the file holds on one line', () => {
  const original = JSON.parse(serializeReplay(replay)) as Record<string, unknown> & { actions: unknown[] };

  it('for unknown keys holding line breaks and long keys', () => {
    const errors = parseErrors({ ...original, [HOSTILE]: 1 });
    expect(errors.join('\n')).toMatch(/\["x\\ny\\r\\u0085z/);
    parseErrors({ ...original, [HOSTILE]: 1, [BLOCK]: 2, b: 3, c: 4 });
  });

  it('for values holding line breaks, separators and right-to-left marks', () => {
    const errors = parseErrors({ ...original, actions: [{ type: BLOCK }] });
    expect(errors.join('\n')).toMatch(/unknown action type "x\\ny/);
    parseErrors({ ...original, format: BLOCK });
    parseErrors({ ...original, version: HOSTILE });
  });

  it('for a draft id holding a newline, when the replay is verified', () => {
    const at = replay.actions.findIndex((action) => action.type === 'answerDraft');
    expect(at).toBeGreaterThanOrEqual(0);
    const actions = replay.actions.map((action, index) =>
      index === at && action.type === 'answerDraft' ? { ...action, draftId: HOSTILE } : action,
    );
    const verified = verifyReplay(compiled, { ...replay, actions });
    expect(verified.ok).toBe(false);
    if (verified.ok) return;
    expectShortSingleLine(verified.reason);
    expect(verified.reason).toMatch(/draft "x\\ny/);
  });
});

describe('share-link problems quote what the link holds on one line', () => {
  it('for a draft id holding a newline', () => {
    const decoded = decodeShareHash(
      compiled,
      linkWithJsonAction({ type: 'answerDraft', party: compiled.partyIds[0], draftId: HOSTILE, accept: true }),
    );
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expectShortSingleLine(decoded.problem);
    expect(decoded.problem).toMatch(/to "x\\ny/);
  });

  it('for a scenario id holding a newline', () => {
    const decoded = decodeShareHash(compiled, linkWithJsonAction({ type: 'pause' }, 'x\ny\u202e'));
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expectShortSingleLine(decoded.problem);
    expect(decoded.problem).toMatch(/"x\\ny\\u202E" is not a scenario id/);
  });
});
