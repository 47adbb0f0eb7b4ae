// Building blocks shared by every part of the scenario schema: ids, plain text, numbers in range, colours.
import * as z from 'zod';

/** Ids are what authors type in cross-references, so they are short, lower-case and unambiguous. */
export const idSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,47}$/, 'an id is lower-case letters, digits and dashes, starting with a letter (max 48)')
  .describe('Lower-case id: letters, digits and dashes, starting with a letter.');

// Text from a scenario is shown to players as text, never as markup. We refuse markup outright so an author
// learns at validation time, not when a tag shows up verbatim on a projector.
const markupPattern = /<\s*\/?\s*[a-zA-Z!?]|&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);/;
// eslint-disable-next-line no-control-regex -- control characters are exactly what this pattern must find
const controlCharacterPattern = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Plain text shown to players; `maxLength` keeps panels readable. */
export function plainText(maxLength: number) {
  return z
    .string()
    .trim()
    .min(1, 'text must not be empty')
    .max(maxLength, `text is too long (at most ${maxLength} characters)`)
    .refine((text) => !markupPattern.test(text), {
      message: 'text must be plain: it contains HTML markup or an HTML entity',
    })
    .refine((text) => !controlCharacterPattern.test(text), { message: 'text contains a control character' });
}

export const shortText = plainText(120);
export const paragraph = plainText(1200);
export const longText = plainText(4000);

export const unitInterval = z.number().min(0).max(1);
export const hexColour = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'a colour is written #rrggbb')
  .describe('A colour as #rrggbb.');
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD')
  .describe('A date as YYYY-MM-DD.');

/**
 * Where an effect or condition applies. A party id, or: `self` (the party playing a lever), `target` (the lever's
 * target), `all` (every party). Which words are allowed depends on the context; the loader checks.
 */
export const partyRefSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,47}$/, 'a party reference is a party id, "self", "target" or "all"')
  .describe('A party id, or "self" / "target" (in levers) or "all".');
