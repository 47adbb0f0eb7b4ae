// The JSON syntax locator agrees with JSON.parse on what is JSON, and points at the first wrong character.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from '../../../src/replay/jsonSyntax';

function accepts(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('findJsonSyntaxError', () => {
  it('agrees with JSON.parse on valid JSON, random text and JSON with a piece cut out', () => {
    const cut = fc
      .tuple(fc.json(), fc.nat(), fc.nat({ max: 4 }))
      .map(
        ([json, at, length]) => json.slice(0, at % (json.length + 1)) + json.slice((at % (json.length + 1)) + length),
      );
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string(), cut), (text) => {
        expect(findJsonSyntaxError(text) === null).toBe(accepts(text));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['{"a": 1,\n "b" 2}', 2, 6, "expected ':' after a field name but found '2'"],
    ['{"a": 1\n "b": 2}', 2, 2, "expected ',' or '}' after a field's value but found '\"'"],
    ['[1, 2', 1, 6, "expected ',' or ']' after a list item but found the end of the file"],
    ['{"a": tru}', 1, 10, 'expected "true" but found \'}\''],
    ['{"a": "x\ny"}', 1, 9, 'a line break or control character inside a text value'],
    ['{} {}', 1, 4, "expected the end of the file after the JSON value but found '{'"],
    ['{"a": 01}', 1, 8, "expected ',' or '}' after a field's value but found '1'"],
  ])('locates %j at %i:%i', (text, line, column, message) => {
    expect(findJsonSyntaxError(text)).toEqual({ line, column, message });
  });
});
