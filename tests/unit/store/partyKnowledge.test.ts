// What a seat knows of a party, and a tabled draft read against the player's own: only what the seat may know (the
// blurred priorities its meetings revealed, never the true weights or another party's floor), and clause-by-clause
// comparisons that add up.
import { describe, expect, it } from 'vitest';
import { applyAction, createGame, currentActor, decideAction, reservationValue } from '../../../src/engine';
import type { GameState } from '../../../src/engine';
import { compareDraft } from '../../../src/store/draftComparison';
import { partyKnowledge, surenessOf } from '../../../src/store/partyKnowledge';
import { compileFile } from '../engine/gameHelpers';

const paris = compileFile('scenarios/paris-2026.yaml');
const start = createGame(paris, { seed: 'knowledge', seats: { france: 'human' } });

/** Plays the AI seats until France must act (France passes whenever it is asked). */
function untilFrance(state: GameState, stop: (state: GameState) => boolean): GameState {
  let current = state;
  for (let step = 0; step < 500 && !stop(current); step++) {
    const actor = currentActor(paris, current);
    if (actor === null) break;
    current =
      actor === 'france'
        ? applyAction(paris, current, { type: 'endPhase', party: 'france' }).state
        : applyAction(paris, current, decideAction(paris, current, actor)).state;
  }
  return current;
}

const franceToAct = untilFrance(start, (state) => currentActor(paris, state) === 'france');
const afterMeeting = applyAction(paris, franceToAct, { type: 'holdMeeting', party: 'france', with: 'ukraine' }).state;

describe('what a seat knows of a party', () => {
  it('knows nothing of its priorities before a meeting, and says so', () => {
    const known = partyKnowledge(paris, franceToAct, 'france', 'ukraine');
    expect(known?.priorities.source).toBe('unknown');
    expect(known?.priorities.lines).toEqual([]);
    expect(known?.floor).toBeNull();
    expect(known?.mustSign).toBe(true);
  });

  it('after a meeting, shows the blurred weights the engine gave the seat, most important first, with how sure', () => {
    const known = partyKnowledge(paris, afterMeeting, 'france', 'ukraine');
    const insight = afterMeeting.insights.france?.ukraine;
    expect(insight).toBeDefined();
    expect(known?.priorities.source).toBe('learnt');
    expect(known?.priorities.round).toBe(1);
    expect(known?.priorities.sureness).toBe(surenessOf(insight?.noise ?? 1));
    const lines = known?.priorities.lines ?? [];
    expect(lines).toHaveLength(paris.issueIds.length);
    for (const line of lines) expect(line.believed).toBe(insight?.weights[line.issue]);
    expect(lines.map((line) => line.believed)).toEqual([...lines.map((line) => line.believed)].sort((a, b) => b - a));
    expect(lines[0]?.words).toBe('top priority');
    // The blur is real: the seat's picture is not Ukraine's true weights.
    const trueWeights = afterMeeting.weights.ukraine ?? {};
    expect(lines.some((line) => line.believed !== trueWeights[line.issue])).toBe(true);
  });

  it('knows its own delegation exactly, with its floor', () => {
    const own = partyKnowledge(paris, afterMeeting, 'france', 'france');
    expect(own?.priorities.source).toBe('your brief');
    expect(own?.priorities.noise).toBe(0);
    expect(own?.floor).toBe(reservationValue(paris, afterMeeting, 'france'));
    expect(own?.trust).toBeNull();
  });

  it('names sureness in words', () => {
    expect(surenessOf(0)).toBe('exact');
    expect(surenessOf(0.1)).toBe('sure');
    expect(surenessOf(0.2)).toBe('fairly sure');
    expect(surenessOf(0.25)).toBe('a rough idea');
    expect(surenessOf(0.4)).toBe('a vague idea');
  });
});

describe('a tabled draft beside the player’s own', () => {
  const answered = untilFrance(afterMeeting, (state) => state.drafts.some((draft) => draft.by !== 'france'));
  const counter = answered.drafts.find((draft) => draft.by !== 'france');
  if (!counter) throw new Error('no counter-draft was tabled');
  const yours = Object.fromEntries(paris.scenario.issues.map((issue) => [issue.id, issue.options[0]?.id ?? '']));

  it('marks every clause the same or different, and counts them', () => {
    const comparison = compareDraft(paris, answered, 'france', counter.id, yours);
    expect(comparison?.clauses).toHaveLength(paris.issueIds.length);
    const same = comparison?.clauses.filter((clause) => clause.option === clause.yours).length;
    expect(comparison?.sameClauses).toBe(same);
    for (const clause of comparison?.clauses ?? []) expect(clause.same).toBe(clause.option === clause.yours);
  });

  it('is the same on every clause once its text is taken as yours, and worth the same to you', () => {
    const comparison = compareDraft(paris, answered, 'france', counter.id, { ...counter.terms });
    expect(comparison?.sameClauses).toBe(paris.issueIds.length);
    expect(comparison?.worthToYou).toBe(comparison?.yoursWorth);
    expect(comparison?.noDeal).toBe(reservationValue(paris, answered, 'france'));
  });

  it('lists the answers it got, as the table heard them', () => {
    const comparison = compareDraft(paris, answered, 'france', counter.id, yours);
    const heard = Object.keys(counter.answers);
    expect(comparison?.answers.map((answer) => answer.party).sort()).toEqual(heard.sort());
  });
});
