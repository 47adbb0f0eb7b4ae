// A vote at home in words: the sentence agrees with the numbers — passed or not, and by how much.
import { describe, expect, it } from 'vitest';
import { ratificationSentence } from '../../../src/store/ratificationWords';

const line = { party: 'norvale', partyName: 'Norvale', meterLabel: 'Domestic support' };

describe('ratificationSentence', () => {
  it('says how much was to spare, or that nothing was', () => {
    expect(ratificationSentence({ ...line, value: 53, needed: 40, passed: true })).toBe(
      'Norvale ratified it with 13 to spare: domestic support 53, 40 needed.',
    );
    expect(ratificationSentence({ ...line, value: 45, needed: 45, passed: true })).toBe(
      'Norvale ratified it with nothing to spare: domestic support 45, 45 needed.',
    );
  });

  it('says how far short a failed vote fell', () => {
    expect(ratificationSentence({ ...line, value: 39, needed: 45, passed: false })).toBe(
      'Norvale did not ratify it, 6 short: domestic support 39, 45 needed.',
    );
    expect(ratificationSentence({ ...line, value: 43.5, needed: 45, passed: false })).toContain('1.5 short');
  });
});
