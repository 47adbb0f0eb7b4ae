// A seat at the table (or a party reached through one): who it is, what it wants, what it will not accept.
import * as z from 'zod';
import { hexColour, idSchema, longText, paragraph, shortText, unitInterval } from './common';

const leaderSchema = z.strictObject({
  name: shortText,
  title: shortText.describe('Their office, e.g. "President" or "Special envoy of the US President".'),
});

/** Procedural flag or emblem, drawn by the game itself from these few parameters (no image files). */
const flagSchema = z
  .strictObject({
    layout: z
      .enum(['horizontal', 'vertical', 'cross', 'union', 'stripes-canton', 'plain'])
      .describe(
        'Bands top to bottom, bands left to right, a Nordic cross, a union of crosses, stripes with a canton, or a plain field.',
      ),
    colours: z.array(hexColour).min(1).max(4).describe('Field colours in drawing order.'),
    symbol: z
      .enum(['none', 'star-ring', 'compass', 'leaf', 'eagle', 'stars'])
      .default('none')
      .describe('An emblem drawn over the field.'),
    symbolColour: hexColour.optional(),
  })
  .describe("How the game draws this party's flag or emblem.");

const seatSchema = z.strictObject({
  playable: z.boolean().describe('Whether a human may take this seat.'),
  difficulty: z.enum(['easy', 'medium', 'hard']),
  note: paragraph.describe('One line for the setup screen on why this seat is easy or hard.'),
});

const personaSchema = z
  .strictObject({
    label: shortText.describe('Shown in debriefs, e.g. "Holds firm until late".'),
    exponent: z
      .number()
      .min(0.05)
      .max(10)
      .describe('Concession exponent e: below 1 holds firm until late (Boulware), 1 linear, above 1 concedes early.'),
    reciprocity: unitInterval.describe('Tit-for-tat: how much it concedes back to a party that conceded to it.'),
    leverAppetite: unitInterval.describe('How readily it spends its budget on levers.'),
    walkOutBelow: unitInterval
      .optional()
      .describe('Walks out if the best draft on the table stays below this utility late in the talks.'),
  })
  .describe('How an AI plays this party.');

const preferenceSchema = z.strictObject({
  weight: unitInterval.describe('How much the issue matters; weights are normalised per party.'),
  values: z
    .record(idSchema, unitInterval)
    .describe('Value of each option of the issue to this party, 0 worst to 1 best.'),
});

const redLineSchema = z.strictObject({
  issue: idSchema,
  forbidden: z.array(idSchema).min(1).describe('Options of the issue this party will not sign.'),
  firmness: unitInterval.describe('1 never gives way; lower values can be worn down by levers and pressure.'),
  public: z.boolean().describe('Public red lines are known to all; private ones are only learnt through play.'),
  reason: paragraph.describe('What the party says when a draft crosses this line.'),
});

const reservationDriverSchema = z.strictObject({
  meter: idSchema,
  party: idSchema.optional().describe('Whose meter, for a per-party meter; defaults to this party.'),
  weight: z
    .number()
    .min(-1)
    .max(1)
    .describe('Reservation value moves by weight × (meter now − meter at start), both scaled to 0..1.'),
});

const reservationSchema = z
  .strictObject({
    base: unitInterval.describe('What the party expects from no deal at the start, on the utility scale.'),
    drivers: z.array(reservationDriverSchema).default([]),
  })
  .describe('The reservation value (BATNA): below it, no deal is better than this deal.');

const briefSchema = z.strictObject({
  public: longText.describe('What every player may read about this party.'),
  private: longText.describe('The confidential brief for whoever takes this seat.'),
});

export const partySchema = z.strictObject({
  id: idSchema,
  name: shortText,
  shortName: z
    .string()
    .min(1)
    .max(12)
    .regex(/^[^<>&]+$/, 'a short name is plain text')
    .describe('At most 12 characters, for the table.'),
  kind: z.enum(['state', 'institution', 'bloc']),
  role: z.enum(['convenor', 'signatory', 'guarantor', 'observer']),
  leaders: z.array(leaderSchema).default([]),
  members: z.array(shortText).optional().describe('For a bloc: who it stands for.'),
  atTable: z.boolean().describe('False for a party that is not in the room and hears drafts through another.'),
  reachedThrough: idSchema.optional().describe('For a party not at the table: the party that carries drafts to it.'),
  colours: z.strictObject({ primary: hexColour, secondary: hexColour }),
  flag: flagSchema,
  seat: seatSchema,
  persona: personaSchema,
  publicPosition: paragraph,
  preferences: z.record(idSchema, preferenceSchema).describe('Per issue id: its weight and the value of each option.'),
  redLines: z.array(redLineSchema).default([]),
  reservation: reservationSchema,
  meters: z
    .record(idSchema, z.number())
    .default({})
    .describe('Start values of per-party meters, where not the default.'),
  trust: z
    .record(idSchema, z.number())
    .default({})
    .describe("This party's trust toward others, where not the default."),
  brief: briefSchema,
  sources: z.array(idSchema).default([]).describe("Ids of sources that support this party's positions."),
});

export type Party = z.infer<typeof partySchema>;
export type RedLine = z.infer<typeof redLineSchema>;
