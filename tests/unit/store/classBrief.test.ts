// The student's brief says in words what the numbers say: a red line's firmness word follows its number in every
// seat of every seed (never "fairly firm" beside a line drawn soft), a soft line is never called a veto, and the
// generated sections replace the scenario prose that a seed could contradict.
import { describe, expect, it } from 'vitest';
import { createGame } from '../../../src/engine';
import { buildClassBrief, redLineInWords } from '../../../src/store/classBrief';
import { buildRoleBriefs, firmnessWords } from '../../../src/store/roleBrief';
import { compileFile } from '../engine/gameHelpers';

const scenarios = [compileFile('scenarios/paris-2026.yaml'), compileFile('scenarios/tutorial.yaml')];
const SEEDS = ['class-4b', '1', '2', '3', '42', 'demo'];

describe('red lines in a class’s words', () => {
  it('name the firmness the number gives, in every seat of every seed', () => {
    for (const compiled of scenarios) {
      const bindingAt = compiled.scenario.rules.redLineBindingAt;
      for (const seed of SEEDS) {
        for (const brief of buildRoleBriefs(compiled, createGame(compiled, { seed }))) {
          const words = buildClassBrief(brief);
          brief.redLines.forEach((line, index) => {
            const expected = firmnessWords(line.firmness, bindingAt);
            expect(line.firmnessWords, `${brief.party.id} ${line.issueLabel} ${seed}`).toBe(expected);
            const sentence = words.redLines[index]!.sentence;
            expect(sentence).toContain(`${expected.charAt(0).toUpperCase()}${expected.slice(1)}:`);
            expect(sentence, 'no private number in a student sentence').not.toMatch(/\d\.\d/);
            expect(sentence.includes('not a veto')).toBe(!line.veto);
          });
        }
      }
    }
  });

  it('tell a soft line from a veto', () => {
    const base = { issueLabel: 'Foreign forces', forbidden: ['No foreign forces'], public: false };
    expect(redLineInWords({ ...base, firmnessWords: 'soft' })).toBe(
      'Foreign forces: you would rather not accept "No foreign forces". Soft: not a veto: crossing it costs you, but a text that pays you well enough elsewhere may still be worth signing. Only you know this red line.',
    );
    expect(redLineInWords({ ...base, firmnessWords: 'very firm', public: true })).toMatch(
      /^Foreign forces: you will not accept "No foreign forces"\. Very firm: you will not sign .* Everyone at the table knows this red line\.$/,
    );
  });
});

describe('the rest of the student’s brief', () => {
  const paris = scenarios[0]!;
  const [ukraine] = buildRoleBriefs(paris, createGame(paris, { seed: 'class-4b' }), ['ukraine']);
  const words = buildClassBrief(ukraine!);

  it('leaves out the scenario prose on red lines and priorities, which the numbers tell instead', () => {
    expect(words.wants.some((paragraph) => /^red lines/i.test(paragraph))).toBe(false);
    expect(words.wants.some((paragraph) => /^priorities/i.test(paragraph))).toBe(false);
    expect(words.wants.some((paragraph) => /^Your goal/.test(paragraph))).toBe(true);
    expect(words.leverAdvice[0]).toMatch(/^Levers:/);
  });

  it('ranks what matters in words, with the best and worst option, and no weights', () => {
    expect(words.priorities[0]).toMatch(/^Security guarantees: top priority\. Best for you: ".+"; worst: ".+"\.$/);
    for (const line of words.priorities) expect(line).not.toMatch(/\d\.\d/);
  });

  it('says what ratification needs and where support stands', () => {
    expect(ukraine!.ratification).not.toBeNull();
    expect(words.noDeal.join(' ')).toMatch(/must be at least \d+ \(it is \d+ now\)/);
  });
});
