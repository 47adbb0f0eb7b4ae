// A start link when the browser holds a game: the same game resumes, another in progress asks, a finished one gives
// way (it is already in Last games).
import { describe, expect, it } from 'vitest';
import { describeLinkChoice, startLinkChoice } from '../../../src/store/startLinkChoice';
import { createSessionStore } from '../../../src/store/session';
import type { SessionSetup } from '../../../src/store/session';
import { compileFile } from '../engine/gameHelpers';

const tutorial = compileFile('scenarios/tutorial.yaml').scenario;
const setup = (seed: string, ...humans: string[]): SessionSetup => ({
  scenario: tutorial,
  fileName: 'tutorial.yaml',
  seed,
  seats: Object.fromEntries(tutorial.parties.map((p) => [p.id, humans.includes(p.id) ? 'human' : 'ai'])),
});

describe('a start link when a game is here', () => {
  it('starts when there is no game', () => {
    expect(startLinkChoice(createSessionStore().getState(), setup('a', 'ostrand'))).toBe('start');
  });

  it('resumes the same game (same scenario, seed and human seats, in any order)', () => {
    const store = createSessionStore();
    store.getState().start(setup('a', 'ostrand', 'norvale'));
    expect(startLinkChoice(store.getState(), setup('a', 'norvale', 'ostrand'))).toBe('resume');
  });

  it('asks before another seed, seat or scenario replaces a game in progress', () => {
    const store = createSessionStore();
    store.getState().start(setup('a', 'ostrand'));
    expect(startLinkChoice(store.getState(), setup('b', 'ostrand'))).toBe('ask');
    expect(startLinkChoice(store.getState(), setup('a', 'norvale'))).toBe('ask');
    expect(startLinkChoice(store.getState(), setup('a', 'ostrand', 'norvale'))).toBe('ask');
    const words = describeLinkChoice(store.getState(), setup('b', 'norvale'));
    expect(words.inProgress).toMatch(/Ostrand · seed a · round 1 of \d+$/);
    expect(words.link).toMatch(/Norvale · seed b · round 1$/);
  });

  it('starts over a finished game, which Last games already keeps', () => {
    const store = createSessionStore();
    const allAi = setup('done');
    store.getState().start(allAi);
    expect(store.getState().game?.phase).toBe('ended');
    expect(startLinkChoice(store.getState(), setup('other', 'ostrand'))).toBe('start');
  });
});
