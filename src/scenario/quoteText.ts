// Text taken from a file and put into an error message must not break the message's one line, hide in it, or
// reorder it on screen: line breaks (including Unicode's U+0085, U+2028, U+2029) and bidirectional controls are
// written as visible escapes, and long text is cut, so every error stays one readable line of bounded length.

/** About how many characters of someone's text an error message repeats. */
export const QUOTED_TEXT_MAX = 80;

// C0/C1 controls (tab, CR, LF, NEL, …), Unicode line/paragraph separators, and the bidirectional marks, embeddings,
// overrides and isolates that can make a line display in another order than it reads.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this pattern must find
const UNSAFE_CHARACTER = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const NAMED_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeCharacter(character: string, quoted: boolean): string {
  if (quoted && (character === '"' || character === '\\')) return `\\${character}`;
  if (!UNSAFE_CHARACTER.test(character)) return character;
  const named = NAMED_ESCAPES[character];
  if (named !== undefined) return named;
  return `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The text with unsafe characters escaped, cut after about `max` characters of output with "…". Cuts between
 * code points, never inside an escape or a surrogate pair. Linear in the part of the text kept.
 */
function escapeAndCut(text: string, max: number, quoted: boolean): string {
  let out = '';
  for (const character of text) {
    const piece = escapeCharacter(character, quoted);
    if (out.length + piece.length > max) return `${out}…`;
    out += piece;
  }
  return out;
}

/** `"x\ny"` for the text `x⏎y`: the text in double quotes, escaped and cut, for a message that names it. */
export function quoteText(text: string, max = QUOTED_TEXT_MAX): string {
  return `"${escapeAndCut(text, max, true)}"`;
}

/** The text on one line and cut, without quotes: for a message of someone else's (a parser's) that may hold source. */
export function oneLineText(text: string, max: number): string {
  return escapeAndCut(text, max, false);
}

const PLAIN_ID = /^[a-z][a-z0-9-]{0,47}$/;

/** An id as messages show it: bare when it is a well-formed id, quoted and escaped when a file wrote anything else. */
export function idText(id: string): string {
  return PLAIN_ID.test(id) ? id : quoteText(id);
}
