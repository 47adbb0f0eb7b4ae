// The replay command's answer lines: the verb once, the reason after it, and a bare human answer without an echo.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../../src/cli/eventText';

describe('an answer as a terminal line', () => {
  it('says the verb once', () => {
    expect(answerLine('Ukraine', { draftId: 'd1', accept: false, reason: 'rejects' })).toBe('Ukraine rejects d1');
    expect(answerLine('France', { draftId: 'd2', accept: true, reason: 'accepts' })).toBe('France accepts d2');
    expect(
      answerLine('USA', { draftId: 'd1', accept: false, reason: 'rejects: this gives us 0.57; we need 0.83 now' }),
    ).toBe('USA rejects d1: this gives us 0.57; we need 0.83 now');
    expect(answerLine('Russia', { draftId: 'd3', accept: false, reason: 'rejects: not enough for us yet' })).toBe(
      'Russia rejects d3: not enough for us yet',
    );
  });
});
