// A link that starts a new game rather than showing one: `?scenario=paris-2026&seed=abc&seat=france`. Pure: it
// reads the query string it is given (location.search in the browser) and answers in data, never throws.
//   scenario=<id>        required: which scenario (without it, the query is not a start link at all)
//   seed=<text>          optional: the seed (1–200 characters); absent means the game picks one
//   seat=<id>[,<id>…]    optional, may repeat; `human=` is the same: the seats the players take
//   ai=all               optional: every seat is played by the AI (a game to watch)
import type { ScenarioLookup } from './shareLink';

export interface StartLink {
  scenarioId: string;
  /** null when the link names no seed: the caller picks one (the engine itself never does). */
  seed: string | null;
  /** The human seats; [] with `ai=all`; null when the link names none, so the player is asked. */
  humanSeats: string[] | null;
}

export type StartLinkResult = StartLink | null | { problem: string };

const ID = /^[a-z][a-z0-9-]{0,47}$/;
const KNOWN_KEYS = ['scenario', 'seed', 'seat', 'human', 'ai'];

/**
 * The game a query string asks to start; null when it asks for none (no `scenario`, nor any other key of a start
 * link); `{ problem }` in one line when it asks for one wrongly. With `scenarios`, also checks that the scenario
 * exists and that the seats are its parties.
 */
export function parseStartLink(search: string, scenarios?: ScenarioLookup): StartLinkResult {
  try {
    return parseUnguarded(search, scenarios);
  } catch (error) {
    return { problem: `the start link could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function parseUnguarded(search: string, scenarios: ScenarioLookup | undefined): StartLinkResult {
  const params = new URLSearchParams(search.trim().replace(/^\?/, ''));
  if (!KNOWN_KEYS.some((key) => params.has(key))) return null;
  const problem = (text: string) => ({ problem: text });

  const scenarioIds = unique(params.getAll('scenario').map((value) => value.trim()));
  if (scenarioIds.length === 0) return problem('a start link names its scenario, e.g. ?scenario=paris-2026');
  if (scenarioIds.length > 1)
    return problem(`the start link names two scenarios: ${scenarioIds.map(quote).join(' and ')}`);
  const scenarioId = scenarioIds[0] ?? '';
  if (!ID.test(scenarioId))
    return problem(`scenario=${JSON.stringify(scenarioId)} is not a scenario id (lower-case letters, digits, dashes)`);

  const seeds = unique(params.getAll('seed'));
  if (seeds.length > 1) return problem(`the start link gives two seeds: ${seeds.map(quote).join(' and ')}`);
  const seed = seeds[0] ?? null;
  if (seed !== null && (seed === '' || seed.length > 200))
    return problem(seed === '' ? 'seed= is empty; leave it out to get a new seed' : 'the seed is over 200 characters');

  const named = [...params]
    .filter(([key]) => key === 'seat' || key === 'human')
    .flatMap(([, value]) => value.split(',').map((part) => part.trim()));
  const badSeat = named.find((seat) => !ID.test(seat));
  if (badSeat !== undefined)
    return problem(`seat ${quote(badSeat)} is not a party id (lower-case letters, digits, dashes)`);
  const seats = unique(named);
  const ai = unique(params.getAll('ai').map((value) => value.trim()));
  if (ai.some((value) => value !== 'all'))
    return problem('ai= takes only "all" (every seat played by the AI); name the players\' seats with seat=');
  if (ai.length > 0 && seats.length > 0)
    return problem(`ai=all leaves no seat for a player, but the link also names ${seats.join(', ')}`);
  const humanSeats = ai.length > 0 ? [] : seats.length > 0 ? seats : null;

  if (scenarios) {
    const compiled = scenarios(scenarioId);
    if (!compiled)
      return problem(`unknown scenario "${scenarioId}": this version of the game has no scenario of that id`);
    const unknown = (humanSeats ?? []).find((seat) => !compiled.party.has(seat));
    if (unknown !== undefined)
      return problem(
        `scenario "${scenarioId}" has no party "${unknown}" (its parties: ${compiled.partyIds.join(', ')})`,
      );
  }
  return { scenarioId, seed, humanSeats };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}
