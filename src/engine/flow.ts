// The round (game-design.md, "A round"): news → diplomacy → the text → answers → the world moves. This file owns
// whose turn it is and every transition between phases and rounds; the action handlers call into it.
import type { CompiledScenario } from './compile';
import { applyEffects, conditionsHold, NO_CONTEXT } from './effects';
import { signDraft } from './endings';
import { endGame } from './gameOver';
import { pickWeighted } from './rng';
import type { Draft, GameState, PartyId } from './types';
import type { WorkingState } from './working';

/** Parties that act in the diplomacy phase, in table order: everyone, including parties away from the table. */
function diplomacyOrder(compiled: CompiledScenario): PartyId[] {
  return compiled.partyIds;
}

/** The pen first, then the parties that may table counter-drafts. */
export function draftingOrder(compiled: CompiledScenario): PartyId[] {
  const { pen, counterDrafts } = compiled.scenario.rules;
  return [pen, ...counterDrafts.filter((id) => id !== pen)];
}

/** Drafts a party still has to answer now: this round's drafts at the table, or drafts carried to it that arrived. */
export function pendingDrafts(compiled: CompiledScenario, state: GameState, party: PartyId): Draft[] {
  return state.drafts.filter((draft) => isPendingFor(compiled, state, party, draft));
}

function isPendingFor(compiled: CompiledScenario, state: GameState, party: PartyId, draft: Draft): boolean {
  if (draft.answers[party] || draft.by === party || !compiled.isSignatory.has(party)) return false;
  if (!compiled.answersThroughChannel.has(party)) return draft.round === state.round;
  return state.relayed.some(
    (relay) => relay.to === party && relay.draftId === draft.id && relay.dueRound <= state.round,
  );
}

/** Whether the party has anything to answer, without building the list (asked once per answer per signatory). */
function hasPendingDraft(compiled: CompiledScenario, state: GameState, party: PartyId): boolean {
  return state.drafts.some((draft) => isPendingFor(compiled, state, party, draft));
}

/** A function, not an inline comparison, because effects called in between may have ended the game. */
export function isOver(state: GameState): boolean {
  return state.phase === 'ended';
}

/** Whose turn it is, or null when nobody can act (game over). */
export function currentActor(compiled: CompiledScenario, state: GameState): PartyId | null {
  switch (state.phase) {
    case 'diplomacy':
      return diplomacyOrder(compiled)[state.actorIndex] ?? null;
    case 'drafting':
      return draftingOrder(compiled)[state.actorIndex] ?? null;
    case 'answers':
      // In table order; only required signatories ever answer.
      return compiled.answerOrder.find((party) => hasPendingDraft(compiled, state, party)) ?? null;
    case 'ended':
      return null;
  }
}

export function startGame(compiled: CompiledScenario, work: WorkingState): void {
  startRound(compiled, work);
}

function startRound(compiled: CompiledScenario, work: WorkingState): void {
  const state = work.state;
  state.actionsUsed = {};
  state.actorIndex = 0;
  state.phase = 'diplomacy';
  work.emit({ type: 'round-started', round: state.round, deadline: state.deadline });
  drawNews(compiled, work);
  if (isOver(state)) return;
  work.emit({ type: 'phase-started', phase: 'diplomacy' });
}

/** News: events allowed now are drawn by weight, without repeats unless repeatable (seeded). */
function drawNews(compiled: CompiledScenario, work: WorkingState): void {
  for (let drawn = 0; drawn < compiled.scenario.rules.eventsPerRound; drawn++) {
    const state = work.state;
    const eligible = compiled.scenario.events.filter(
      (event) =>
        (event.repeatable || !(state.eventsHappened[event.id] ?? 0)) &&
        conditionsHold(compiled, state, event.conditions, NO_CONTEXT),
    );
    const index = pickWeighted(
      work.rng,
      eligible.map((event) => event.weight),
    );
    const event = eligible[index];
    if (!event) return;
    applyNews(compiled, work, event.id, false);
    if (isOver(work.state)) return;
  }
}

export function applyNews(compiled: CompiledScenario, work: WorkingState, eventId: string, injected: boolean): void {
  const event = compiled.event.get(eventId);
  if (!event) return;
  const happened = work.top('eventsHappened');
  happened[event.id] = (happened[event.id] ?? 0) + 1;
  work.emit({ type: 'news', event: event.id, title: event.title, text: event.text, injected });
  applyEffects(compiled, work, event.effects, NO_CONTEXT);
  checkCollapse(compiled, work);
}

/** Escalation at its top ends the talks at once, whatever phase we are in. */
export function checkCollapse(compiled: CompiledScenario, work: WorkingState): void {
  const { meter, atLeast } = compiled.scenario.rules.collapse;
  if (work.state.phase !== 'ended' && (work.state.sharedMeters[meter] ?? 0) >= atLeast) {
    endGame(work, { kind: 'collapse', round: work.state.round, cause: 'escalation', party: null });
  }
}

/** The acting party is done with this phase: move to the next actor, or the next phase. */
export function advanceActor(compiled: CompiledScenario, work: WorkingState): void {
  const state = work.state;
  if (state.phase === 'diplomacy') {
    state.actorIndex += 1;
    if (state.actorIndex >= diplomacyOrder(compiled).length) {
      state.phase = 'drafting';
      state.actorIndex = 0;
      work.emit({ type: 'phase-started', phase: 'drafting' });
    }
  } else if (state.phase === 'drafting') {
    state.actorIndex += 1;
    if (state.actorIndex >= draftingOrder(compiled).length) startAnswers(compiled, work);
  }
}

function startAnswers(compiled: CompiledScenario, work: WorkingState): void {
  work.state.phase = 'answers';
  work.state.actorIndex = 0;
  work.emit({ type: 'phase-started', phase: 'answers' });
  if (currentActor(compiled, work.state) === null) finishAnswers(compiled, work);
}

/** After an answer: when nobody has anything left to answer, see whether a text is signed, then move the world. */
export function afterAnswer(compiled: CompiledScenario, work: WorkingState): void {
  if (work.state.phase === 'answers' && currentActor(compiled, work.state) === null) finishAnswers(compiled, work);
}

function finishAnswers(compiled: CompiledScenario, work: WorkingState): void {
  const signed = work.state.drafts.find((draft) =>
    compiled.signatories.every((party) => draft.by === party || draft.answers[party]?.accept === true),
  );
  if (signed) {
    signDraft(compiled, work, signed);
    return;
  }
  worldMoves(compiled, work);
}

/** The world moves: drift, collapse, the deadline; then the next round begins. */
function worldMoves(compiled: CompiledScenario, work: WorkingState): void {
  applyEffects(compiled, work, compiled.scenario.rules.drift, NO_CONTEXT);
  checkCollapse(compiled, work);
  const state = work.state;
  if (isOver(state)) return;
  if (state.round >= state.deadline) {
    endGame(work, { kind: 'deadline', round: state.round });
    return;
  }
  state.round += 1;
  startRound(compiled, work);
}
