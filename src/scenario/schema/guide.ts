// A guide for a new player: short steps shown on the Summit beside the controls they talk about, one per round and
// phase (what to do now, why, and what the last step showed). Written in the scenario file so an author can guide
// any scenario, not only the tutorial.
import * as z from 'zod/mini';
import { described, idSchema, paragraph, shortText, wholeNumberIn } from './common';

const guideStepSchema = z.strictObject({
  round: described(
    z.optional(wholeNumberIn(1, 50)),
    'The round this step is for; leave it out for a step shown in every later round of that phase.',
  ),
  phase: described(z.enum(['diplomacy', 'drafting', 'answers']), 'The phase of the round the step is shown in.'),
  title: described(shortText, 'A few words at the head of the step, e.g. "Round 1: meet Ostrand".'),
  happened: described(z.optional(paragraph), 'What the step before just showed the player (what just happened).'),
  now: described(paragraph, 'What to do now, naming the control (and its key).'),
  why: described(paragraph, 'Why it matters: what the player learns or gains.'),
});

export const guideSchema = described(
  z.strictObject({
    seat: described(idSchema, 'The seat the guide is written for: it is shown only to a human in that seat.'),
    steps: described(z.array(guideStepSchema), 'In any order; the game shows the one for the round and phase.'),
  }),
  'Guided first rounds for a new player, shown on the Summit (H hides or shows them).',
);

export type Guide = z.infer<typeof guideSchema>;
export type GuideStep = z.infer<typeof guideStepSchema>;
