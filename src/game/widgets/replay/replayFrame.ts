// What the replay viewer shows at step n, as plain data: the state after the first n actions, the action that led
// there (in the words of the Summit's news) and what it set off, and where the rounds begin (for the scrubber's marks
// and Page Up / Page Down). Step 0 is the new game, before anyone has moved.
import type { Action, GameEvent, GameState } from '../../../store';
import { actionSentence } from './actionSentence';
import type { OpenedReplay } from './openReplay';

export interface ReplayFrame {
  step: number;
  /** The last step: the number of actions in the replay. */
  lastStep: number;
  state: GameState;
  /** The action that led to this step, or null at step 0. */
  action: Action | null;
  /** That action in words ("Russia is done with the diplomacy of round 3."), or null at step 0. */
  actionWords: string | null;
  /** What that action set off; at step 0, what the new game opened with. */
  events: readonly GameEvent[];
}

export function frameAt(opened: OpenedReplay, step: number): ReplayFrame {
  const lastStep = opened.steps.length;
  const at = clampStep(step, lastStep);
  const walked = at === 0 ? undefined : opened.steps[at - 1];
  const before = at <= 1 ? opened.initial : (opened.steps[at - 2]?.state ?? opened.initial);
  return {
    step: at,
    lastStep,
    state: walked?.state ?? opened.initial,
    action: walked?.action ?? null,
    actionWords: walked ? actionSentence(opened.compiled, walked.action, before) : null,
    events: walked?.events ?? opened.initial.log.flat(),
  };
}

export function clampStep(step: number, lastStep: number): number {
  return Math.min(lastStep, Math.max(0, Math.round(step)));
}

/** The steps at which each round is first on screen, in order: round 1 at step 0. */
export function roundStarts(opened: OpenedReplay): { round: number; step: number }[] {
  const starts = [{ round: opened.initial.round, step: 0 }];
  opened.steps.forEach((walked, index) => {
    const previous = starts[starts.length - 1];
    if (previous && walked.state.round > previous.round) starts.push({ round: walked.state.round, step: index + 1 });
  });
  return starts;
}

/** Page Down: the start of the next round (or the end); Page Up: the start of this round, or of the one before. */
export function roundJump(opened: OpenedReplay, step: number, direction: -1 | 1): number {
  const starts = roundStarts(opened).map((start) => start.step);
  if (direction > 0) return starts.find((start) => start > step) ?? opened.steps.length;
  return [...starts].reverse().find((start) => start < step) ?? 0;
}
