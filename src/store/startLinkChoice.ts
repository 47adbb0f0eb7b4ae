// What a start link (`?scenario=…&seed=…&seat=…`) does when this browser already holds a game: a student who
// reopens their table's link goes back to their game, never silently to round 1 of a new one; a link to another game
// asks first, the game in progress being the safe answer. A finished game is already kept in Last games, so a new
// link simply starts.
import type { GameState, PartyId } from '../engine';
import type { SessionSetup, SessionState } from './session';

export type StartLinkChoice =
  /** No game here, or only a finished one: the link's game starts. */
  | 'start'
  /** The link names the game in progress (or just finished): it is taken up where it stands. */
  | 'resume'
  /** Another game is in progress: the player is asked, keeping it being the default. */
  | 'ask';

export function startLinkChoice(state: Pick<SessionState, 'game'>, setup: SessionSetup): StartLinkChoice {
  const game = state.game;
  if (!game) return 'start';
  if (isSameGame(game, setup)) return 'resume';
  return game.phase === 'ended' ? 'start' : 'ask';
}

/** The same game: same scenario, same seed, the same seats played by people. */
export function isSameGame(game: GameState, setup: SessionSetup): boolean {
  return (
    game.scenarioId === setup.scenario.id &&
    game.seed === setup.seed &&
    sameSeats(humansOf(game.seats), humansOf(setup.seats))
  );
}

function humansOf(seats: Record<PartyId, string>): PartyId[] {
  return Object.keys(seats)
    .filter((party) => seats[party] === 'human')
    .sort();
}

function sameSeats(a: readonly PartyId[], b: readonly PartyId[]): boolean {
  return a.length === b.length && a.every((party, index) => party === b[index]);
}

/** The two games of the question, in words: the one in progress (with its round) and the link's. */
export function describeLinkChoice(
  state: Pick<SessionState, 'compiled' | 'game'>,
  setup: SessionSetup,
): { inProgress: string; link: string } {
  const { compiled, game } = state;
  const seatNames = (scenario: SessionSetup['scenario'], seats: Record<PartyId, string>) =>
    humansOf(seats)
      .map((party) => scenario.parties.find((candidate) => candidate.id === party)?.shortName ?? party)
      .join(' + ') || 'all AI';
  const inProgress =
    compiled && game
      ? `${compiled.scenario.title} · ${seatNames(compiled.scenario, game.seats)} · seed ${game.seed} · round ${game.round} of ${game.deadline}`
      : '—';
  const link = `${setup.scenario.title} · ${seatNames(setup.scenario, setup.seats)} · seed ${setup.seed} · round 1`;
  return { inProgress, link };
}
