// Whatever text a file holds, each error the loader reports is one short line (issue 11, item 4), and a file with
// thousands of problems gets the first 50 and a count (item 3).
import { describe, expect, it } from 'vitest';
import { knownList } from '../../../src/scenario/errors';
import { formatScenarioError } from '../../../src/scenario/loadScenario';
import { oneLineText, quoteText } from '../../../src/scenario/quoteText';
import { edit, errorsOf, minimalText as base } from './scenarioText';

/** Every character that breaks a line or can reorder one on screen. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this pattern must find
const LINE_BREAKING = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const MAX_LINE = 300;
const HOSTILE = 'x\ny\r\u0085z\u2028w\u2029v\u200fu\u202ev\u2066t\u2069';
const BLOCK = `${'a'.repeat(6000)}\u2028\u202e${'b'.repeat(6000)}`;

function expectShortSingleLines(text: string) {
  const lines = errorsOf(text).map(formatScenarioError);
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) {
    expect(line).not.toMatch(LINE_BREAKING);
    expect(line.length).toBeLessThanOrEqual(MAX_LINE);
  }
  return lines;
}

describe('quoteText', () => {
  it('writes line breaks, Unicode separators and bidirectional controls as visible escapes', () => {
    expect(quoteText('x\ny')).toBe('"x\\ny"');
    expect(quoteText('a\r\u0085\u2028\u2029b')).toBe('"a\\r\\u0085\\u2028\\u2029b"');
    expect(quoteText('\u200e\u200f\u202a\u202e\u2066\u2069')).toBe('"\\u200E\\u200F\\u202A\\u202E\\u2066\\u2069"');
    expect(quoteText('say "hi" \\ bye')).toBe('"say \\"hi\\" \\\\ bye"');
  });

  it('leaves ordinary text, accents and other scripts alone', () => {
    expect(quoteText('Донбас – Zürich 東京')).toBe('"Донбас – Zürich 東京"');
  });

  it('cuts long text to about 80 characters with an ellipsis, never inside an escape or a surrogate pair', () => {
    expect(quoteText('a'.repeat(12_000))).toBe(`"${'a'.repeat(80)}…"`);
    expect(quoteText('\n'.repeat(100))).toBe(`"${'\\n'.repeat(40)}…"`);
    const emoji = quoteText('🙂'.repeat(100));
    expect(emoji.endsWith('🙂…"')).toBe(true);
    expect(oneLineText(`${'a'.repeat(10)}\n${'b'.repeat(500)}`, 20)).toBe(`${'a'.repeat(10)}\\n${'b'.repeat(8)}…`);
  });
});

describe('every scenario error is one line of bounded length', () => {
  const title = 'title: Minimal test scenario\n';

  it('for an unknown key holding a newline, separators and right-to-left marks', () => {
    const lines = expectShortSingleLines(edit(base, title, `${title}${JSON.stringify(HOSTILE)}: 1\n`));
    expect(lines.join('\n')).toMatch(/unknown field "x\\ny\\r\\u0085z\\u2028w\\u2029v\\u200Fu\\u202Ev\\u2066t\\u2069"/);
  });

  it('for a 12,000-character key and a 12,000-character value', () => {
    // An explicit key (`? …`): YAML refuses implicit keys over 1,024 characters before the schema sees them.
    const key = expectShortSingleLines(edit(base, title, `${title}? ${JSON.stringify(HOSTILE + BLOCK)}\n: 1\n`));
    expect(key.join('\n')).toMatch(/unknown field "x\\ny/);
    const value = expectShortSingleLines(edit(base, 'format: 1\n', `format: ${JSON.stringify(HOSTILE + BLOCK)}\n`));
    expect(value.join('\n')).toMatch(/unsupported format the text "x\\ny/);
  });

  it('for ids and references holding line breaks', () => {
    const lines = expectShortSingleLines(
      edit(base, 'requiredSignatories: [north, south]', `requiredSignatories: [north, ${JSON.stringify(HOSTILE)}]`),
    );
    expect(lines.join('\n')).toMatch(/requiredSignatories\[1\]/);
    expectShortSingleLines(edit(base, '  - id: mediator\n', `  - id: ${JSON.stringify(HOSTILE + BLOCK)}\n`));
  });

  it('for a YAML syntax error whose parser message quotes a whole block', () => {
    // The parser's own message here is 12,042 characters: it quotes the scalar it did not expect.
    const lines = expectShortSingleLines(`- a\nb: ${BLOCK}\n`);
    expect(lines.join('\n')).toMatch(/YAML syntax: Unexpected scalar token in YAML stream: "aaa+…/);
  });

  it('for duplicate and forbidden keys holding line breaks', () => {
    const hostile = JSON.stringify(HOSTILE);
    const duplicate = expectShortSingleLines(`format: 1\n${hostile}: 1\n${hostile}: 2\n`);
    expect(duplicate.join('\n')).toMatch(/duplicate key "x\\ny/);
  });
});

describe('a file with hundreds of problems gets the first 50 and a count', () => {
  const expectCapped = (lines: string[], total: number) => {
    expect(lines).toHaveLength(51);
    expect(lines[50]).toMatch(new RegExp(`… and ${total - 50} more problems$`));
  };

  it('for schema errors, and the close match is still suggested first', () => {
    const typo = edit(base, 'title: Minimal test scenario\n', 'titel: Minimal test scenario\n');
    const extra = Array.from({ length: 200 }, (_, i) => `unknown-${i}: 1`).join('\n');
    const lines = errorsOf(`${typo}${extra}\n`).map(formatScenarioError);
    expectCapped(lines, 202);
    expect(lines.join('\n')).toMatch(/unknown field "titel" \(known: title,/);
  });

  it('for cross-reference errors, with the close match first', () => {
    const wrong = Array.from({ length: 199 }, (_, i) => `nobody-${i}`).join(', ');
    const text = edit(base, 'requiredSignatories: [north, south]', `requiredSignatories: [north, sooth, ${wrong}]`);
    const lines = errorsOf(text).map(formatScenarioError);
    expectCapped(lines, 200);
    expect(lines.join('\n')).toMatch(/unknown party "sooth" \(known: south,/);
  });

  it('names fewer known ids when they are long, closest first, so the line stays short', () => {
    const long = Array.from({ length: 1000 }, (_, i) => `source-${String(i).padStart(4, '0')}-${'s'.repeat(36)}`);
    const list = knownList(`source-0999-${'s'.repeat(35)}`, long);
    expect(list.length).toBeLessThanOrEqual(140);
    expect(list).toMatch(/^\(known: source-0999-s+, .*, …\)$/);
  });

  it('for YAML syntax errors and duplicate keys', () => {
    const broken = Array.from({ length: 200 }, (_, i) => `k${i}: [`).join('\n');
    expectCapped(errorsOf(`${broken}\n`).map(formatScenarioError), 200);
    const duplicates = `format: 1\n${Array.from({ length: 201 }, () => 'id: x').join('\n')}\n`;
    const lines = errorsOf(duplicates).map(formatScenarioError);
    expectCapped(lines, 200);
    expect(lines[0]).toMatch(/:3:1 id: duplicate key "id" \(first at line 2\)/);
  });
});
