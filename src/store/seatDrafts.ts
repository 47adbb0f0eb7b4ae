// The drafts the human seats are composing, one per seat. A draft belongs to its seat: it starts from the seat's
// own last tabled text (or, before it has tabled one, the text it likes best), and only its owner changes it — by
// changing a clause or by tabling a text. Nothing anyone else does (a lever, a meeting, a pledge, another party's
// draft, the end of a round) replaces it, so a student never finds a text in the editor that they did not write.
import { currentActor } from '../engine';
import type { CompiledScenario, GameState, PartyId, Terms } from '../engine';

export type SeatDrafts = Readonly<Record<PartyId, Terms>>;

/** The human seats, in the order the game lists its seats. */
export function humanSeats(game: GameState): PartyId[] {
  return Object.keys(game.seats).filter((party) => game.seats[party] === 'human');
}

/**
 * The human seat whose draft the screen shows: the human seat to act, else the first human seat — the same seat the
 * Summit speaks for, so the editor and the store always mean the same draft. Null with no human seat.
 */
export function draftOwner(compiled: CompiledScenario, game: GameState): PartyId | null {
  const actor = game.paused || game.phase === 'ended' ? null : currentActor(compiled, game);
  if (actor !== null && game.seats[actor] === 'human') return actor;
  return humanSeats(game)[0] ?? null;
}

/** The text `party` likes best: its favourite option on every issue. */
export function favouriteTerms(compiled: CompiledScenario, party: PartyId): Terms {
  const p = compiled.partyIndex.get(party);
  return Object.fromEntries(
    compiled.scenario.issues.map((issue, i) => {
      const values = p === undefined ? [] : (compiled.values[p]?.[i] ?? []);
      let best = 0;
      values.forEach((value, o) => {
        if (value > (values[best] ?? 0)) best = o;
      });
      return [issue.id, issue.options[best]?.id ?? ''];
    }),
  );
}

/** Where a seat's draft starts: its own last tabled text, else its favourite text — never another party's. */
export function startingDraft(compiled: CompiledScenario, game: GameState, party: PartyId): Terms {
  const own = game.drafts.filter((draft) => draft.by === party).at(-1);
  return own ? { ...own.terms } : favouriteTerms(compiled, party);
}

/**
 * Every human seat's draft after a move: the one it had, untouched (a seat without one yet gets its starting draft),
 * and, for the seat that has just tabled a text, that text.
 */
export function keepSeatDrafts(
  compiled: CompiledScenario,
  game: GameState,
  previous: SeatDrafts,
  tabled?: { party: PartyId; terms: Terms },
): SeatDrafts {
  return Object.fromEntries(
    humanSeats(game).map((party) => {
      if (tabled?.party === party) return [party, { ...tabled.terms }];
      return [party, previous[party] ?? startingDraft(compiled, game, party)];
    }),
  );
}

/** The drafts with one clause of `party`'s changed; unchanged when the issue or option does not exist. */
export function withClause(
  compiled: CompiledScenario,
  drafts: SeatDrafts,
  party: PartyId,
  issueId: string,
  optionId: string,
): SeatDrafts {
  const issue = compiled.scenario.issues.find((candidate) => candidate.id === issueId);
  const draft = drafts[party];
  if (!draft || !issue?.options.some((option) => option.id === optionId)) return drafts;
  return { ...drafts, [party]: { ...draft, [issueId]: optionId } };
}

/**
 * Drafts read back from elsewhere (a save) laid over the current ones: only human seats, only issues and options the
 * scenario has; anything else is ignored, so a damaged or older record never breaks the game.
 */
export function adoptedDrafts(compiled: CompiledScenario, current: SeatDrafts, incoming: unknown): SeatDrafts {
  if (incoming === null || typeof incoming !== 'object' || Array.isArray(incoming)) return current;
  const record = incoming as Record<string, unknown>;
  let drafts = current;
  for (const party of Object.keys(current)) {
    const terms = record[party];
    if (terms === null || typeof terms !== 'object' || Array.isArray(terms)) continue;
    for (const [issueId, optionId] of Object.entries(terms as Record<string, unknown>))
      if (typeof optionId === 'string') drafts = withClause(compiled, drafts, party, issueId, optionId);
  }
  return drafts;
}
