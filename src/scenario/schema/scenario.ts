// The whole scenario file: metadata, sources, meters, parties, issues, levers, news events, rules and map.
// This is the single source of the Scenario type (architecture.md): everything else infers from it.
import * as z from 'zod/mini';
import { conditionSchema, effectSchema } from './effects';
import { guideSchema } from './guide';
import { partySchema } from './parties';
import {
  described,
  idSchema,
  isoDate,
  listOf,
  longText,
  numberIn,
  paragraph,
  shortText,
  unitInterval,
  wholeNumberIn,
} from './common';

export const SCENARIO_FORMAT = 1;

const sourceSchema = z.strictObject({
  id: idSchema,
  title: shortText,
  publisher: shortText,
  date: isoDate,
  url: z.optional(
    z.string().check(z.regex(/^https?:\/\/[^\s<>"]+$/, 'a url starts with http:// or https:// and has no spaces')),
  ),
  note: described(z.optional(paragraph), 'What this source supports in the scenario.'),
});

const meterSchema = z.strictObject({
  id: idSchema,
  label: shortText,
  description: paragraph,
  scope: described(z.enum(['party', 'shared']), 'One value per party, or one value for the whole table.'),
  min: z.number(),
  max: z.number(),
  start: described(z.number(), "Start value; per-party meters may override it in each party's `meters`."),
  higherIs: described(z._default(z.enum(['better', 'worse', 'neutral']), 'neutral'), 'How the game colours a rise.'),
});

const optionSchema = z.strictObject({
  id: idSchema,
  label: shortText,
  description: paragraph,
  enforcement: described(
    z._default(unitInterval, 0),
    'How much this clause deters or answers violations once signed (guarantees, monitors, forces).',
  ),
  map: described(z._default(z.array(idSchema), []), 'Ids of map features drawn when this option is in the text.'),
  guarantors: described(
    z._default(z.array(idSchema), []),
    'Ids of the parties that back this clause with a guarantee or forces; the map shows their flags.',
  ),
});

const issueSchema = z.strictObject({
  id: idSchema,
  label: shortText,
  description: paragraph,
  options: listOf(optionSchema, 3, 5, 'an issue has 3 to 5 options'),
  sources: z._default(z.array(idSchema), []),
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
  playableBy: described(listOf(idSchema, 1), 'Parties that may play this lever.'),
  targets: described(
    z.optional(z.array(idSchema)),
    'Parties it may be aimed at (never the player itself); absent for a lever with no target.',
  ),
  cost: described(
    z._default(z.record(idSchema, z.number().check(z.minimum(0))), {}),
    'Per-party meters the player pays, e.g. { capital: 10 }; absent for a free lever.',
  ),
  effects: listOf(effectSchema, 1),
  conditions: z._default(z.array(conditionSchema), []),
  pledge: described(
    z._default(z.boolean(), false),
    'A public pledge: recorded, and breaking it later costs credibility.',
  ),
  binds: described(
    z.optional(z.strictObject({ issue: idSchema, refuses: listOf(idSchema, 1) })),
    'For a pledge: the options the player publicly refuses to sign; accepting one later breaks the pledge.',
  ),
  oncePerGame: described(z._default(z.boolean(), false), 'Each party may play it at most once in a game.'),
});

const eventSchema = z.strictObject({
  id: idSchema,
  title: shortText,
  text: paragraph,
  weight: described(
    z.number().check(z.positive(), z.maximum(100)),
    'Relative chance of being drawn among the events allowed now.',
  ),
  repeatable: z._default(z.boolean(), false),
  conditions: z._default(z.array(conditionSchema), []),
  effects: listOf(effectSchema, 1),
  sources: z._default(z.array(idSchema), []),
});

const ratificationSchema = z.strictObject({
  party: idSchema,
  meter: described(idSchema, 'A per-party meter, usually domestic support.'),
  atLeast: described(z.number(), 'The deal is ratified at home if the meter is at least this after signing.'),
  swing: described(
    z._default(numberIn(0, 1000), 0),
    'How far the deal itself moves the meter at home: swing × (utility − reservation value).',
  ),
});

const rulesSchema = z.strictObject({
  rounds: described(wholeNumberIn(1, 50), 'The deadline: talks end after this round.'),
  maxDeadlineExtension: z._default(wholeNumberIn(0, 20), 2),
  eventsPerRound: z._default(wholeNumberIn(0, 5), 1),
  actionsPerRound: described(z._default(wholeNumberIn(1, 10), 2), 'Levers, meetings and pledges per seat per round.'),
  pen: described(idSchema, 'The party that tables the draft each round.'),
  counterDrafts: described(z._default(z.array(idSchema), []), 'Parties that may table counter-drafts.'),
  requiredSignatories: listOf(idSchema, 1),
  channelDelay: described(z._default(wholeNumberIn(0, 3), 1), 'Rounds before a party not at the table answers.'),
  trust: described(
    z.strictObject({ min: z.number(), max: z.number(), start: z.number() }),
    'The range of trust between parties and its default start value.',
  ),
  drift: described(
    z._default(z.array(effectSchema), []),
    'Effects applied at the end of every round (the world moves).',
  ),
  meeting: described(
    z._default(
      z.strictObject({
        trust: described(z._default(numberIn(0, 100), 5), 'Trust each side gains toward the other.'),
        noise: described(z._default(unitInterval, 0.25), 'How blurred the priorities learnt in a meeting are.'),
      }),
      { trust: 5, noise: 0.25 },
    ),
    'A bilateral meeting, open to every seat as one of its actions.',
  ),
  pledgeBreachTrust: described(
    z._default(numberIn(0, 100), 10),
    'Trust every other party loses in a party that breaks a public pledge.',
  ),
  variation: described(
    z._default(
      z.strictObject({
        weights: described(
          z._default(unitInterval, 0),
          'Each private issue weight varies by up to ± this share of itself.',
        ),
        firmness: described(
          z._default(unitInterval, 0),
          "Each red line's firmness varies by up to ± this (never above 1).",
        ),
        reservation: described(z._default(unitInterval, 0), 'Each reservation value varies by up to ± this.'),
      }),
      { weights: 0, firmness: 0, reservation: 0 },
    ),
    'How uncertain the private numbers are: every seed draws its own within these bands.',
  ),
  redLineBindingAt: described(
    z._default(unitInterval, 0.5),
    'Red lines at least this firm are vetoes; softer ones cost their firmness in utility instead.',
  ),
  ratification: z._default(z.array(ratificationSchema), []),
  collapse: described(
    z.strictObject({ meter: idSchema, atLeast: z.number() }),
    'Talks collapse when this shared meter (escalation) reaches the value.',
  ),
  epilogue: z.strictObject({
    months: wholeNumberIn(1, 60),
    violationChance: described(unitInterval, 'Chance of a serious violation in a month with no enforcement at all.'),
    breakdownChance: described(unitInterval, 'Chance that an unanswered violation ends the ceasefire.'),
  }),
});

/**
 * How big a scenario may be. Real negotiations stay far inside these (Paris: 12 parties, 8 issues, 26 levers, 20
 * news events); the bounds keep every computation quick on a school's laptop — the search for the Nash and Kalai
 * points grows with the number of packages, 3 to 5 options per issue to the power of the issues: 16 issues play a
 * game with its Nash point in a fraction of a second, 24 took twenty seconds.
 */
export const SIZE_LIMITS = {
  parties: 40,
  issues: 16,
  levers: 60,
  events: 100,
  meters: 24,
  sources: 40,
  mapFeatures: 200,
  pointsPerFeature: 2000,
} as const;

const mapFeatureSchema = z.strictObject({
  id: idSchema,
  label: shortText,
  kind: z.enum(['occupied', 'claimed', 'contact-line', 'dmz', 'force', 'monitors', 'city', 'region']),
  geometry: z.enum(['polygon', 'line', 'point']),
  points: described(
    listOf(
      z.tuple([numberIn(-180, 180), numberIn(-90, 90)]),
      1,
      SIZE_LIMITS.pointsPerFeature,
      `a map feature has 1 to ${SIZE_LIMITS.pointsPerFeature} points`,
    ),
    '[longitude, latitude] pairs, approximate.',
  ),
});

const mapSchema = z.strictObject({
  note: described(paragraph, 'Says that the map is schematic and what it is based on.'),
  features: z._default(
    listOf(mapFeatureSchema, 0, SIZE_LIMITS.mapFeatures, `a map has at most ${SIZE_LIMITS.mapFeatures} features`),
    [],
  ),
});

export const scenarioSchema = described(
  z.strictObject({
    format: described(z.literal(SCENARIO_FORMAT), 'The version of this file format.'),
    id: idSchema,
    title: shortText,
    date: isoDate,
    summary: paragraph,
    language: described(
      z._default(
        z.string().check(z.regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'a language is a code such as "en" or "fr-FR"')),
        'en',
      ),
      'The language of the scenario text, as a code such as "en".',
    ),
    authors: described(z._default(z.array(shortText), []), 'Who wrote or adapted the scenario.'),
    licence: described(z.optional(shortText), 'Terms under which others may share and adapt the file.'),
    briefing: described(longText, 'The opening text every player reads.'),
    sources: listOf(sourceSchema, 1, SIZE_LIMITS.sources, `a scenario names 1 to ${SIZE_LIMITS.sources} sources`),
    meters: listOf(meterSchema, 1, SIZE_LIMITS.meters, `a scenario has 1 to ${SIZE_LIMITS.meters} meters`),
    parties: listOf(partySchema, 2, SIZE_LIMITS.parties, `a scenario has 2 to ${SIZE_LIMITS.parties} parties`),
    issues: listOf(issueSchema, 1, SIZE_LIMITS.issues, `a scenario has 1 to ${SIZE_LIMITS.issues} issues`),
    levers: z._default(
      listOf(leverSchema, 0, SIZE_LIMITS.levers, `a scenario has at most ${SIZE_LIMITS.levers} levers`),
      [],
    ),
    events: z._default(
      listOf(eventSchema, 0, SIZE_LIMITS.events, `a scenario has at most ${SIZE_LIMITS.events} news events`),
      [],
    ),
    rules: rulesSchema,
    map: z.optional(mapSchema),
    guide: z.optional(guideSchema),
  }),
  'A Ceasefire Summit scenario.',
);

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Issue = z.infer<typeof issueSchema>;
export type Lever = z.infer<typeof leverSchema>;
export type NewsEvent = z.infer<typeof eventSchema>;
export type Meter = z.infer<typeof meterSchema>;
export type Rules = z.infer<typeof rulesSchema>;
export type MapFeature = z.infer<typeof mapFeatureSchema>;
export type { Guide, GuideStep } from './guide';
