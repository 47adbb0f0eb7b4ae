// A printed role brief is what a student plays from: it must rank the seat's real priorities, show the red lines
// with how firm they are, say what no deal is worth, list the levers the seat can actually play, and — for a seeded
// game — show the private numbers of that very game, not the scenario's averages.
import { describe, expect, it } from 'vitest';
import { applyAction, createGame, reservationValue } from '../../../src/engine';
import { buildRoleBrief, buildRoleBriefs, describeEffect } from '../../../src/store/roleBrief';
import { compileFile } from '../engine/gameHelpers';

const paris = compileFile('scenarios/paris-2026.yaml');
const tutorial = compileFile('scenarios/tutorial.yaml');

describe('a generic brief (no game): the scenario base numbers', () => {
  const brief = buildRoleBrief(paris.scenario, 'ukraine');
  const ukraine = paris.party.get('ukraine')!;

  it('ranks every issue by the base weight, the heaviest as the top priority', () => {
    expect(brief.priorities.map((line) => line.issueId).sort()).toEqual([...paris.issueIds].sort());
    const weights = brief.priorities.map((line) => line.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    for (const line of brief.priorities) expect(line.weight).toBe(ukraine.preferences[line.issueId]?.weight);
    // Kyiv will not sign without guarantees (weight 1): that is its top priority; land (0.95) comes right after.
    expect(brief.priorities[0]).toMatchObject({ rank: 1, issueId: 'security-guarantees', words: 'top priority' });
    expect(brief.priorities[1]).toMatchObject({ rank: 2, issueId: 'donbas', words: 'high priority' });
    expect(brief.priorities.at(-1)?.words).toBe('low priority');
    const shares = brief.priorities.reduce((sum, line) => sum + line.share, 0);
    expect(shares).toBeCloseTo(1, 10);
  });

  it("prints what each option is worth to this seat, from the scenario's values", () => {
    const donbas = brief.priorities.find((line) => line.issueId === 'donbas')!;
    expect(donbas.options.find((option) => option.id === 'cede-rest-of-donbas')?.value).toBe(0);
    expect(donbas.options.find((option) => option.id === 'russian-withdrawal')?.value).toBe(1);
    expect(donbas.options).toHaveLength(paris.scenario.issues.find((issue) => issue.id === 'donbas')!.options.length);
  });

  it('shows every red line with its firmness in words, and which ones only the seat knows', () => {
    expect(brief.redLines).toHaveLength(ukraine.redLines.length);
    const forces = brief.redLines.find((line) => line.issueLabel === 'Foreign forces in Ukraine')!;
    expect(forces.public).toBe(false);
    expect(forces.summary).toMatch(/Private: only you know it/);
    const guarantees = brief.redLines.find((line) => line.issueLabel === 'Security guarantees')!;
    expect(guarantees).toMatchObject({ firmness: 0.95, firmnessWords: 'very firm', veto: true, public: true });
    expect(guarantees.forbidden).toEqual(['No guarantees', 'Political assurances']);
  });

  it('states the no-deal value and what moves it', () => {
    expect(brief.reservation.value).toBe(0.45);
    expect(brief.reservation.summary).toMatch(/No deal is worth 0\.45 to you/);
    // Ukraine's war cost driver has a negative weight: a costlier war makes no deal worth less.
    expect(brief.reservation.drivers).toContain('Falls as your War cost rises');
  });

  it('says these are base numbers and how far a game may move them', () => {
    expect(brief.numbers.kind).toBe('scenario');
    expect(brief.numbers.note).toMatch(/base numbers/);
    expect(brief.numbers.note).toMatch(/±30%/);
  });

  it('starts the seat where the scenario starts it', () => {
    expect(brief.meters.find((meter) => meter.id === 'war-cost')?.value).toBe(70);
    expect(brief.others.find((other) => other.id === 'russia')?.yourTrust).toBe(5);
    expect(brief.deadline).toBe(paris.scenario.rules.rounds);
  });
});

describe('a brief for a seeded game: the numbers of that game', () => {
  const game = createGame(paris, { seed: 'class-3b' });
  const brief = buildRoleBrief(paris, 'russia', game);

  it("shows the game's own weights, firmness and no-deal value", () => {
    for (const line of brief.priorities) expect(line.weight).toBe(game.weights.russia?.[line.issueId]);
    expect(brief.redLines.map((line) => line.firmness)).toEqual(game.firmness.russia);
    expect(brief.reservation.value).toBe(reservationValue(paris, game, 'russia'));
    expect(brief.numbers).toMatchObject({ kind: 'game', seed: 'class-3b' });
    expect(brief.numbers.note).toMatch(/seed "class-3b"/);
  });

  it('differs from the base brief, as the variation bands promise', () => {
    const base = buildRoleBrief(paris, 'russia');
    expect(brief.priorities.map((line) => line.weight)).not.toEqual(base.priorities.map((line) => line.weight));
    const other = buildRoleBrief(paris, 'russia', createGame(paris, { seed: 'class-3c' }));
    expect(other.reservation.value).not.toBe(brief.reservation.value);
  });

  it('follows the deadline the facilitator set', () => {
    const extended = applyAction(paris, game, { type: 'extendDeadline', rounds: 2 }).state;
    const later = buildRoleBrief(paris, 'russia', extended);
    expect(later.deadline).toBe(paris.scenario.rules.rounds + 2);
    expect(later.rules[0]).toMatch(new RegExp(`round ${paris.scenario.rules.rounds + 2}`));
  });

  it('refuses a game of another scenario rather than print wrong numbers', () => {
    const other = createGame(tutorial, { seed: '1' });
    expect(() => buildRoleBrief(paris, 'russia', other)).toThrow(/another scenario/);
    expect(() => buildRoleBrief(paris, 'atlantis')).toThrow(/no party "atlantis"/);
  });
});

describe("the seat's levers, the others at the table and the rules", () => {
  it('lists exactly the levers the seat may play, each with its cost and effects in words', () => {
    const brief = buildRoleBrief(paris, 'united-states');
    const playable = paris.scenario.levers.filter((lever) => lever.playableBy.includes('united-states'));
    expect(brief.levers.map((lever) => lever.id)).toEqual(playable.map((lever) => lever.id));
    const backstop = brief.levers.find((lever) => lever.id === 'us-backstop-pledge')!;
    expect(backstop.cost).toBe('25 Political capital');
    expect(backstop.notes).toEqual(expect.arrayContaining(['Once per game.', expect.stringMatching(/public pledge/)]));
    expect(backstop.effects).toContain('Ukraine trusts you more (+8)');
    expect(backstop.conditions).toEqual(['only when Transatlantic alignment is at least 30']);
  });

  it('tells the absent party how it is reached, and the carrier that it carries', () => {
    const russia = buildRoleBrief(paris, 'russia');
    expect(russia.yourPart.join(' ')).toMatch(/not at the table: drafts reach you through United States/);
    const us = buildRoleBrief(paris, 'united-states');
    expect(us.yourPart.join(' ')).toMatch(/You carry drafts to Russia/);
    expect(us.others.find((other) => other.id === 'russia')?.presence).toMatch(/reached through United States/);
  });

  it('lists every other party once, with the signatures the deal needs', () => {
    const brief = buildRoleBrief(paris, 'germany');
    expect(brief.others.map((other) => other.id)).toEqual(paris.partyIds.filter((id) => id !== 'germany'));
    expect(brief.others.filter((other) => other.signatory).map((other) => other.id)).toEqual(paris.answerOrder);
    expect(brief.yourPart.join(' ')).toMatch(/signature is not required/);
    expect(brief.rules.join(' ')).toMatch(
      /needs the signatures of Ukraine, Russia, United States, France and United Kingdom/,
    );
  });

  it('gives the pen to the convenor and names its ratification threshold', () => {
    const brief = buildRoleBrief(paris, 'france');
    expect(brief.yourPart[0]).toMatch(/You hold the pen/);
    expect(brief.rules.join(' ')).toMatch(/Domestic support must be at least 35/);
  });

  it('describes effects from the reader’s side of the table', () => {
    expect(describeEffect(paris, { kind: 'trust', from: 'self', to: 'target', delta: 3 })).toBe(
      'You trust the target more (+3)',
    );
    expect(describeEffect(paris, { kind: 'meter', meter: 'escalation', delta: -2 })).toBe('Escalation −2');
    expect(describeEffect(paris, { kind: 'firmness', party: 'russia', issue: 'donbas', delta: -0.05 })).toBe(
      "Softens Russia's red lines on Territory in the Donbas (−0.05)",
    );
  });

  it('briefs every seat of every bundled scenario, whatever its shape', () => {
    for (const compiled of [paris, tutorial]) {
      for (const brief of buildRoleBriefs(compiled, createGame(compiled, { seed: 'any' }))) {
        expect(brief.priorities.length).toBe(compiled.issueIds.length);
        expect(brief.sources.length).toBe(compiled.scenario.sources.length);
        expect(brief.rules.length).toBeGreaterThan(5);
      }
    }
  });

  it('makes a class set: one brief per playable seat in table order, or the seats asked for', () => {
    const all = buildRoleBriefs(paris);
    expect(all.map((brief) => brief.party.id)).toEqual(
      paris.scenario.parties.filter((party) => party.seat.playable).map((party) => party.id),
    );
    expect(buildRoleBriefs(paris.scenario, null, ['poland', 'canada']).map((brief) => brief.party.name)).toEqual([
      'Poland',
      'Canada',
    ]);
  });
});
