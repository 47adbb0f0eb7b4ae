// The negotiation model (game-design.md, "The model under it"): a party's utility for a text, the red lines a text
// crosses, and its reservation value — what no deal is worth to it now, which moves with the meters.
import type { CompiledScenario } from './compile';
import type { GameState, PartyId, Terms } from './types';

export function clamp(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value;
}

/** A meter's value scaled to 0..1 of its range. */
export function normalisedMeter(compiled: CompiledScenario, meterId: string, value: number): number {
  const meter = compiled.meter.get(meterId);
  if (!meter) return 0;
  return (value - meter.min) / (meter.max - meter.min);
}

export function meterValue(state: GameState, meterId: string, party: PartyId | null): number {
  if (party === null) return state.sharedMeters[meterId] ?? 0;
  return state.partyMeters[party]?.[meterId] ?? 0;
}

export interface CrossedRedLine {
  index: number;
  issue: string;
  option: string;
  firmness: number;
  /** At or above the binding firmness: the party will not sign. Below: crossing costs utility instead. */
  binding: boolean;
  public: boolean;
  reason: string;
}

export function redLinesCrossed(
  compiled: CompiledScenario,
  state: GameState,
  party: PartyId,
  terms: Terms,
): CrossedRedLine[] {
  const redLines = compiled.party.get(party)?.redLines ?? [];
  const crossed: CrossedRedLine[] = [];
  redLines.forEach((redLine, index) => {
    const option = terms[redLine.issue];
    if (option === undefined || !redLine.forbidden.includes(option)) return;
    const firmness = state.firmness[party]?.[index] ?? redLine.firmness;
    crossed.push({
      index,
      issue: redLine.issue,
      option,
      firmness,
      binding: firmness >= compiled.scenario.rules.redLineBindingAt,
      public: redLine.public,
      reason: redLine.reason,
    });
  });
  return crossed;
}

/** Σ weight · value over issues, weights normalised; softened red lines crossed cost their firmness. */
export function utilityOf(compiled: CompiledScenario, state: GameState, party: PartyId, terms: Terms): number {
  const p = compiled.partyIndex.get(party);
  if (p === undefined) return 0;
  const weights = state.weights[party] ?? {};
  let weighted = 0;
  let totalWeight = 0;
  for (let i = 0; i < compiled.issueIds.length; i++) {
    const issueId = compiled.issueIds[i] ?? '';
    const weight = weights[issueId] ?? 0;
    if (weight <= 0) continue;
    const o = compiled.optionIndex[i]?.get(terms[issueId] ?? '');
    totalWeight += weight;
    if (o !== undefined) weighted += weight * (compiled.values[p]?.[i]?.[o] ?? 0);
  }
  const base = totalWeight > 0 ? weighted / totalWeight : 0;
  return clamp(base - softRedLineCost(compiled, state, party, terms), 0, 1);
}

/**
 * How much of its remaining firmness a worn-down red line costs when crossed. Below the binding firmness a red line
 * is a trade-off, not a veto: it should hurt, but a well-compensated text can still be worth signing.
 */
const SOFT_RED_LINE_COST = 0.4;

/** Red lines worn below binding still hurt to cross: each costs a share of its remaining firmness. */
function softRedLineCost(compiled: CompiledScenario, state: GameState, party: PartyId, terms: Terms): number {
  const redLines = compiled.party.get(party)?.redLines ?? [];
  const bindingAt = compiled.scenario.rules.redLineBindingAt;
  let cost = 0;
  for (let index = 0; index < redLines.length; index++) {
    const line = redLines[index];
    const option = line ? terms[line.issue] : undefined;
    if (!line || option === undefined || !line.forbidden.includes(option)) continue;
    const firmness = state.firmness[party]?.[index] ?? line.firmness;
    if (firmness < bindingAt) cost += firmness * SOFT_RED_LINE_COST;
  }
  return cost;
}

/** What no deal is worth to the party now: its base, moved by its drivers' meters since the start, and by effects. */
export function reservationValue(compiled: CompiledScenario, state: GameState, party: PartyId): number {
  const definition = compiled.party.get(party)?.reservation;
  if (!definition) return 0;
  let value = definition.base + (state.reservationShift[party] ?? 0);
  for (const driver of definition.drivers) {
    const meter = compiled.meter.get(driver.meter);
    if (!meter) continue;
    const owner = meter.scope === 'shared' ? null : (driver.party ?? party);
    const start = owner === null ? meter.start : (compiled.party.get(owner)?.meters[meter.id] ?? meter.start);
    const now = meterValue(state, meter.id, owner);
    value += driver.weight * (normalisedMeter(compiled, meter.id, now) - normalisedMeter(compiled, meter.id, start));
  }
  return clamp(value, 0, 1);
}

/**
 * How far through the talks we are: 0 in the first round, 1 in the last round in which a text can still be closed.
 * When a signatory answers through a channel, drafts of the final rounds would reach it too late, so negotiators
 * count down to the last round whose drafts can still come back signed.
 */
export function talksProgress(compiled: CompiledScenario, state: GameState): number {
  const lastUseful =
    state.deadline -
    (compiled.signatories.some((id) => compiled.party.get(id)?.atTable === false)
      ? compiled.scenario.rules.channelDelay
      : 0);
  if (lastUseful <= 1) return 1;
  return clamp((state.round - 1) / (lastUseful - 1), 0, 1);
}

/** The text as readable clauses, e.g. for log lines. */
export function termsLabel(compiled: CompiledScenario, terms: Terms): string {
  return compiled.scenario.issues
    .map((issue) => issue.options.find((option) => option.id === terms[issue.id])?.label ?? '—')
    .join('; ');
}

export function optionLabel(compiled: CompiledScenario, issueId: string, optionId: string): string {
  const issue = compiled.scenario.issues.find((candidate) => candidate.id === issueId);
  return issue?.options.find((option) => option.id === optionId)?.label ?? optionId;
}
