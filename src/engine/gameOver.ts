// The single way a game ends: the phase closes, the outcome is recorded, and the log says so.
import type { Outcome } from './types';
import type { WorkingState } from './working';

export function endGame(work: WorkingState, outcome: Outcome): void {
  work.state.phase = 'ended';
  work.state.outcome = outcome;
  work.emit(
    outcome.kind === 'deadline' && outcome.endedByFacilitator
      ? { type: 'game-ended', outcome: outcome.kind, endedByFacilitator: true }
      : { type: 'game-ended', outcome: outcome.kind },
  );
}
