// Answers in words a class reads: an AI's numbers never read as a contradiction, a human seat's answer never shows
// its private numbers or private red lines, and "we need" is explained.
import { describe, expect, it } from 'vitest';
import { applyAction, createGame, currentActor, decideAction, pendingDrafts } from '../../../src/engine';
import type { GameState } from '../../../src/engine';
import { statedNumbers } from '../../../src/engine/ai/answer';
import { needExplainer, statesNeed } from '../../../src/store/answerWords';
import { humanAnswer } from '../../../src/store/humanAnswer';
import { compileFile } from '../engine/gameHelpers';

const paris = compileFile('scenarios/paris-2026.yaml');

/** Paris with Ukraine human, every other seat played by the AI, until Ukraine must answer a draft. */
function ukraineToAnswer(): GameState {
  let state = createGame(paris, { seed: 'answer-words', seats: { ukraine: 'human' } });
  for (let step = 0; step < 500; step++) {
    const actor = currentActor(paris, state);
    if (actor === null) break;
    if (actor === 'ukraine') {
      if (state.phase === 'answers') return state;
      state = applyAction(paris, state, { type: 'endPhase', party: 'ukraine' }).state;
    } else state = applyAction(paris, state, decideAction(paris, state, actor)).state;
  }
  throw new Error('Ukraine never had a draft to answer');
}

describe('an AI states its numbers', () => {
  it('says "just short" when a rejection’s two numbers round alike, never "gives us 0.91; we need 0.91"', () => {
    expect(statedNumbers(0.91, 0.91, false)).toBe('this gives us 0.91, just short of what we need now');
    expect(statedNumbers(0.41, 0.55, false)).toBe('this gives us 0.41; we need 0.55 now');
    expect(statedNumbers(0.62, 0.55, true)).toBe('this gives us 0.62; we need 0.55');
    expect(statedNumbers(0.91, 0.91, true)).toBe('this gives us 0.91; we need 0.91');
  });
});

describe('a human seat’s answer', () => {
  const state = ukraineToAnswer();
  const draft = pendingDrafts(paris, state, 'ukraine')[0];
  if (!draft) throw new Error('no pending draft');

  it('states no number, in its words or its data, whether it accepts or rejects', () => {
    for (const accept of [true, false]) {
      const action = humanAnswer(paris, state, 'ukraine', draft, accept);
      expect(action).not.toHaveProperty('utility');
      expect(action).not.toHaveProperty('need');
      expect(action.reason ?? '').not.toMatch(/\d/);
      const result = applyAction(paris, state, action);
      const record = result.state.drafts.find((candidate) => candidate.id === draft.id)?.answers.ukraine;
      expect(record).toMatchObject({ accept, utility: null, need: null });
      expect(record?.reason).toMatch(accept ? /^accepts/ : /^rejects/);
      const event = result.events.find((candidate) => candidate.type === 'answer');
      expect(event && 'reason' in event ? event.reason : '').not.toMatch(/\d|gives us|we need/);
    }
  });

  it('names only a public red line the text crosses, never a private one', () => {
    const crossing = {
      ...draft,
      terms: { ...draft.terms, donbas: 'cede-rest-of-donbas', 'foreign-forces': 'no-foreign-forces' },
    };
    const action = humanAnswer(paris, state, 'ukraine', crossing, false);
    expect(action.redLines).toEqual(['donbas/cede-rest-of-donbas']);
    expect(action.reason).toMatch(/^rejects: ".+" crosses a red line: We will not hand over land/);
    expect(humanAnswer(paris, state, 'ukraine', crossing, true)).not.toHaveProperty('redLines');
  });
});

describe('"we need", explained', () => {
  it('says what the party asks for now and that it falls toward its floor, its no-deal value, by the deadline', () => {
    const words = needExplainer(8);
    expect(words).toMatch(/what it asks for now/);
    expect(words).toMatch(/falls toward its floor \(no deal\) by round 8\.$/);
  });

  it('is shown only where an answer states a need', () => {
    expect(statesNeed('rejects: this gives us 0.41; we need 0.55 now')).toBe(true);
    expect(statesNeed('rejects: this gives us 0.91, just short of what we need now')).toBe(true);
    expect(statesNeed('rejects: not enough for us yet')).toBe(false);
    expect(statesNeed('accepts')).toBe(false);
  });
});
