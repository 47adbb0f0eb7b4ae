// A new game from a scenario, a seed and the seats: every number starts where the scenario says, the RNG is seeded
// from the seed string, and round 1 begins with its news.
import type { CompiledScenario } from './compile';
import { startGame } from './flow';
import { clamp } from './model';
import { restoreRng, seedRng } from './rng';
import type { Rng } from './rng';
import type { GameState, PartyId, SeatKind } from './types';
import { ENGINE_VERSION } from './version';
import { WorkingState } from './working';

export interface GameOptions {
  /** Required: a game without a seed could not be replayed. */
  seed: string;
  /** Human or AI per party; parties not listed are played by the AI. */
  seats?: Record<PartyId, SeatKind>;
}

export function createGame(compiled: CompiledScenario, options: GameOptions): GameState {
  const { scenario } = compiled;
  if (typeof options.seed !== 'string' || options.seed === '')
    throw new Error('a game needs a seed (a non-empty string)');
  for (const id of Object.keys(options.seats ?? {}))
    if (!compiled.party.has(id)) throw new Error(`seats name an unknown party "${id}"`);

  const partyMeters: GameState['partyMeters'] = {};
  const trust: GameState['trust'] = {};
  const weights: GameState['weights'] = {};
  const firmness: GameState['firmness'] = {};
  for (const party of scenario.parties) {
    partyMeters[party.id] = Object.fromEntries(
      scenario.meters
        .filter((meter) => meter.scope === 'party')
        .map((meter) => [meter.id, party.meters[meter.id] ?? meter.start]),
    );
    trust[party.id] = Object.fromEntries(
      compiled.partyIds
        .filter((other) => other !== party.id)
        .map((other) => [other, party.trust[other] ?? scenario.rules.trust.start]),
    );
    weights[party.id] = Object.fromEntries(
      compiled.issueIds.map((issueId) => [issueId, party.preferences[issueId]?.weight ?? 0]),
    );
    firmness[party.id] = party.redLines.map((line) => line.firmness);
  }
  const reservationShift: GameState['reservationShift'] = Object.fromEntries(compiled.partyIds.map((id) => [id, 0]));
  const rng = restoreRng(seedRng(options.seed));
  drawPrivateNumbers(compiled, rng, { weights, firmness, reservationShift });

  const initial: GameState = {
    engineVersion: ENGINE_VERSION,
    scenarioId: scenario.id,
    scenarioHash: compiled.hash,
    seed: options.seed,
    rng: rng.save(),
    seats: Object.fromEntries(compiled.partyIds.map((id) => [id, options.seats?.[id] ?? 'ai'])),
    round: 1,
    deadline: scenario.rules.rounds,
    deadlineExtended: 0,
    phase: 'diplomacy',
    paused: false,
    actorIndex: 0,
    actionsUsed: {},
    sharedMeters: Object.fromEntries(
      scenario.meters.filter((meter) => meter.scope === 'shared').map((meter) => [meter.id, meter.start]),
    ),
    partyMeters,
    trust,
    firmness,
    weights,
    reservationShift,
    insights: {},
    goodwill: {},
    drafts: [],
    relayed: [],
    pledges: [],
    leversPlayed: {},
    eventsHappened: {},
    log: [],
    outcome: null,
  };
  const work = new WorkingState(initial);
  startGame(compiled, work);
  return work.finish().state;
}

/**
 * Public positions are known; exact weights, firmness and reservation values are private (game-design.md). Each
 * seed draws them within the scenario's variation bands, so the same table tells a different story every seed
 * and no one can learn the answer key by heart.
 */
function drawPrivateNumbers(
  compiled: CompiledScenario,
  rng: Rng,
  numbers: Pick<GameState, 'weights' | 'firmness' | 'reservationShift'>,
): void {
  const variation = compiled.scenario.rules.variation;
  const spread = () => rng.next() * 2 - 1;
  for (const party of compiled.scenario.parties) {
    const weights = numbers.weights[party.id] ?? {};
    if (variation.weights > 0) {
      for (const issueId of compiled.issueIds) {
        const base = weights[issueId] ?? 0;
        if (base > 0) weights[issueId] = round3(clamp(base * (1 + variation.weights * spread()), 0.01, 1));
      }
    }
    const firmness = numbers.firmness[party.id] ?? [];
    if (variation.firmness > 0) {
      party.redLines.forEach((line, index) => {
        firmness[index] = round3(clamp(line.firmness + variation.firmness * spread(), 0, 1));
      });
    }
    if (variation.reservation > 0) numbers.reservationShift[party.id] = round3(variation.reservation * spread());
  }
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
