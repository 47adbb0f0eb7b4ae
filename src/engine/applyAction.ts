// The one way a game changes (architecture.md): (state, action) → new state + what happened. Pure: the input
// state is never mutated, chance comes only from the state's own RNG, and an illegal action throws an
// IllegalActionError that says why.
import type { CompiledScenario } from './compile';
import { applyEffects, revealPriorities } from './effects';
import { advanceActor, afterAnswer, applyNews, checkCollapse, currentActor, isOver } from './flow';
import { endGame } from './gameOver';
import { IllegalActionError, whyIllegal } from './legality';
import { clamp, optionLabel, utilityOf } from './model';
import type { Action, ActionResult, GameState, Terms } from './types';
import { WorkingState } from './working';

/** Goodwill is capped so that a long run of small concessions cannot buy a signature below what matters. */
const MAX_GOODWILL = 0.15;

export function applyAction(compiled: CompiledScenario, state: GameState, action: Action): ActionResult {
  return applyOwning(compiled, state, action, new WeakSet<object>());
}

/**
 * applyAction that may write in place into the objects in `owned`, and adds to it every object it copies. Only a
 * caller that alone holds those objects may pass them (GameRun): the input state is then changed, not kept.
 */
export function applyOwning(
  compiled: CompiledScenario,
  state: GameState,
  action: Action,
  owned: WeakSet<object>,
): ActionResult {
  const reason = whyIllegal(compiled, state, action);
  if (reason !== null) throw new IllegalActionError(action, reason);
  const work = new WorkingState(state, owned);
  handle(compiled, work, action);
  return work.finish();
}

function handle(compiled: CompiledScenario, work: WorkingState, action: Action): void {
  const state = work.state;
  const rules = compiled.scenario.rules;
  switch (action.type) {
    case 'pause':
      state.paused = true;
      work.emit({ type: 'paused' });
      return;
    case 'resume':
      state.paused = false;
      work.emit({ type: 'resumed' });
      return;
    case 'injectEvent':
      applyNews(compiled, work, action.event, true);
      return;
    case 'endGame':
      endGame(work, { kind: 'deadline', round: state.round, endedByFacilitator: true });
      return;
    case 'extendDeadline':
      state.deadline += action.rounds;
      state.deadlineExtended += action.rounds;
      work.emit({ type: 'deadline-extended', rounds: action.rounds, deadline: state.deadline });
      return;
    case 'playLever': {
      const lever = compiled.lever.get(action.lever);
      if (!lever) return;
      spendAction(work, action.party);
      for (const [meterId, cost] of Object.entries(lever.cost)) {
        const row = work.row('partyMeters', action.party);
        row[meterId] = (row[meterId] ?? 0) - cost;
      }
      if (lever.oncePerGame) work.leversPlayed(action.party).push(lever.id);
      work.emit({
        type: 'lever-played',
        party: action.party,
        lever: lever.id,
        target: action.target ?? null,
        label: lever.label,
      });
      applyEffects(compiled, work, lever.effects, { self: action.party, target: action.target ?? null });
      if (lever.pledge && lever.binds) {
        recordPledge(work, action.party, lever.binds.issue, lever.binds.refuses, lever.label);
      }
      checkCollapse(compiled, work);
      finishDiplomacyAction(compiled, work, action.party);
      return;
    }
    case 'holdMeeting': {
      spendAction(work, action.party);
      const gain = rules.meeting.trust;
      for (const [from, to] of [
        [action.party, action.with],
        [action.with, action.party],
      ] as const) {
        const row = work.row('trust', from);
        row[to] = clamp((row[to] ?? rules.trust.start) + gain, rules.trust.min, rules.trust.max);
      }
      revealPriorities(compiled, work, action.party, action.with, rules.meeting.noise);
      work.emit({ type: 'meeting-held', party: action.party, with: action.with });
      finishDiplomacyAction(compiled, work, action.party);
      return;
    }
    case 'makePledge': {
      spendAction(work, action.party);
      const labels = action.refuses.map((option) => optionLabel(compiled, action.issue, option));
      recordPledge(work, action.party, action.issue, action.refuses, `will not sign: ${labels.join(', ')}`);
      finishDiplomacyAction(compiled, work, action.party);
      return;
    }
    case 'tableDraft': {
      const id = `d${state.drafts.length + 1}`;
      const terms = Object.fromEntries(compiled.issueIds.map((issueId) => [issueId, action.terms[issueId] ?? '']));
      recordConcessions(compiled, work, action.party, terms);
      work.top('drafts').push({ id, round: state.round, by: action.party, terms, answers: {} });
      work.emit({ type: 'draft-tabled', draftId: id, party: action.party, terms });
      for (const party of compiled.signatories) {
        const definition = compiled.party.get(party);
        if (!definition || definition.atTable || party === action.party) continue;
        const dueRound = state.round + rules.channelDelay;
        work.top('relayed').push({ draftId: id, to: party, dueRound });
        work.emit({ type: 'draft-relayed', draftId: id, to: party, via: definition.reachedThrough ?? '', dueRound });
      }
      advanceActor(compiled, work);
      return;
    }
    case 'answerDraft': {
      const draft = state.drafts.find((candidate) => candidate.id === action.draftId);
      if (!draft) return;
      const reason = action.reason?.trim() || (action.accept ? 'accepts' : 'rejects');
      work.updateDraft(draft.id, (copy) => {
        copy.answers[action.party] = {
          accept: action.accept,
          round: state.round,
          reason,
          utility: action.utility ?? null,
          need: action.need ?? null,
          redLines: action.redLines ?? [],
        };
        return copy;
      });
      work.emit({ type: 'answer', draftId: draft.id, party: action.party, accept: action.accept, reason });
      if (action.accept) checkPledgesKept(compiled, work, action.party, draft.terms);
      afterAnswer(compiled, work);
      return;
    }
    case 'endPhase':
      advanceActor(compiled, work);
      return;
    case 'walkOut': {
      const name = compiled.party.get(action.party)?.name ?? action.party;
      work.emit({ type: 'walk-out', party: action.party, reason: `${name} leaves the talks` });
      endGame(work, { kind: 'collapse', round: state.round, cause: 'walk-out', party: action.party });
      return;
    }
  }
}

function spendAction(work: WorkingState, party: string): void {
  const used = work.top('actionsUsed');
  used[party] = (used[party] ?? 0) + 1;
}

/** A seat that has used all its actions hands over to the next automatically: no empty "end turn" clicks. */
function finishDiplomacyAction(compiled: CompiledScenario, work: WorkingState, party: string): void {
  if (isOver(work.state) || currentActor(compiled, work.state) !== party) return;
  if ((work.state.actionsUsed[party] ?? 0) >= compiled.scenario.rules.actionsPerRound) advanceActor(compiled, work);
}

/**
 * Tit-for-tat needs to know who conceded: a drafter earns goodwill with each party its new text gives more than its
 * previous one did. Called before the new draft joins the list.
 */
function recordConcessions(compiled: CompiledScenario, work: WorkingState, drafter: string, terms: Terms): void {
  const previous = [...work.state.drafts].reverse().find((draft) => draft.by === drafter);
  if (!previous) return;
  for (const party of compiled.signatories) {
    if (party === drafter) continue;
    const gain = utilityOf(compiled, work.state, party, terms) - utilityOf(compiled, work.state, party, previous.terms);
    if (gain <= 0) continue;
    const row = work.row('goodwill', party);
    row[drafter] = Math.min(MAX_GOODWILL, Math.round(((row[drafter] ?? 0) + gain) * 1000) / 1000);
  }
}

function recordPledge(work: WorkingState, party: string, issue: string, refuses: string[], text: string): void {
  work.top('pledges').push({ party, round: work.state.round, issue, refuses: [...refuses], text, broken: false });
  work.emit({ type: 'pledge-made', party, issue, refuses: [...refuses], text });
}

/** Accepting a text that contains an option the party publicly refused breaks that pledge, in front of everyone. */
function checkPledgesKept(
  compiled: CompiledScenario,
  work: WorkingState,
  party: string,
  terms: Record<string, string>,
) {
  const rules = compiled.scenario.rules;
  work.state.pledges.forEach((pledge, index) => {
    const option = terms[pledge.issue];
    if (pledge.party !== party || pledge.broken || option === undefined || !pledge.refuses.includes(option)) return;
    work.top('pledges')[index] = { ...pledge, broken: true };
    work.emit({ type: 'pledge-broken', party, issue: pledge.issue, option });
    for (const other of compiled.partyIds) {
      if (other === party) continue;
      const row = work.row('trust', other);
      row[party] = clamp((row[party] ?? rules.trust.start) - rules.pledgeBreachTrust, rules.trust.min, rules.trust.max);
    }
  });
}
