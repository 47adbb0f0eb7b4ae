// Building blocks shared by every part of the scenario schema: ids, plain text, numbers in range, colours.
// The schema is written with `zod/mini` (functions instead of methods) because it also runs in the browser, for
// scenario files a player picks: the mini build is a third of classic zod's size there, with the same checks,
// issues and JSON Schema.
import * as z from 'zod/mini';

/** Attaches the text that the JSON Schema shows authors in their editor. */
export function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  return schema.check(z.describe(description));
}

/** A number within [min, max]. */
export function numberIn(min: number, max: number) {
  return z.number().check(z.minimum(min), z.maximum(max));
}

/** A whole number within [min, max]. */
export function wholeNumberIn(min: number, max: number) {
  return z.int().check(z.minimum(min), z.maximum(max));
}

/** A list of at least `min` (and at most `max`) items, with the author's message for either bound. */
export function listOf<T extends z.ZodMiniType>(item: T, min = 0, max?: number, message?: string) {
  const bounds = [];
  if (min > 0) bounds.push(z.minLength(min, message));
  if (max !== undefined) bounds.push(z.maxLength(max, message));
  return z.array(item).check(...bounds);
}

/**
 * The names every JavaScript object already answers to (`constructor`, `toString`, …). Ids key the game's records,
 * and a record asked for such a name answers with the language's own property instead of the scenario's data (a
 * function where a number belongs), so the format refuses them.
 */
const RESERVED_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

export function isReservedName(name: string): boolean {
  return RESERVED_NAMES.has(name);
}

const notReserved = z.refine<string>((name) => !isReservedName(name), {
  message: 'this name is reserved (every JavaScript object has a property called so): choose another id',
});

/** Ids are what authors type in cross-references, so they are short, lower-case and unambiguous. */
export const idSchema = described(
  z
    .string()
    .check(
      z.regex(
        /^[a-z][a-z0-9-]{0,47}$/,
        'an id is lower-case letters, digits and dashes, starting with a letter (max 48)',
      ),
      notReserved,
    ),
  'Lower-case id: letters, digits and dashes, starting with a letter; not a name every JavaScript object has (constructor).',
);

// Text from a scenario is shown to players as text, never as markup. We refuse markup outright so an author
// learns at validation time, not when a tag shows up verbatim on a projector.
const markupPattern = /<\s*\/?\s*[a-zA-Z!?]|&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);/;
// eslint-disable-next-line no-control-regex -- control characters are exactly what this pattern must find
const controlCharacterPattern = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Plain text shown to players; `maxLength` keeps panels readable. */
export function plainText(maxLength: number) {
  return z.string().check(
    z.trim(),
    z.minLength(1, 'text must not be empty'),
    z.maxLength(maxLength, `text is too long (at most ${maxLength} characters)`),
    z.refine((text) => !markupPattern.test(text), {
      message: 'text must be plain: it contains HTML markup or an HTML entity',
    }),
    z.refine((text) => !controlCharacterPattern.test(text), { message: 'text contains a control character' }),
  );
}

export const shortText = plainText(120);
export const paragraph = plainText(1200);
export const longText = plainText(4000);

export const unitInterval = numberIn(0, 1);
export const hexColour = described(
  z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, 'a colour is written #rrggbb')),
  'A colour as #rrggbb.',
);
export const isoDate = described(
  z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD')),
  'A date as YYYY-MM-DD.',
);

/**
 * Where an effect or condition applies. A party id, or: `self` (the party playing a lever), `target` (the lever's
 * target), `all` (every party). Which words are allowed depends on the context; the loader checks.
 */
export const partyRefSchema = described(
  z
    .string()
    .check(
      z.regex(/^[a-z][a-z0-9-]{0,47}$/, 'a party reference is a party id, "self", "target" or "all"'),
      notReserved,
    ),
  'A party id, or "self" / "target" (in levers) or "all".',
);
