// One test per rule of the round, on the minimal fixture: north (at the table), south (away, reached through the
// mediator) and the mediator holding the pen; one issue that matters to the signatories, one to the mediator.
import { describe, expect, it } from 'vitest';
import {
  applyAction,
  createGame,
  currentActor,
  decideAction,
  IllegalActionError,
  legalActions,
  reservationValue,
  utilityOf,
} from '../../../src/engine/index';
import type { Action, CompiledScenario, GameState } from '../../../src/engine/index';
import { edit, minimalText } from '../scenario/scenarioText';
import { compileText, deepFreeze, drive } from './gameHelpers';

const minimal = compileText(minimalText);
const SEED = 'rules';

function start(compiled: CompiledScenario = minimal, seats: Record<string, 'human' | 'ai'> = {}): GameState {
  return createGame(compiled, { seed: SEED, seats });
}

function illegalReason(compiled: CompiledScenario, state: GameState, action: Action): string {
  try {
    applyAction(compiled, state, action);
  } catch (error) {
    if (error instanceof IllegalActionError) return error.reason;
    throw error;
  }
  throw new Error(`expected ${action.type} to be illegal`);
}

/** Passes everyone to the drafting phase of the current round. */
function toDrafting(compiled: CompiledScenario, state: GameState): GameState {
  return drive(
    compiled,
    state,
    () => null,
    (s) => s.phase === 'drafting',
  ).state;
}

const keepAll = { valley: 'shared', monitors: 'many' };

describe('a new game', () => {
  it('starts in round 1 with its news drawn and meters where the scenario puts them', () => {
    const state = start();
    expect(state.round).toBe(1);
    expect(state.phase).toBe('diplomacy');
    expect(state.log[0]?.map((entry) => entry.type)).toEqual(['round-started', 'news', 'phase-started']);
    expect(state.sharedMeters.escalation).toBe(40); // 30 at the start + the clash (+10), the only event
    expect(state.partyMeters.north?.support).toBe(50);
    expect(state.trust.north?.south).toBe(50);
    expect(Object.values(state.seats)).toEqual(['ai', 'ai', 'ai']);
  });

  it('refuses to start without a seed, or with seats for unknown parties', () => {
    expect(() => createGame(minimal, { seed: '' })).toThrow(/seed/);
    expect(() => createGame(minimal, { seed: 'x', seats: { east: 'human' } })).toThrow(/unknown party "east"/);
  });
});

describe('the model', () => {
  it('scores a text as the weighted sum of option values', () => {
    const state = start();
    expect(utilityOf(minimal, state, 'north', keepAll)).toBeCloseTo(0.5);
    expect(utilityOf(minimal, state, 'mediator', keepAll)).toBeCloseTo(1);
    expect(utilityOf(minimal, state, 'south', { valley: 'south-keeps', monitors: 'none' })).toBeCloseTo(1);
  });

  it('moves the reservation value with its driver meters', () => {
    const compiled = compileText(
      edit(
        minimalText,
        '    reservation: { base: 0.4 }\n    brief: { public: Northland',
        '    reservation: { base: 0.4, drivers: [{ meter: escalation, weight: -0.5 }] }\n    brief: { public: Northland',
      ),
    );
    // Escalation went from 30 to 40 of 0..100 with the opening news: 0.4 − 0.5 × 0.1.
    expect(reservationValue(compiled, start(compiled), 'north')).toBeCloseTo(0.35);
  });

  it('draws private numbers within the variation bands, differently per seed, and exactly without variation', () => {
    expect(start().weights.north?.valley).toBe(1);
    const varied = compileText(
      edit(minimalText, '  pen: mediator\n', '  pen: mediator\n  variation: { weights: 0.3 }\n'),
    );
    const a = createGame(varied, { seed: 'a' }).weights.mediator?.monitors ?? 0;
    const b = createGame(varied, { seed: 'b' }).weights.mediator?.monitors ?? 0;
    expect(a).not.toBe(b);
    for (const value of [a, b]) expect(value).toBeGreaterThanOrEqual(0.7);
  });
});

describe('diplomacy', () => {
  it('plays a lever: pays its cost, applies its effects, counts an action', () => {
    const next = applyAction(minimal, start(), {
      type: 'playLever',
      party: 'north',
      lever: 'meet',
      target: 'mediator',
    }).state;
    expect(next.partyMeters.north?.support).toBe(45);
    expect(next.trust.mediator?.north).toBe(55);
    expect(next.actionsUsed.north).toBe(1);
  });

  it('refuses illegal levers with the reason', () => {
    const state = start();
    expect(
      illegalReason(minimal, state, { type: 'playLever', party: 'south', lever: 'meet', target: 'north' }),
    ).toMatch(/Northland's turn|North's turn/);
    expect(illegalReason(minimal, state, { type: 'playLever', party: 'north', lever: 'bribe' })).toMatch(
      /no lever "bribe"/,
    );
    expect(illegalReason(minimal, state, { type: 'playLever', party: 'north', lever: 'meet' })).toMatch(
      /needs a target/,
    );
    expect(
      illegalReason(minimal, state, { type: 'playLever', party: 'north', lever: 'meet', target: 'north' }),
    ).toMatch(/own player/);
    const poor = compileText(
      edit(
        minimalText,
        '    reservation: { base: 0.4 }\n    brief: { public: Northland',
        '    reservation: { base: 0.4 }\n    meters: { support: 3 }\n    brief: { public: Northland',
      ),
    );
    expect(
      illegalReason(poor, start(poor), { type: 'playLever', party: 'north', lever: 'meet', target: 'south' }),
    ).toMatch(/costs 5 Domestic support; you have 3/);
  });

  it('holds a meeting: trust grows both ways and the asker learns priorities within the noise', () => {
    const next = applyAction(minimal, start(), { type: 'holdMeeting', party: 'north', with: 'mediator' }).state;
    expect(next.trust.north?.mediator).toBe(55);
    expect(next.trust.mediator?.north).toBe(55);
    const insight = next.insights.north?.mediator;
    expect(insight?.noise).toBe(0.25);
    expect(Math.abs((insight?.weights.monitors ?? 0) - 1)).toBeLessThanOrEqual(0.25);
    expect(next.insights.mediator).toBeUndefined();
  });

  it('lets a party away from the table meet only the party that carries its drafts', () => {
    expect(illegalReason(minimal, start(), { type: 'holdMeeting', party: 'north', with: 'south' })).toMatch(
      /not at the table/,
    );
  });

  it('hands the turn on when a seat has used its actions', () => {
    let state = start();
    state = applyAction(minimal, state, { type: 'holdMeeting', party: 'north', with: 'mediator' }).state;
    state = applyAction(minimal, state, { type: 'playLever', party: 'north', lever: 'meet', target: 'south' }).state;
    expect(currentActor(minimal, state)).toBe('south');
  });
});

describe('the text and the answers', () => {
  it('relays a draft to a party away from the table, which answers a round later; all accept → signed', () => {
    let state = toDrafting(minimal, start());
    state = applyAction(minimal, state, { type: 'tableDraft', party: 'mediator', terms: keepAll }).state;
    expect(state.relayed).toEqual([{ draftId: 'd1', to: 'south', dueRound: 2 }]);
    expect(currentActor(minimal, state)).toBe('north');
    state = applyAction(minimal, state, { type: 'answerDraft', party: 'north', draftId: 'd1', accept: true }).state;
    expect(state.round).toBe(2);
    state = drive(
      minimal,
      state,
      () => null,
      (s) => s.phase === 'answers',
    ).state;
    expect(currentActor(minimal, state)).toBe('south');
    state = applyAction(minimal, state, { type: 'answerDraft', party: 'south', draftId: 'd1', accept: true }).state;
    expect(state.outcome?.kind).toBe('ceasefire');
    if (state.outcome?.kind === 'ceasefire') {
      expect(state.outcome.terms).toEqual(keepAll);
      expect(state.outcome.epilogue.length).toBeGreaterThan(0);
    }
  });

  it('refuses an incomplete text, and answers out of phase', () => {
    const drafting = toDrafting(minimal, start());
    expect(
      illegalReason(minimal, drafting, { type: 'tableDraft', party: 'mediator', terms: { valley: 'shared' } }),
    ).toMatch(/leaves "monitors" open/);
    expect(illegalReason(minimal, drafting, { type: 'tableDraft', party: 'north', terms: keepAll })).toMatch(
      /only the party holding the pen/,
    );
    expect(
      illegalReason(minimal, start(), { type: 'answerDraft', party: 'north', draftId: 'd1', accept: true }),
    ).toMatch(/answers phase/);
  });

  it('holds answers to the truth: numbers and red lines must be the real ones', () => {
    let state = toDrafting(minimal, start());
    state = applyAction(minimal, state, { type: 'tableDraft', party: 'mediator', terms: keepAll }).state;
    expect(
      illegalReason(minimal, state, {
        type: 'answerDraft',
        party: 'north',
        draftId: 'd1',
        accept: false,
        utility: 0.1,
      }),
    ).toMatch(/not misstate/);
    expect(
      illegalReason(minimal, state, {
        type: 'answerDraft',
        party: 'north',
        draftId: 'd1',
        accept: false,
        redLines: ['valley/shared'],
      }),
    ).toMatch(/red lines the text really crosses/);
  });

  it('has the AI name the red line a text crosses, with its reason', () => {
    let state = toDrafting(minimal, start());
    state = applyAction(minimal, state, {
      type: 'tableDraft',
      party: 'mediator',
      terms: { valley: 'south-keeps', monitors: 'none' },
    }).state;
    const answer = decideAction(minimal, state, 'north');
    expect(answer).toMatchObject({ type: 'answerDraft', accept: false, redLines: ['valley/south-keeps'] });
    expect(answer.type === 'answerDraft' && answer.reason).toMatch(
      /"South keeps it" crosses a red line: The valley is ours/,
    );
  });

  it('has the AI give its numbers when it trusts the drafter, and withhold them when it does not', () => {
    let state = toDrafting(minimal, start());
    state = applyAction(minimal, state, { type: 'tableDraft', party: 'mediator', terms: keepAll }).state;
    const candid = decideAction(minimal, state, 'north');
    expect(candid.type === 'answerDraft' && candid.reason).toMatch(/this gives us 0\.50; we need [01]\.\d\d/);
    const wary = { ...state, trust: { ...state.trust, north: { ...state.trust.north, mediator: 10 } } };
    const guarded = decideAction(minimal, wary, 'north');
    expect(guarded).not.toHaveProperty('utility');
    expect(guarded.type === 'answerDraft' && guarded.reason).not.toMatch(/\d/);
  });

  it('lets a worn-down red line stop vetoing, at a cost in utility', () => {
    const compiled = compileText(
      edit(
        minimalText,
        '      - { kind: trust, from: target, to: self, delta: 5 }',
        '      - { kind: trust, from: target, to: self, delta: 5 }\n      - { kind: firmness, party: target, issue: valley, delta: -0.5 }',
      ),
    );
    const terms = { valley: 'south-keeps', monitors: 'none' };
    let state = start(compiled);
    state = applyAction(compiled, state, {
      type: 'playLever',
      party: 'north',
      lever: 'meet',
      target: 'mediator',
    }).state;
    state = applyAction(compiled, state, { type: 'endPhase', party: 'north' }).state;
    state = applyAction(compiled, state, { type: 'endPhase', party: 'south' }).state;
    state = applyAction(compiled, state, {
      type: 'playLever',
      party: 'mediator',
      lever: 'meet',
      target: 'north',
    }).state;
    expect(state.firmness.north?.[0]).toBeCloseTo(0.3);
    state = drive(
      compiled,
      state,
      () => null,
      (s) => s.phase === 'drafting',
    ).state;
    state = applyAction(compiled, state, { type: 'tableDraft', party: 'mediator', terms }).state;
    const answer = decideAction(compiled, state, 'north');
    expect(answer.type === 'answerDraft' && answer.reason).not.toMatch(/crosses a red line/);
    expect(utilityOf(compiled, state, 'north', { valley: 'north-keeps', monitors: 'none' })).toBeCloseTo(1);
    expect(utilityOf(compiled, state, 'north', { valley: 'shared', monitors: 'none' })).toBeCloseTo(0.5);
    expect(utilityOf(compiled, state, 'north', terms)).toBe(0); // 0 − 0.3 × 0.4, floored at 0
  });
});

describe('pledges', () => {
  it('records a public pledge; accepting what it refused breaks it and costs trust with every other party', () => {
    let state = applyAction(minimal, start(), {
      type: 'makePledge',
      party: 'north',
      issue: 'valley',
      refuses: ['shared'],
    }).state;
    expect(state.pledges).toMatchObject([{ party: 'north', issue: 'valley', refuses: ['shared'], broken: false }]);
    state = toDrafting(minimal, state);
    state = applyAction(minimal, state, { type: 'tableDraft', party: 'mediator', terms: keepAll }).state;
    const before = state.trust.mediator?.north ?? 0;
    state = applyAction(minimal, state, { type: 'answerDraft', party: 'north', draftId: 'd1', accept: true }).state;
    expect(state.pledges[0]?.broken).toBe(true);
    expect(state.trust.mediator?.north).toBe(before - 10);
    expect(state.trust.south?.north).toBe(40);
  });
});

describe('endings', () => {
  it('collapses when escalation reaches the top', () => {
    let state = start();
    for (let i = 0; i < 6; i++) state = applyAction(minimal, state, { type: 'injectEvent', event: 'clash' }).state;
    expect(state.outcome).toEqual({ kind: 'collapse', round: 1, cause: 'escalation', party: null });
    expect(illegalReason(minimal, state, { type: 'endPhase', party: 'north' })).toBe('the game is over');
  });

  it('collapses when a required signatory walks out', () => {
    const state = applyAction(minimal, start(), { type: 'walkOut', party: 'north' }).state;
    expect(state.outcome).toMatchObject({ kind: 'collapse', cause: 'walk-out', party: 'north' });
  });

  it('ends at the deadline when nothing is signed', () => {
    const { state } = drive(minimal, start(), () => null);
    expect(state.outcome).toEqual({ kind: 'deadline', round: 5 });
  });

  it('fails ratification when support at home is too low, and passes when the deal itself wins support', () => {
    const withRatification = (swing: number) =>
      compileText(
        edit(
          minimalText,
          '  pen: mediator\n',
          `  pen: mediator\n  ratification: [{ party: north, meter: support, atLeast: 60, swing: ${swing} }]\n`,
        ),
      );
    const signEverything = (compiled: CompiledScenario) =>
      drive(compiled, start(compiled), (state, actor) => {
        if (state.phase === 'drafting' && actor === 'mediator' && state.round === 1)
          return { type: 'tableDraft', party: actor, terms: { valley: 'north-keeps', monitors: 'many' } };
        const draft =
          state.phase === 'answers' ? state.drafts.find((d) => !d.answers[actor] && d.by !== actor) : undefined;
        return draft ? { type: 'answerDraft', party: actor, draftId: draft.id, accept: true } : null;
      }).state;
    const failed = signEverything(withRatification(0));
    expect(failed.outcome).toMatchObject({
      kind: 'ratification-failed',
      ratification: [{ party: 'north', value: 50, needed: 60, passed: false }],
    });
    // North gets 1.0 against a reservation value of 0.4: support 50 + 20 × 0.6 = 62.
    const passed = signEverything(withRatification(20));
    expect(passed.outcome).toMatchObject({
      kind: 'ceasefire',
      ratification: [{ party: 'north', value: 62, passed: true }],
    });
  });
});

describe('the facilitator', () => {
  it("extends the deadline within the scenario's limit", () => {
    const state = applyAction(minimal, start(), { type: 'extendDeadline', rounds: 2 }).state;
    expect(state.deadline).toBe(7);
    expect(illegalReason(minimal, state, { type: 'extendDeadline', rounds: 1 })).toMatch(
      /cannot be extended any further/,
    );
  });

  it('pauses the game: seats cannot act until it resumes', () => {
    const paused = applyAction(minimal, start(), { type: 'pause' }).state;
    expect(illegalReason(minimal, paused, { type: 'endPhase', party: 'north' })).toMatch(/paused/);
    const resumed = applyAction(minimal, paused, { type: 'resume' }).state;
    expect(() => applyAction(minimal, resumed, { type: 'endPhase', party: 'north' })).not.toThrow();
  });

  it('injects a news event, shown in the log as injected', () => {
    const { events } = applyAction(minimal, start(), { type: 'injectEvent', event: 'clash' });
    expect(events).toContainEqual(expect.objectContaining({ type: 'news', event: 'clash', injected: true }));
  });

  it('ends the game where it stands, as at the deadline, and nothing can be played after', () => {
    const { state, events } = applyAction(minimal, start(), { type: 'endGame' });
    expect(state.outcome).toEqual({ kind: 'deadline', round: 1, endedByFacilitator: true });
    expect(events).toContainEqual({ type: 'game-ended', outcome: 'deadline', endedByFacilitator: true });
    expect(illegalReason(minimal, state, { type: 'endPhase', party: 'north' })).toMatch(/over/);
    expect(illegalReason(minimal, state, { type: 'endGame' })).toMatch(/over/);
  });
});

describe('legal actions', () => {
  it('lists what a party may do now, and why not the rest', () => {
    const options = legalActions(minimal, start(), 'north');
    const find = (predicate: (action: Action) => boolean) => options.find((option) => predicate(option.action));
    expect(find((a) => a.type === 'playLever' && a.target === 'mediator')?.allowed).toBe(true);
    expect(find((a) => a.type === 'holdMeeting' && a.with === 'south')).toMatchObject({
      allowed: false,
      reason: expect.stringMatching(/not at the table/),
    });
    expect(find((a) => a.type === 'tableDraft')).toMatchObject({
      allowed: false,
      reason: expect.stringMatching(/drafting phase/),
    });
    const southOptions = legalActions(minimal, start(), 'south');
    expect(southOptions.every((option) => !option.allowed && option.reason)).toBe(true);
  });
});

describe('purity', () => {
  it('never mutates the state it is given, through a whole AI game', () => {
    let state = deepFreeze(start());
    for (let step = 0; step < 400 && state.phase !== 'ended'; step++) {
      const actor = currentActor(minimal, state);
      if (actor === null) break;
      state = deepFreeze(applyAction(minimal, state, decideAction(minimal, state, actor)).state);
    }
    expect(state.phase).toBe('ended');
  });
});
