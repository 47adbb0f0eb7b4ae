// Where a JSON text first goes wrong, as line and column. JSON.parse's messages differ between engines and often
// give no position at all, so a small scanner walks the text by the JSON grammar (RFC 8259) and stops at the first
// character that cannot be there. It runs only after JSON.parse has failed.

export interface JsonSyntaxError {
  line: number;
  column: number;
  message: string;
}

const MAX_DEPTH = 512;

class Stop extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** The first syntax error in `text`, or null if it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let offset = 0;

  const describe = (at: number): string => {
    if (at >= text.length) return 'the end of the file';
    const char = text[at] ?? '';
    return /[\x21-\x7e]/.test(char) ? `'${char}'` : `character U+${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  };
  const fail = (expected: string, at = offset): never => {
    throw new Stop(at, `expected ${expected} but found ${describe(at)}`);
  };
  const skipSpace = () => {
    while (offset < text.length && ' \t\n\r'.includes(text[offset] ?? '')) offset++;
  };
  const literal = (word: string) => {
    for (let i = 0; i < word.length; i++) if (text[offset + i] !== word[i]) fail(`"${word}"`, offset + i);
    offset += word.length;
  };
  const string = () => {
    offset++; // the opening quote
    for (;;) {
      if (offset >= text.length) throw new Stop(offset, "a text value is not closed: expected '\"' before the end");
      const char = text[offset] ?? '';
      if (char === '"') {
        offset++;
        return;
      }
      if (char === '\\') {
        const escaped = text[offset + 1] ?? '';
        if ('"\\/bfnrt'.includes(escaped) && escaped !== '') offset += 2;
        else if (escaped === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(offset + 2, offset + 6))) offset += 6;
        else throw new Stop(offset, 'invalid escape in a text value');
        continue;
      }
      if (char < ' ') throw new Stop(offset, 'a line break or control character inside a text value');
      offset++;
    }
  };
  const digits = () => {
    if (!/[0-9]/.test(text[offset] ?? '')) fail('a digit');
    while (/[0-9]/.test(text[offset] ?? '')) offset++;
  };
  const number = () => {
    if (text[offset] === '-') offset++;
    if (text[offset] === '0') offset++;
    else digits();
    if (text[offset] === '.') {
      offset++;
      digits();
    }
    if (text[offset] === 'e' || text[offset] === 'E') {
      offset++;
      if (text[offset] === '+' || text[offset] === '-') offset++;
      digits();
    }
  };
  const value = (depth: number): void => {
    if (depth > MAX_DEPTH) throw new Stop(offset, `nested more than ${MAX_DEPTH} levels deep`);
    skipSpace();
    const char = text[offset];
    if (char === '{') {
      offset++;
      skipSpace();
      if (text[offset] === '}') {
        offset++;
        return;
      }
      for (;;) {
        skipSpace();
        if (text[offset] !== '"') fail('a field name in double quotes');
        string();
        skipSpace();
        if (text[offset] !== ':') fail("':' after a field name");
        offset++;
        value(depth + 1);
        skipSpace();
        if (text[offset] === ',') {
          offset++;
          continue;
        }
        if (text[offset] === '}') {
          offset++;
          return;
        }
        fail("',' or '}' after a field's value");
      }
    }
    if (char === '[') {
      offset++;
      skipSpace();
      if (text[offset] === ']') {
        offset++;
        return;
      }
      for (;;) {
        value(depth + 1);
        skipSpace();
        if (text[offset] === ',') {
          offset++;
          continue;
        }
        if (text[offset] === ']') {
          offset++;
          return;
        }
        fail("',' or ']' after a list item");
      }
    }
    if (char === '"') return string();
    if (char === 't') return literal('true');
    if (char === 'f') return literal('false');
    if (char === 'n') return literal('null');
    if (char === '-' || /[0-9]/.test(char ?? '')) return number();
    fail('a value');
  };

  try {
    value(0);
    skipSpace();
    if (offset < text.length) fail('the end of the file after the JSON value');
    return null;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return { ...lineAndColumn(text, error.offset), message: error.reason };
  }
}

/** 1-based line and column of a UTF-16 offset; a column counts characters, as editors do for ASCII text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
