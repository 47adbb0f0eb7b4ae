// A seat at the table (or a party reached through one): who it is, what it wants, what it will not accept.
import * as z from 'zod/mini';
import {
  described,
  hexColour,
  idSchema,
  listOf,
  longText,
  numberIn,
  paragraph,
  shortText,
  unitInterval,
} from './common';

const leaderSchema = z.strictObject({
  name: shortText,
  title: described(shortText, 'Their office, e.g. "President" or "Special envoy of the US President".'),
});

/** Procedural flag or emblem, drawn by the game itself from these few parameters (no image files). */
const flagSchema = described(
  z.strictObject({
    layout: described(
      z.enum(['horizontal', 'vertical', 'cross', 'union', 'stripes-canton', 'plain']),
      'Bands top to bottom, bands left to right, a Nordic cross, a union of crosses, stripes with a canton, or a plain field.',
    ),
    colours: described(listOf(hexColour, 1, 4), 'Field colours in drawing order.'),
    symbol: described(
      z._default(z.enum(['none', 'star-ring', 'compass', 'leaf', 'eagle', 'stars']), 'none'),
      'An emblem drawn over the field.',
    ),
    symbolColour: z.optional(hexColour),
  }),
  "How the game draws this party's flag or emblem.",
);

const seatSchema = z.strictObject({
  playable: described(z.boolean(), 'Whether a human may take this seat.'),
  difficulty: z.enum(['easy', 'medium', 'hard']),
  note: described(paragraph, 'One line for the setup screen on why this seat is easy or hard.'),
  // Optional without a default: a default would add the field to every parsed scenario and change its hash.
  suggested: described(
    z.optional(z.boolean()),
    'The seat offered first to a new player (setup opens on it). At most one party per scenario.',
  ),
});

const personaSchema = described(
  z.strictObject({
    label: described(shortText, 'Shown in debriefs, e.g. "Holds firm until late".'),
    exponent: described(
      numberIn(0.05, 10),
      'Concession exponent e: below 1 holds firm until late (Boulware), 1 linear, above 1 concedes early.',
    ),
    reciprocity: described(unitInterval, 'Tit-for-tat: how much it concedes back to a party that conceded to it.'),
    leverAppetite: described(unitInterval, 'How readily it spends its budget on levers.'),
    walkOutBelow: described(
      z.optional(unitInterval),
      'Walks out if the best draft on the table stays below this utility late in the talks.',
    ),
  }),
  'How an AI plays this party.',
);

const preferenceSchema = z.strictObject({
  weight: described(unitInterval, 'How much the issue matters; weights are normalised per party.'),
  values: described(
    z.record(idSchema, unitInterval),
    'Value of each option of the issue to this party, 0 worst to 1 best.',
  ),
});

const redLineSchema = z.strictObject({
  issue: idSchema,
  forbidden: described(listOf(idSchema, 1), 'Options of the issue this party will not sign.'),
  firmness: described(unitInterval, '1 never gives way; lower values can be worn down by levers and pressure.'),
  public: described(z.boolean(), 'Public red lines are known to all; private ones are only learnt through play.'),
  reason: described(paragraph, 'What the party says when a draft crosses this line.'),
});

const reservationDriverSchema = z.strictObject({
  meter: idSchema,
  party: described(z.optional(idSchema), 'Whose meter, for a per-party meter; defaults to this party.'),
  weight: described(
    numberIn(-1, 1),
    'Reservation value moves by weight × (meter now − meter at start), both scaled to 0..1.',
  ),
});

const reservationSchema = described(
  z.strictObject({
    base: described(unitInterval, 'What the party expects from no deal at the start, on the utility scale.'),
    drivers: z._default(z.array(reservationDriverSchema), []),
  }),
  'The reservation value (BATNA): below it, no deal is better than this deal.',
);

const briefSchema = z.strictObject({
  public: described(longText, 'What every player may read about this party.'),
  private: described(longText, 'The confidential brief for whoever takes this seat.'),
});

export const partySchema = z.strictObject({
  id: idSchema,
  name: shortText,
  shortName: described(
    z.string().check(z.minLength(1), z.maxLength(12), z.regex(/^[^<>&]+$/, 'a short name is plain text')),
    'At most 12 characters, for the table.',
  ),
  kind: z.enum(['state', 'institution', 'bloc']),
  role: z.enum(['convenor', 'signatory', 'guarantor', 'observer']),
  leaders: z._default(z.array(leaderSchema), []),
  members: described(z.optional(z.array(shortText)), 'For a bloc: who it stands for.'),
  atTable: described(z.boolean(), 'False for a party that is not in the room and hears drafts through another.'),
  reachedThrough: described(z.optional(idSchema), 'For a party not at the table: the party that carries drafts to it.'),
  colours: z.strictObject({ primary: hexColour, secondary: hexColour }),
  flag: flagSchema,
  seat: seatSchema,
  persona: personaSchema,
  publicPosition: paragraph,
  preferences: described(
    z.record(idSchema, preferenceSchema),
    'Per issue id: its weight and the value of each option.',
  ),
  redLines: z._default(z.array(redLineSchema), []),
  reservation: reservationSchema,
  meters: described(
    z._default(z.record(idSchema, z.number()), {}),
    'Start values of per-party meters, where not the default.',
  ),
  trust: described(
    z._default(z.record(idSchema, z.number()), {}),
    "This party's trust toward others, where not the default.",
  ),
  brief: briefSchema,
  sources: described(z._default(z.array(idSchema), []), "Ids of sources that support this party's positions."),
});

export type Party = z.infer<typeof partySchema>;
export type RedLine = z.infer<typeof redLineSchema>;
