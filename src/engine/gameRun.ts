// Many actions in a row, in linear time. applyAction keeps its input intact, so each action copies the lists it
// appends to — the current round's log among them — and a round of 40,000 pause/resume actions costs 40,000²/2
// copies: a long replay then takes seconds to verify. A GameRun owns the states it makes, so after its first action
// it appends in place. The results are the same states, bit for bit; only the earlier states are not kept.
import { applyOwning } from './applyAction';
import type { CompiledScenario } from './compile';
import type { Action, GameEvent, GameState } from './types';

export class GameRun {
  private readonly compiled: CompiledScenario;
  /** Every object this run has copied from `start` or made since: no one else holds them. */
  private readonly owned = new WeakSet<object>();
  private current: GameState;

  /** `start` itself is never changed; the run works on copies of what it touches. */
  constructor(compiled: CompiledScenario, start: GameState) {
    this.compiled = compiled;
    this.current = start;
  }

  /**
   * The state after the actions applied so far. It is changed in place by the next `apply`: hash it or read it
   * now, and keep only the last one (or a copy).
   */
  get state(): GameState {
    return this.current;
  }

  /** Applies one more action and returns what happened; throws the engine's IllegalActionError, as applyAction does. */
  apply(action: Action): GameEvent[] {
    const result = applyOwning(this.compiled, this.current, action, this.owned);
    this.current = result.state;
    return result.events;
  }
}
