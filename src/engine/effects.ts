// Applies the effects of levers, news and the round's drift, and evaluates their conditions. `self` and `target`
// are resolved from the lever being played; `all` means every party (never a party paired with itself).
import type { Condition, Effect } from '../scenario/schema/effects';
import type { CompiledScenario } from './compile';
import { clamp, meterValue } from './model';
import type { GameState, PartyId } from './types';
import type { WorkingState } from './working';

export interface EffectContext {
  self: PartyId | null;
  target: PartyId | null;
}

export const NO_CONTEXT: EffectContext = { self: null, target: null };

export function resolveParties(compiled: CompiledScenario, ref: string | undefined, context: EffectContext): PartyId[] {
  if (ref === undefined) return [];
  if (ref === 'all') return compiled.partyIds;
  if (ref === 'self') return context.self === null ? [] : [context.self];
  if (ref === 'target') return context.target === null ? [] : [context.target];
  return [ref];
}

export function applyEffects(
  compiled: CompiledScenario,
  work: WorkingState,
  effects: readonly Effect[],
  context: EffectContext,
): void {
  for (const effect of effects) applyEffect(compiled, work, effect, context);
}

function applyEffect(compiled: CompiledScenario, work: WorkingState, effect: Effect, context: EffectContext): void {
  const rules = compiled.scenario.rules;
  switch (effect.kind) {
    case 'meter': {
      const meter = compiled.meter.get(effect.meter);
      if (!meter) return;
      if (meter.scope === 'shared') {
        const meters = work.top('sharedMeters');
        meters[meter.id] = clamp((meters[meter.id] ?? meter.start) + effect.delta, meter.min, meter.max);
      } else {
        for (const party of resolveParties(compiled, effect.party, context)) {
          const row = work.row('partyMeters', party);
          row[meter.id] = clamp((row[meter.id] ?? meter.start) + effect.delta, meter.min, meter.max);
        }
      }
      return;
    }
    case 'trust':
      for (const from of resolveParties(compiled, effect.from, context)) {
        for (const to of resolveParties(compiled, effect.to, context)) {
          if (from === to) continue;
          const row = work.row('trust', from);
          row[to] = clamp((row[to] ?? rules.trust.start) + effect.delta, rules.trust.min, rules.trust.max);
        }
      }
      return;
    case 'firmness':
      for (const party of resolveParties(compiled, effect.party, context)) {
        const redLines = compiled.party.get(party)?.redLines ?? [];
        if (!redLines.some((line) => line.issue === effect.issue)) continue;
        const firmness = work.firmness(party);
        redLines.forEach((line, index) => {
          if (line.issue === effect.issue)
            firmness[index] = clamp((firmness[index] ?? line.firmness) + effect.delta, 0, 1);
        });
      }
      return;
    case 'weight':
      for (const party of resolveParties(compiled, effect.party, context)) {
        const row = work.row('weights', party);
        row[effect.issue] = clamp((row[effect.issue] ?? 0) + effect.delta, 0, 1);
      }
      return;
    case 'reservation': {
      const shifts = work.top('reservationShift');
      for (const party of resolveParties(compiled, effect.party, context))
        shifts[party] = clamp((shifts[party] ?? 0) + effect.delta, -1, 1);
      return;
    }
    case 'reveal':
      if (context.self === null) return;
      for (const subject of resolveParties(compiled, effect.party, context)) {
        if (subject !== context.self) revealPriorities(compiled, work, context.self, subject, effect.noise);
      }
      return;
    case 'deadline': {
      const state = work.state;
      const allowed = rules.maxDeadlineExtension - state.deadlineExtended;
      const delta = Math.min(effect.delta, allowed);
      // The deadline never moves to before the current round: talks cannot end retroactively.
      const next = Math.max(state.round, state.deadline + delta);
      state.deadlineExtended += next - state.deadline;
      state.deadline = next;
      return;
    }
  }
}

/**
 * The observer learns the subject's issue weights, each blurred by up to ±noise (seeded), and never better than
 * what it already knew: a noisier look does not overwrite a sharper one.
 */
export function revealPriorities(
  compiled: CompiledScenario,
  work: WorkingState,
  observer: PartyId,
  subject: PartyId,
  noise: number,
): void {
  const known = work.state.insights[observer]?.[subject];
  if (known && known.noise <= noise) return;
  const trueWeights = work.state.weights[subject] ?? {};
  const blurred: Record<string, number> = {};
  for (const issueId of compiled.issueIds) {
    const jitter = (work.rng.next() * 2 - 1) * noise;
    blurred[issueId] = Math.round(clamp((trueWeights[issueId] ?? 0) + jitter, 0, 1) * 1000) / 1000;
  }
  work.row('insights', observer)[subject] = { weights: blurred, noise, round: work.state.round };
}

export function conditionsHold(
  compiled: CompiledScenario,
  state: GameState,
  conditions: readonly Condition[],
  context: EffectContext,
): boolean {
  return conditions.every((condition) => conditionHolds(compiled, state, condition, context));
}

/** The first condition that fails, for "why can't I play this?" answers; null when all hold. */
export function failingCondition(
  compiled: CompiledScenario,
  state: GameState,
  conditions: readonly Condition[],
  context: EffectContext,
): Condition | null {
  return conditions.find((condition) => !conditionHolds(compiled, state, condition, context)) ?? null;
}

function within(value: number, condition: { atLeast?: number | undefined; atMost?: number | undefined }): boolean {
  return (
    (condition.atLeast === undefined || value >= condition.atLeast) &&
    (condition.atMost === undefined || value <= condition.atMost)
  );
}

function conditionHolds(compiled: CompiledScenario, state: GameState, condition: Condition, context: EffectContext) {
  switch (condition.kind) {
    case 'round':
      return within(state.round, condition);
    case 'event':
      return (state.eventsHappened[condition.event] ?? 0) > 0 === condition.happened;
    case 'meter': {
      const meter = compiled.meter.get(condition.meter);
      if (!meter) return false;
      if (meter.scope === 'shared') return within(meterValue(state, meter.id, null), condition);
      const parties = resolveParties(compiled, condition.party, context);
      return parties.length > 0 && parties.every((party) => within(meterValue(state, meter.id, party), condition));
    }
    case 'trust': {
      const froms = resolveParties(compiled, condition.from, context);
      const tos = resolveParties(compiled, condition.to, context);
      const pairs = froms.flatMap((from) => tos.filter((to) => to !== from).map((to) => [from, to] as const));
      return (
        pairs.length > 0 &&
        pairs.every(([from, to]) => within(state.trust[from]?.[to] ?? compiled.scenario.rules.trust.start, condition))
      );
    }
  }
}

/** A failing condition in words, for greyed-out buttons. */
export function describeCondition(compiled: CompiledScenario, condition: Condition): string {
  const bounds = (c: { atLeast?: number | undefined; atMost?: number | undefined }) =>
    [c.atLeast !== undefined ? `at least ${c.atLeast}` : '', c.atMost !== undefined ? `at most ${c.atMost}` : '']
      .filter(Boolean)
      .join(' and ');
  switch (condition.kind) {
    case 'round':
      return `only when the round is ${bounds(condition)}`;
    case 'event': {
      const title = compiled.event.get(condition.event)?.title ?? condition.event;
      return condition.happened ? `only after "${title}"` : `not after "${title}"`;
    }
    case 'meter': {
      const label = compiled.meter.get(condition.meter)?.label ?? condition.meter;
      const whose = condition.party ? ` (${condition.party})` : '';
      return `only when ${label}${whose} is ${bounds(condition)}`;
    }
    case 'trust':
      return `only when trust of ${condition.from} in ${condition.to} is ${bounds(condition)}`;
  }
}
