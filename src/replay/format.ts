// The replay file, version 1: a game is its scenario (by id and content hash), its seed, its seats and its action
// log (game-design.md, "Replay"). Checkpoints — the state hash after every action — let verification say exactly
// where a replay first parts from the game it claims to record. Types come from the schema, and a compile-time check
// below keeps the action schema in step with the engine's Action union.
import * as z from 'zod/mini';
import type { Action } from '../engine';

export const REPLAY_FORMAT = 'ceasefire-summit-replay';
export const REPLAY_VERSION = 1;

/** A state hash as the engine writes it: 64-bit FNV-1a in 16 hex digits. */
const stateHashSchema = z.string().check(z.regex(/^[0-9a-f]{16}$/, 'a state hash is 16 lower-case hex digits'));
/** Ids as scenarios spell them; also keeps a replay from naming a scenario file outside scenarios/. */
const idSchema = z
  .string()
  .check(z.regex(/^[a-z][a-z0-9-]{0,47}$/, 'an id is lower-case letters, digits and dashes, starting with a letter'));
const partySchema = idSchema;
/** Free text in an action (a stated reason): bounded so a hostile file cannot make verification crawl. */
const reasonSchema = z.string().check(z.maxLength(2000));

const actionSchemas = [
  z.strictObject({
    type: z.literal('playLever'),
    party: partySchema,
    lever: idSchema,
    target: z.optional(partySchema),
  }),
  z.strictObject({ type: z.literal('holdMeeting'), party: partySchema, with: partySchema }),
  z.strictObject({ type: z.literal('makePledge'), party: partySchema, issue: idSchema, refuses: z.array(idSchema) }),
  z.strictObject({ type: z.literal('tableDraft'), party: partySchema, terms: z.record(idSchema, idSchema) }),
  z.strictObject({
    type: z.literal('answerDraft'),
    party: partySchema,
    draftId: z.string().check(z.maxLength(64)),
    accept: z.boolean(),
    reason: z.optional(reasonSchema),
    utility: z.optional(z.number()),
    need: z.optional(z.number()),
    redLines: z.optional(z.array(z.string().check(z.maxLength(200)))),
  }),
  z.strictObject({ type: z.literal('endPhase'), party: partySchema }),
  z.strictObject({ type: z.literal('walkOut'), party: partySchema }),
  z.strictObject({ type: z.literal('injectEvent'), event: idSchema }),
  z.strictObject({ type: z.literal('extendDeadline'), rounds: z.int() }),
  z.strictObject({ type: z.literal('pause') }),
  z.strictObject({ type: z.literal('resume') }),
  z.strictObject({ type: z.literal('endGame') }),
] as const;

export const ACTION_TYPES: readonly string[] = actionSchemas.flatMap((schema) => schema.shape.type.def.values);

export const actionSchema = z.discriminatedUnion('type', [...actionSchemas]);

export const replaySchema = z.strictObject({
  format: z.literal(REPLAY_FORMAT),
  version: z.literal(REPLAY_VERSION),
  engineVersion: z.string().check(z.minLength(1), z.maxLength(64)),
  scenario: z.strictObject({ id: idSchema, hash: stateHashSchema }),
  seed: z.string().check(z.minLength(1), z.maxLength(200)),
  seats: z.record(partySchema, z.enum(['human', 'ai'])),
  actions: z.array(actionSchema),
  /** checkpoints[i]: checkpointHash (a cheap fingerprint) of the state after actions[i]. */
  checkpoints: z.array(stateHashSchema),
  /** stateHash after the last action (of the new game when there are no actions). */
  finalStateHash: stateHashSchema,
});

export type Replay = z.infer<typeof replaySchema>;

// If the engine's Action union changes, this stops compiling until the schema above follows it: every action the
// engine can make must be writable, and every action a file can hold must be one the engine knows, field for field.
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
type VariantMatches = {
  [T in Action['type']]: SameKeys<Extract<Action, { type: T }>, Extract<z.infer<typeof actionSchema>, { type: T }>>;
}[Action['type']];
type VariantsMatch = false extends VariantMatches ? false : true;
type Assignable = [Action] extends [z.infer<typeof actionSchema>]
  ? [z.infer<typeof actionSchema>] extends [Action]
    ? true
    : false
  : false;
const actionSchemaMatchesEngine: [VariantsMatch, Assignable] = [true, true];
void actionSchemaMatchesEngine;
