// What levers, news events and the round's drift do to the world, and when they are allowed.
import * as z from 'zod/mini';
import { described, idSchema, numberIn, partyRefSchema, unitInterval, wholeNumberIn } from './common';

const meterEffect = described(
  z.strictObject({
    kind: z.literal('meter'),
    meter: idSchema,
    party: described(z.optional(partyRefSchema), 'Required for a per-party meter; absent for a shared one.'),
    delta: numberIn(-1000, 1000),
  }),
  'Add delta to a meter (clamped to its range).',
);

const trustEffect = described(
  z.strictObject({
    kind: z.literal('trust'),
    from: described(partyRefSchema, 'Whose trust changes.'),
    to: described(partyRefSchema, 'Toward whom.'),
    delta: numberIn(-100, 100),
  }),
  'Change how much one party trusts another.',
);

const firmnessEffect = described(
  z.strictObject({
    kind: z.literal('firmness'),
    party: partyRefSchema,
    issue: idSchema,
    delta: numberIn(-1, 1),
  }),
  "Wear down (negative) or harden (positive) a party's red lines on one issue.",
);

const weightEffect = described(
  z.strictObject({
    kind: z.literal('weight'),
    party: partyRefSchema,
    issue: idSchema,
    delta: numberIn(-1, 1),
  }),
  'Make an issue matter more or less to a party.',
);

const reservationEffect = described(
  z.strictObject({
    kind: z.literal('reservation'),
    party: partyRefSchema,
    delta: numberIn(-1, 1),
  }),
  "Move a party's reservation value (what it expects from no deal).",
);

const revealEffect = described(
  z.strictObject({
    kind: z.literal('reveal'),
    party: described(partyRefSchema, 'Whose priorities are revealed (to the party playing the lever).'),
    noise: described(unitInterval, 'How blurred the revealed weights are: 0 exact, 1 useless.'),
  }),
  "Reveal a party's priorities to the player of the lever, with noise.",
);

const deadlineEffect = described(
  z.strictObject({
    kind: z.literal('deadline'),
    delta: wholeNumberIn(-5, 5),
  }),
  'Move the deadline by whole rounds.',
);

export const effectSchema = z.discriminatedUnion('kind', [
  meterEffect,
  trustEffect,
  firmnessEffect,
  weightEffect,
  reservationEffect,
  revealEffect,
  deadlineEffect,
]);

const bounds = {
  atLeast: z.optional(z.number()),
  atMost: z.optional(z.number()),
};

export const conditionSchema = z.discriminatedUnion('kind', [
  described(
    z.strictObject({ kind: z.literal('meter'), meter: idSchema, party: z.optional(partyRefSchema), ...bounds }),
    'A meter within bounds.',
  ),
  described(
    z.strictObject({ kind: z.literal('round'), ...bounds }),
    'The round number within bounds (first round is 1).',
  ),
  described(
    z.strictObject({ kind: z.literal('event'), event: idSchema, happened: z.boolean() }),
    'Whether a news event has already happened.',
  ),
  described(
    z.strictObject({ kind: z.literal('trust'), from: partyRefSchema, to: partyRefSchema, ...bounds }),
    'Trust between two parties within bounds.',
  ),
]);

export type Effect = z.infer<typeof effectSchema>;
export type Condition = z.infer<typeof conditionSchema>;
