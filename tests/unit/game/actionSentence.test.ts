// The replay viewer's headline for each step: a recorded action in the words of the Summit's news, with names and
// labels from the scenario and never an action type or a party id.
import { describe, expect, it } from 'vitest';
import { createGame } from '../../../src/engine/index';
import type { Action } from '../../../src/engine/index';
import { actionSentence } from '../../../src/game/widgets/replay/actionSentence';
import { recordAiGame, walkReplay } from '../../../src/replay/index';
import { compileFile } from '../engine/gameHelpers';

const paris = compileFile('scenarios/paris-2026.yaml');
const opening = createGame(paris, { seed: 'words', seats: {} });

describe('actionSentence', () => {
  it('names parties, levers and issues as the table knows them', () => {
    const lever =
      paris.scenario.levers.find((candidate) => candidate.targets !== undefined) ?? paris.scenario.levers[0];
    const issue = paris.scenario.issues[0];
    if (!lever || !issue) throw new Error('the flagship has levers and issues');
    const words = (action: Action) => actionSentence(paris, action, opening);
    expect(words({ type: 'holdMeeting', party: 'france', with: 'ukraine' })).toBe('France meets Ukraine in private.');
    expect(words({ type: 'playLever', party: 'france', lever: lever.id, target: 'russia' })).toContain(lever.label);
    expect(words({ type: 'makePledge', party: 'ukraine', issue: issue.id, refuses: [] })).toBe(
      `Ukraine makes a public pledge on ${issue.label}.`,
    );
    expect(words({ type: 'endPhase', party: 'russia' })).toBe('Russia is done with the diplomacy of round 1.');
    expect(words({ type: 'extendDeadline', rounds: 1 })).toBe('The facilitator extends the deadline by 1 round.');
    expect(words({ type: 'endGame' })).toBe('The facilitator ends the talks.');
  });

  it('words every step of a whole recorded game without an action type or a party id', () => {
    const replay = recordAiGame(paris, 'words');
    const walked = walkReplay(paris, replay);
    const ids = paris.partyIds.filter((id) => paris.party.get(id)?.shortName !== id);
    walked.steps.forEach((step, index) => {
      const before = index === 0 ? walked.initial : (walked.steps[index - 1]?.state ?? walked.initial);
      const sentence = actionSentence(paris, step.action, before);
      expect(sentence).toMatch(/^[A-Z].*\.$/);
      expect(sentence).not.toContain(step.action.type);
      for (const id of ids) expect(sentence).not.toMatch(new RegExp(`\\b${id}\\b`));
    });
  });
});
