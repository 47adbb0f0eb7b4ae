// What levers, news events and the round's drift do to the world, and when they are allowed.
import * as z from 'zod';
import { idSchema, partyRefSchema, unitInterval } from './common';

const meterEffect = z
  .strictObject({
    kind: z.literal('meter'),
    meter: idSchema,
    party: partyRefSchema.optional().describe('Required for a per-party meter; absent for a shared one.'),
    delta: z.number().min(-1000).max(1000),
  })
  .describe('Add delta to a meter (clamped to its range).');

const trustEffect = z
  .strictObject({
    kind: z.literal('trust'),
    from: partyRefSchema.describe('Whose trust changes.'),
    to: partyRefSchema.describe('Toward whom.'),
    delta: z.number().min(-100).max(100),
  })
  .describe('Change how much one party trusts another.');

const firmnessEffect = z
  .strictObject({
    kind: z.literal('firmness'),
    party: partyRefSchema,
    issue: idSchema,
    delta: z.number().min(-1).max(1),
  })
  .describe("Wear down (negative) or harden (positive) a party's red lines on one issue.");

const weightEffect = z
  .strictObject({
    kind: z.literal('weight'),
    party: partyRefSchema,
    issue: idSchema,
    delta: z.number().min(-1).max(1),
  })
  .describe('Make an issue matter more or less to a party.');

const reservationEffect = z
  .strictObject({
    kind: z.literal('reservation'),
    party: partyRefSchema,
    delta: z.number().min(-1).max(1),
  })
  .describe("Move a party's reservation value (what it expects from no deal).");

const revealEffect = z
  .strictObject({
    kind: z.literal('reveal'),
    party: partyRefSchema.describe('Whose priorities are revealed (to the party playing the lever).'),
    noise: unitInterval.describe('How blurred the revealed weights are: 0 exact, 1 useless.'),
  })
  .describe("Reveal a party's priorities to the player of the lever, with noise.");

const deadlineEffect = z
  .strictObject({
    kind: z.literal('deadline'),
    delta: z.number().int().min(-5).max(5),
  })
  .describe('Move the deadline by whole rounds.');

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
  atLeast: z.number().optional(),
  atMost: z.number().optional(),
};

export const conditionSchema = z.discriminatedUnion('kind', [
  z
    .strictObject({ kind: z.literal('meter'), meter: idSchema, party: partyRefSchema.optional(), ...bounds })
    .describe('A meter within bounds.'),
  z
    .strictObject({ kind: z.literal('round'), ...bounds })
    .describe('The round number within bounds (first round is 1).'),
  z
    .strictObject({ kind: z.literal('event'), event: idSchema, happened: z.boolean() })
    .describe('Whether a news event has already happened.'),
  z
    .strictObject({ kind: z.literal('trust'), from: partyRefSchema, to: partyRefSchema, ...bounds })
    .describe('Trust between two parties within bounds.'),
]);

export type Effect = z.infer<typeof effectSchema>;
export type Condition = z.infer<typeof conditionSchema>;
