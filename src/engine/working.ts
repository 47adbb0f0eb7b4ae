// Copy-on-write access to a game state while one action is applied. applyAction must never mutate its input, and
// copying the whole state for every action would make thousands of simulated games a second impossible; so each
// record is copied the first time it is written, and everything untouched is shared with the old state. A copy is
// recognised by identity (it is in `fresh`), so the bookkeeping costs no string keys.
import type { GameEvent, GameState, Insight, PartyId } from './types';
import type { Rng } from './rng';
import { restoreRng } from './rng';

type PartyRecordKey = 'partyMeters' | 'trust' | 'weights' | 'insights' | 'goodwill' | 'firmness' | 'leversPlayed';
type TopKey =
  'log' | 'drafts' | 'relayed' | 'pledges' | 'sharedMeters' | 'actionsUsed' | 'reservationShift' | 'eventsHappened';

export class WorkingState {
  readonly state: GameState;
  readonly events: GameEvent[] = [];
  /** Objects and arrays created during this action (or owned by the caller's run, see GameRun): safe to write to. */
  private readonly fresh: WeakSet<object>;
  private rngInstance: Rng | null = null;

  constructor(original: GameState, owned: WeakSet<object> = new WeakSet<object>()) {
    this.fresh = owned;
    this.state = this.own(original);
  }

  /** The seeded generator, restored on first use and saved back by finish(). */
  get rng(): Rng {
    if (!this.rngInstance) this.rngInstance = restoreRng(this.state.rng);
    return this.rngInstance;
  }

  finish(): { state: GameState; events: GameEvent[] } {
    if (this.rngInstance) this.state.rng = this.rngInstance.save();
    return { state: this.state, events: this.events };
  }

  emit(event: GameEvent): void {
    this.events.push(event);
    const log = this.top('log');
    const index = this.state.round - 1;
    while (log.length <= index) log.push([]);
    log[index] = this.own(log[index] ?? []);
    log[index].push({ round: this.state.round, ...event });
  }

  /** A top-level record or list of the state, copied once for this action. */
  top<K extends TopKey>(key: K): GameState[K] {
    const copy = this.own(this.state[key]);
    this.state[key] = copy;
    return copy;
  }

  /** One party's row of a per-party record (meters, trust, weights, …), copied once for this action. */
  row(key: 'partyMeters' | 'trust' | 'weights' | 'goodwill', party: PartyId): Record<string, number>;
  row(key: 'insights', party: PartyId): Record<string, Insight>;
  row(key: 'partyMeters' | 'trust' | 'weights' | 'goodwill' | 'insights', party: PartyId): Record<string, unknown> {
    const table = this.record(key) as Record<string, Record<string, unknown>>;
    const row = this.own(table[party] ?? {});
    table[party] = row;
    return row;
  }

  firmness(party: PartyId): number[] {
    const table = this.record('firmness');
    const row = this.own(table[party] ?? []);
    table[party] = row;
    return row;
  }

  leversPlayed(party: PartyId): string[] {
    const table = this.record('leversPlayed');
    const row = this.own(table[party] ?? []);
    table[party] = row;
    return row;
  }

  /** Replaces one draft by an updated copy (drafts are small; answers are added to copies). */
  updateDraft(draftId: string, update: (draft: GameState['drafts'][number]) => GameState['drafts'][number]): void {
    const drafts = this.top('drafts');
    const index = drafts.findIndex((draft) => draft.id === draftId);
    const draft = drafts[index];
    if (draft) drafts[index] = update({ ...draft, answers: { ...draft.answers } });
  }

  private record<K extends PartyRecordKey>(key: K): GameState[K] {
    const copy = this.own(this.state[key]);
    this.state[key] = copy;
    return copy;
  }

  /** The value itself if it was made during this action, else a shallow copy that now is. */
  private own<T extends object>(value: T): T {
    if (this.fresh.has(value)) return value;
    const copy = (Array.isArray(value) ? [...value] : { ...value }) as T;
    this.fresh.add(copy);
    return copy;
  }
}
