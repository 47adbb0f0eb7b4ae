// The whole scenario file: metadata, sources, meters, parties, issues, levers, news events, rules and map.
// This is the single source of the Scenario type (architecture.md): everything else infers from it.
import * as z from 'zod';
import { conditionSchema, effectSchema } from './effects';
import { partySchema } from './parties';
import { idSchema, isoDate, longText, paragraph, shortText, unitInterval } from './common';

export const SCENARIO_FORMAT = 1;

const sourceSchema = z.strictObject({
  id: idSchema,
  title: shortText,
  publisher: shortText,
  date: isoDate,
  url: z
    .string()
    .regex(/^https?:\/\/[^\s<>"]+$/, 'a url starts with http:// or https:// and has no spaces')
    .optional(),
  note: paragraph.optional().describe('What this source supports in the scenario.'),
});

const meterSchema = z.strictObject({
  id: idSchema,
  label: shortText,
  description: paragraph,
  scope: z.enum(['party', 'shared']).describe('One value per party, or one value for the whole table.'),
  min: z.number(),
  max: z.number(),
  start: z.number().describe("Start value; per-party meters may override it in each party's `meters`."),
  higherIs: z.enum(['better', 'worse', 'neutral']).default('neutral').describe('How the game colours a rise.'),
});

const optionSchema = z.strictObject({
  id: idSchema,
  label: shortText,
  description: paragraph,
  enforcement: unitInterval
    .default(0)
    .describe('How much this clause deters or answers violations once signed (guarantees, monitors, forces).'),
  map: z.array(idSchema).default([]).describe('Ids of map features drawn when this option is in the text.'),
});

const issueSchema = z.strictObject({
  id: idSchema,
  label: shortText,
  description: paragraph,
  options: z.array(optionSchema).min(3, 'an issue has 3 to 5 options').max(5, 'an issue has 3 to 5 options'),
  sources: z.array(idSchema).default([]),
});

const leverSchema = z.strictObject({
  id: idSchema,
  label: shortText,
  description: paragraph,
  category: z.enum([
    'sanctions',
    'military-aid',
    'guarantee',
    'force',
    'meeting',
    'statement',
    'pressure',
    'conditionality',
    'incentive',
  ]),
  playableBy: z.array(idSchema).min(1).describe('Parties that may play this lever.'),
  targets: z
    .array(idSchema)
    .optional()
    .describe('Parties it may be aimed at (never the player itself); absent for a lever with no target.'),
  cost: z
    .record(idSchema, z.number().min(0))
    .default({})
    .describe('Per-party meters the player pays, e.g. { capital: 10 }; absent for a free lever.'),
  effects: z.array(effectSchema).min(1),
  conditions: z.array(conditionSchema).default([]),
  pledge: z.boolean().default(false).describe('A public pledge: recorded, and breaking it later costs credibility.'),
  binds: z
    .strictObject({ issue: idSchema, refuses: z.array(idSchema).min(1) })
    .optional()
    .describe('For a pledge: the options the player publicly refuses to sign; accepting one later breaks the pledge.'),
  oncePerGame: z.boolean().default(false).describe('Each party may play it at most once in a game.'),
});

const eventSchema = z.strictObject({
  id: idSchema,
  title: shortText,
  text: paragraph,
  weight: z.number().positive().max(100).describe('Relative chance of being drawn among the events allowed now.'),
  repeatable: z.boolean().default(false),
  conditions: z.array(conditionSchema).default([]),
  effects: z.array(effectSchema).min(1),
  sources: z.array(idSchema).default([]),
});

const ratificationSchema = z.strictObject({
  party: idSchema,
  meter: idSchema.describe('A per-party meter, usually domestic support.'),
  atLeast: z.number().describe('The deal is ratified at home if the meter is at least this after signing.'),
  swing: z
    .number()
    .min(0)
    .max(1000)
    .default(0)
    .describe('How far the deal itself moves the meter at home: swing × (utility − reservation value).'),
});

const rulesSchema = z.strictObject({
  rounds: z.number().int().min(1).max(50).describe('The deadline: talks end after this round.'),
  maxDeadlineExtension: z.number().int().min(0).max(20).default(2),
  eventsPerRound: z.number().int().min(0).max(5).default(1),
  actionsPerRound: z
    .number()
    .int()
    .min(1)
    .max(10)
    .default(2)
    .describe('Levers, meetings and pledges per seat per round.'),
  pen: idSchema.describe('The party that tables the draft each round.'),
  counterDrafts: z.array(idSchema).default([]).describe('Parties that may table counter-drafts.'),
  requiredSignatories: z.array(idSchema).min(1),
  channelDelay: z.number().int().min(0).max(3).default(1).describe('Rounds before a party not at the table answers.'),
  trust: z
    .strictObject({ min: z.number(), max: z.number(), start: z.number() })
    .describe('The range of trust between parties and its default start value.'),
  drift: z.array(effectSchema).default([]).describe('Effects applied at the end of every round (the world moves).'),
  meeting: z
    .strictObject({
      trust: z.number().min(0).max(100).default(5).describe('Trust each side gains toward the other.'),
      noise: unitInterval.default(0.25).describe('How blurred the priorities learnt in a meeting are.'),
    })
    .default({ trust: 5, noise: 0.25 })
    .describe('A bilateral meeting, open to every seat as one of its actions.'),
  pledgeBreachTrust: z
    .number()
    .min(0)
    .max(100)
    .default(10)
    .describe('Trust every other party loses in a party that breaks a public pledge.'),
  variation: z
    .strictObject({
      weights: unitInterval.default(0).describe('Each private issue weight varies by up to ± this share of itself.'),
      firmness: unitInterval.default(0).describe("Each red line's firmness varies by up to ± this (never above 1)."),
      reservation: unitInterval.default(0).describe('Each reservation value varies by up to ± this.'),
    })
    .default({ weights: 0, firmness: 0, reservation: 0 })
    .describe('How uncertain the private numbers are: every seed draws its own within these bands.'),
  redLineBindingAt: unitInterval
    .default(0.5)
    .describe('Red lines at least this firm are vetoes; softer ones cost their firmness in utility instead.'),
  ratification: z.array(ratificationSchema).default([]),
  collapse: z
    .strictObject({ meter: idSchema, atLeast: z.number() })
    .describe('Talks collapse when this shared meter (escalation) reaches the value.'),
  epilogue: z.strictObject({
    months: z.number().int().min(1).max(60),
    violationChance: unitInterval.describe('Chance of a serious violation in a month with no enforcement at all.'),
    breakdownChance: unitInterval.describe('Chance that an unanswered violation ends the ceasefire.'),
  }),
});

const mapFeatureSchema = z.strictObject({
  id: idSchema,
  label: shortText,
  kind: z.enum(['occupied', 'claimed', 'contact-line', 'dmz', 'force', 'monitors', 'city', 'region']),
  geometry: z.enum(['polygon', 'line', 'point']),
  points: z
    .array(z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]))
    .min(1)
    .describe('[longitude, latitude] pairs, approximate.'),
});

const mapSchema = z.strictObject({
  note: paragraph.describe('Says that the map is schematic and what it is based on.'),
  features: z.array(mapFeatureSchema).default([]),
});

export const scenarioSchema = z
  .strictObject({
    format: z.literal(SCENARIO_FORMAT).describe('The version of this file format.'),
    id: idSchema,
    title: shortText,
    date: isoDate,
    summary: paragraph,
    language: z
      .string()
      .regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'a language is a code such as "en" or "fr-FR"')
      .default('en')
      .describe('The language of the scenario text, as a code such as "en".'),
    authors: z.array(shortText).default([]).describe('Who wrote or adapted the scenario.'),
    licence: shortText.optional().describe('Terms under which others may share and adapt the file.'),
    briefing: longText.describe('The opening text every player reads.'),
    sources: z.array(sourceSchema).min(1, 'a scenario names at least one source'),
    meters: z.array(meterSchema).min(1),
    parties: z.array(partySchema).min(2),
    issues: z.array(issueSchema).min(1),
    levers: z.array(leverSchema).default([]),
    events: z.array(eventSchema).default([]),
    rules: rulesSchema,
    map: mapSchema.optional(),
  })
  .describe('A Ceasefire Summit scenario.');

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Issue = z.infer<typeof issueSchema>;
export type Lever = z.infer<typeof leverSchema>;
export type NewsEvent = z.infer<typeof eventSchema>;
export type Meter = z.infer<typeof meterSchema>;
export type Rules = z.infer<typeof rulesSchema>;
export type MapFeature = z.infer<typeof mapFeatureSchema>;
