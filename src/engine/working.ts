// Copy-on-write access to a game state while one action is applied. applyAction must never mutate its input, and
// copying the whole state for every action would make thousands of simulated games a second impossible; so each
// nested record is copied the first time it is written, and everything untouched is shared with the old state.
import type { GameEvent, GameState, Insight, PartyId } from './types';
import type { Rng } from './rng';
import { restoreRng } from './rng';

type NestedKey = 'partyMeters' | 'trust' | 'weights' | 'insights' | 'goodwill';

export class WorkingState {
  readonly state: GameState;
  readonly events: GameEvent[] = [];
  private readonly copiedTop = new Set<string>();
  /** Per record (or `log`, `firmness`, `leversPlayed`), the rows already copied for this action. */
  private readonly copiedRows = new Map<string, Set<string | number>>();
  private rngInstance: Rng | null = null;

  constructor(original: GameState) {
    this.state = { ...original };
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
    if (this.firstWrite('log', index)) {
      while (log.length <= index) log.push([]);
      log[index] = [...(log[index] ?? [])];
    }
    log[index]?.push({ round: this.state.round, ...event });
  }

  /** A top-level array or record of the state, copied once for this action. */
  top<K extends 'log' | 'drafts' | 'relayed' | 'pledges'>(key: K): GameState[K];
  top<K extends 'sharedMeters' | 'actionsUsed' | 'reservationShift' | 'eventsHappened' | 'seats'>(key: K): GameState[K];
  top(key: keyof GameState): unknown {
    if (!this.copiedTop.has(key)) {
      const value = this.state[key];
      (this.state as unknown as Record<string, unknown>)[key] = Array.isArray(value)
        ? [...value]
        : { ...(value as object) };
      this.copiedTop.add(key);
    }
    return this.state[key];
  }

  /** One party's row of a per-party record (meters, trust, weights, …), copied once for this action. */
  row(key: 'partyMeters' | 'trust' | 'weights' | 'goodwill', party: PartyId): Record<string, number>;
  row(key: 'insights', party: PartyId): Record<string, Insight>;
  row(key: NestedKey, party: PartyId): Record<string, unknown> {
    const table = this.nested(key);
    if (this.firstWrite(key, party)) table[party] = { ...(table[party] ?? {}) };
    return table[party] as Record<string, unknown>;
  }

  firmness(party: PartyId): number[] {
    if (!this.copiedTop.has('firmness')) {
      this.state.firmness = { ...this.state.firmness };
      this.copiedTop.add('firmness');
    }
    if (this.firstWrite('firmness', party)) this.state.firmness[party] = [...(this.state.firmness[party] ?? [])];
    return this.state.firmness[party] ?? [];
  }

  leversPlayed(party: PartyId): string[] {
    if (!this.copiedTop.has('leversPlayed')) {
      this.state.leversPlayed = { ...this.state.leversPlayed };
      this.copiedTop.add('leversPlayed');
    }
    if (this.firstWrite('leversPlayed', party))
      this.state.leversPlayed[party] = [...(this.state.leversPlayed[party] ?? [])];
    return this.state.leversPlayed[party] ?? [];
  }

  /** True the first time a row of a record is written during this action (and remembers it). */
  private firstWrite(record: string, row: string | number): boolean {
    let rows = this.copiedRows.get(record);
    if (!rows) {
      rows = new Set();
      this.copiedRows.set(record, rows);
    }
    if (rows.has(row)) return false;
    rows.add(row);
    return true;
  }

  /** Replaces one draft by an updated copy (drafts are small; answers are added to copies). */
  updateDraft(draftId: string, update: (draft: GameState['drafts'][number]) => GameState['drafts'][number]): void {
    const drafts = this.top('drafts');
    const index = drafts.findIndex((draft) => draft.id === draftId);
    const draft = drafts[index];
    if (draft) drafts[index] = update({ ...draft, answers: { ...draft.answers } });
  }

  private nested(key: NestedKey): Record<string, unknown> {
    if (!this.copiedTop.has(key)) {
      (this.state as unknown as Record<string, unknown>)[key] = { ...this.state[key] };
      this.copiedTop.add(key);
    }
    return this.state[key] as Record<string, unknown>;
  }
}
