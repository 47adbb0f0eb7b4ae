// Share links: a whole game in a URL fragment. Round trips of all-AI and human games verify to the same final
// state; damaged, cut or foreign links are refused in one line and never throw; start links are parsed strictly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyAction,
  compileScenario,
  createGame,
  currentActor,
  facilitatorActions,
  legalActions,
  pendingDrafts,
  redLinesCrossed,
  reservationValue,
  runAiTurns,
  stateHash,
  utilityOf,
} from '../../../src/engine';
import type { Action, CompiledScenario, GameState, PartyId, SeatKind } from '../../../src/engine';
import {
  decodeShareHash,
  encodeShareHash,
  parseStartLink,
  recordAiGame,
  SHARE_HASH_PREFIX,
  verifyReplay,
} from '../../../src/replay';
import type { Replay } from '../../../src/replay';
import { compileFile, TUTORIAL_FILE } from './fixtures';

const paris = compileFile('scenarios/paris-2026.yaml');
const tutorial = compileFile(TUTORIAL_FILE);
const lookup = (id: string) => [paris, tutorial].find((compiled) => compiled.scenario.id === id);

/** A small deterministic generator for the scripted players (the tests must not depend on Math.random). */
function chooser(seed: number) {
  let x = seed >>> 0 || 1;
  return (n: number) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % n;
  };
}

/** The answer the summit screen sends: with the true numbers and the red lines the text crosses. */
function explainedAnswer(compiled: CompiledScenario, state: GameState, party: PartyId, accept: boolean): Action {
  const draft = pendingDrafts(compiled, state, party)[0];
  if (!draft) throw new Error('no draft to answer');
  const utility = Math.round(utilityOf(compiled, state, party, draft.terms) * 100) / 100;
  const need = Math.round(reservationValue(compiled, state, party) * 100) / 100;
  return {
    type: 'answerDraft',
    party,
    draftId: draft.id,
    accept,
    reason: `${accept ? 'accepts' : 'rejects'}: this gives us ${utility.toFixed(2)}; we need ${need.toFixed(2)}`,
    utility,
    need,
    redLines: redLinesCrossed(compiled, state, party, draft.terms).map((line) => `${line.issue}/${line.option}`),
  };
}

/** What a scripted human at `party` does: anything the screens offer, plus free drafts, pledges and answers. */
function humanMove(compiled: CompiledScenario, state: GameState, party: PartyId, pick: (n: number) => number): Action {
  const allowed = legalActions(compiled, state, party)
    .filter((option) => option.allowed && option.action.type !== 'walkOut')
    .map((option) => option.action);
  if (state.phase === 'drafting' && pick(4) > 0) {
    const terms = Object.fromEntries(
      compiled.scenario.issues.map((issue) => [issue.id, issue.options[pick(issue.options.length)]?.id ?? '']),
    );
    return { type: 'tableDraft', party, terms };
  }
  if (state.phase === 'answers' && pendingDrafts(compiled, state, party).length > 0 && pick(3) > 0)
    return explainedAnswer(compiled, state, party, pick(2) === 0);
  if (state.phase === 'diplomacy' && pick(6) === 0) {
    const issue = compiled.scenario.issues[1 + pick(compiled.scenario.issues.length - 1)];
    const refused = issue?.options[pick(issue.options.length)];
    if (issue && refused) {
      const pledge: Action = { type: 'makePledge', party, issue: issue.id, refuses: [refused.id] };
      if (applies(compiled, state, pledge)) return pledge;
    }
  }
  return allowed[pick(allowed.length)] ?? { type: 'endPhase', party };
}

function applies(compiled: CompiledScenario, state: GameState, action: Action): boolean {
  try {
    applyAction(compiled, state, action);
    return true;
  } catch {
    return false;
  }
}

/** A game as the session plays it: the AI runs until a human must act; now and then the facilitator steps in. */
function playWithHumans(compiled: CompiledScenario, seed: string, humans: PartyId[], script: number) {
  const seats: Record<PartyId, SeatKind> = Object.fromEntries(humans.map((id) => [id, 'human' as const]));
  const initial = createGame(compiled, { seed, seats });
  const pick = chooser(script);
  const actions: Action[] = [];
  let state = initial;
  const take = (action: Action) => {
    state = applyAction(compiled, state, action).state;
    actions.push(action);
  };
  for (let turn = 0; turn < 2000 && state.phase !== 'ended'; turn++) {
    const played = runAiTurns(compiled, state);
    actions.push(...played.actions);
    state = played.state;
    if (state.phase === 'ended') break;
    if (state.paused) {
      take({ type: 'resume' });
      continue;
    }
    const facilitator = facilitatorActions(compiled, state).filter((option) => option.allowed);
    const roll = pick(40);
    if (roll === 0 && facilitator.length > 0) take(facilitator[pick(facilitator.length)]!.action);
    else if (roll === 1 && applies(compiled, state, { type: 'extendDeadline', rounds: 2 }))
      take({ type: 'extendDeadline', rounds: 2 });
    else {
      const actor = currentActor(compiled, state);
      if (actor === null) break;
      take(humanMove(compiled, state, actor, pick));
    }
  }
  return { initial, actions, state };
}

function roundTrip(compiled: CompiledScenario, replay: Replay): Replay {
  const hash = encodeShareHash(compiled, replay);
  const decoded = decodeShareHash(compiled, hash);
  if (!decoded.ok) throw new Error(decoded.problem);
  return decoded.replay;
}

// Measured before the tests are named, so the lengths show in the test report.
const typicalAiLink = encodeShareHash(paris, recordAiGame(paris, 'summit-1'));
const franceGame = playWithHumans(paris, 'summit-1', ['france'], 7);
const typicalHumanLink = encodeShareHash(paris, franceGame);

describe('share links: round trips', () => {
  it.each(['summit-1', 'seed-2', 'kyiv', 'a-much-longer-seed-with-unicode-ü-🕊'])(
    'an all-AI Paris game with seed %s comes back as the same game',
    (seed) => {
      const replay = recordAiGame(paris, seed);
      const hash = encodeShareHash(paris, replay);
      expect(hash.startsWith(SHARE_HASH_PREFIX)).toBe(true);
      expect(hash).toMatch(/^g1\.[A-Za-z0-9_-]+$/);
      const back = roundTrip(paris, replay);
      expect(back).toEqual(replay);
      const verified = verifyReplay(paris, back);
      expect(verified.ok).toBe(true);
    },
  );

  it(`an all-AI Paris game makes a link of ${typicalAiLink.length} characters`, () => {
    expect(typicalAiLink.length).toBeLessThan(120);
  });

  it(`a Paris game played as France (${franceGame.actions.length} actions) makes a link of ${typicalHumanLink.length} characters`, () => {
    expect(franceGame.state.phase).toBe('ended');
    expect(typicalHumanLink.length).toBeLessThan(2000);
    const decoded = decodeShareHash(paris, `#${typicalHumanLink}`);
    expect(decoded.ok && decoded.replay.actions).toEqual(franceGame.actions);
  });

  it.each([
    ['france', 1],
    ['france,ukraine', 2],
    ['ukraine,russia,united-states', 3],
    ['united-kingdom', 4],
  ])('a Paris game with humans %s (drafts, answers, levers, facilitator) round-trips', (humans, script) => {
    const game = playWithHumans(paris, `humans-${script}`, humans.split(','), script);
    const types = new Set(game.actions.map((action) => action.type));
    expect(types).toContain('tableDraft');
    expect(types).toContain('answerDraft');
    const hash = encodeShareHash(paris, { initial: game.initial, actions: game.actions });
    const decoded = decodeShareHash(lookup, hash);
    if (!decoded.ok) throw new Error(decoded.problem);
    expect(decoded.replay.actions).toEqual(game.actions);
    expect(decoded.replay.seats).toEqual(game.initial.seats);
    expect(decoded.replay.finalStateHash).toBe(stateHash(game.state));
    expect(verifyReplay(paris, decoded.replay).ok).toBe(true);
  });

  it('keeps what no index can say: free pledges, odd deadline extensions, answers with unusual reasons', () => {
    const initial = createGame(tutorial, { seed: 'odd', seats: { ostrand: 'human', norvale: 'human' } });
    let state = initial;
    const actions: Action[] = [];
    const take = (action: Action) => {
      state = applyAction(tutorial, state, action).state;
      actions.push(action);
    };
    const played = runAiTurns(tutorial, state);
    state = played.state;
    actions.push(...played.actions);
    take({ type: 'pause' });
    take({ type: 'extendDeadline', rounds: 2 });
    take({ type: 'resume' });
    const actor = currentActor(tutorial, state)!;
    const issue = tutorial.scenario.issues[2]!;
    take({ type: 'makePledge', party: actor, issue: issue.id, refuses: [issue.options[1]!.id, issue.options[0]!.id] });
    // Play on until the humans have answered drafts in their own words, with unrounded numbers.
    const pick = chooser(11);
    let answered = 0;
    for (let turn = 0; turn < 500 && state.phase !== 'ended' && answered < 3; turn++) {
      const ai = runAiTurns(tutorial, state);
      state = ai.state;
      actions.push(...ai.actions);
      const party = currentActor(tutorial, state);
      if (party === null) break;
      const draft = pendingDrafts(tutorial, state, party)[0];
      if (state.phase === 'answers' && draft) {
        answered++;
        const utility = utilityOf(tutorial, state, party, draft.terms);
        take({
          type: 'answerDraft',
          party,
          draftId: draft.id,
          accept: answered === 2,
          reason: answered === 1 ? 'non, merci — 🕊' : '',
          ...(answered === 3 ? { utility } : { utility: Math.round(utility * 100) / 100, need: -0.25 }),
        });
      } else take(humanMove(tutorial, state, party, pick));
    }
    expect(answered).toBe(3);
    const hash = encodeShareHash(tutorial, { initial, actions });
    const decoded = decodeShareHash(tutorial, hash);
    expect(decoded.ok && decoded.replay.actions).toEqual(actions);
  });

  it('encodes a game as the session keeps it, a history, or a replay, all alike', () => {
    const replay = recordAiGame(tutorial, 'alike');
    const initial = createGame(tutorial, { seed: 'alike' });
    const fromReplay = encodeShareHash(tutorial, replay);
    expect(encodeShareHash(tutorial, { initial, actions: replay.actions })).toBe(fromReplay);
    let state = initial;
    const steps = replay.actions.map((action) => ({
      action,
      state: (state = applyAction(tutorial, state, action).state),
    }));
    expect(encodeShareHash(tutorial, { initial, steps })).toBe(fromReplay);
  });

  it('refuses to encode a replay of another scenario', () => {
    const replay = recordAiGame(tutorial, 'other');
    expect(() => encodeShareHash(paris, replay)).toThrow(/not of paris-2026/);
  });
});

describe('share links: refusals', () => {
  const replay = recordAiGame(tutorial, 'refusals');
  const hash = encodeShareHash(tutorial, replay);

  it('refuses a link made with another version of the scenario, naming it', () => {
    const edited = compileScenario({ ...tutorial.scenario, title: `${tutorial.scenario.title} (revised)` });
    const decoded = decodeShareHash(edited, hash);
    expect(decoded).toEqual({
      ok: false,
      problem: expect.stringMatching(/^this link was made with another version of scenario "tutorial" \(content hash/),
    });
  });

  it('refuses a link of an unknown scenario, and a link of another scenario than the one given', () => {
    expect(decodeShareHash(() => undefined, hash)).toEqual({
      ok: false,
      problem: 'unknown scenario "tutorial": this version of the game has no scenario of that id',
    });
    const decoded = decodeShareHash(paris, hash);
    expect(!decoded.ok && decoded.problem).toBe('this link is a game of scenario "tutorial", not of "paris-2026"');
  });

  it('says what is wrong with links that are not links, or not of this version', () => {
    const problem = (text: string) => {
      const decoded = decodeShareHash(tutorial, text);
      return decoded.ok ? 'ok' : decoded.problem;
    };
    expect(problem('')).toMatch(/not a game link/);
    expect(problem('#replay=abc')).toMatch(/not a game link: it should start with "g1."/);
    expect(problem('g2.AAAA')).toMatch(/made by a newer version of the game/);
    expect(problem(`${hash}!`)).toMatch(/"!" at character \d+ of its data is not a link character/);
    expect(problem(hash.slice(0, 12))).toMatch(/cut short/);
    expect(problem(`${hash}AA`)).toMatch(/left over after the last action|does not fit/);
  });

  it('says which action is not allowed, with the engine’s reason', () => {
    // Written by hand: codec 1, the tutorial's header, then one JSON action out of turn.
    const bytes: number[] = [1];
    const text = (value: string) => {
      const encoded = new TextEncoder().encode(value);
      bytes.push(encoded.length, ...encoded);
    };
    const hex = (value: string) => bytes.push(...(value.match(/../g) ?? []).map((pair) => parseInt(pair, 16)));
    text('tutorial');
    hex(tutorial.hash);
    text('hand');
    bytes.push(tutorial.partyIds.length, 0);
    hex('0000000000000000');
    bytes.push(1, 1);
    const actor = currentActor(tutorial, createGame(tutorial, { seed: 'hand' }));
    const other = tutorial.scenario.rules.requiredSignatories.find((id) => id !== actor)!;
    text(JSON.stringify({ type: 'walkOut', party: other }));
    const link = `g1.${Buffer.from(bytes).toString('base64url')}`;
    const decoded = decodeShareHash(tutorial, link);
    expect(!decoded.ok && decoded.problem).toMatch(
      new RegExp(`^action 0 \\(walkOut by ${other}\\) is not allowed at that point: it is .*'s turn$`),
    );
  });

  it('never throws on a damaged link: a changed, cut or lengthened link is refused in one line', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.#!%';
    const damage = fc.oneof(
      fc
        .tuple(fc.nat({ max: hash.length - 1 }), fc.constantFrom(...alphabet))
        .map(([at, char]) => hash.slice(0, at) + char + hash.slice(at + 1)),
      fc.nat({ max: hash.length - 1 }).map((at) => hash.slice(0, at)),
      fc
        .tuple(fc.nat({ max: hash.length }), fc.string({ maxLength: 4 }))
        .map(([at, s]) => hash.slice(0, at) + s + hash.slice(at)),
      fc.string({ maxLength: 60 }),
      fc.uint8Array({ maxLength: 60 }).map((bytes) => `g1.${Buffer.from([1, ...bytes]).toString('base64url')}`),
    );
    fc.assert(
      fc.property(damage, (text) => {
        const decoded = decodeShareHash(tutorial, text);
        if (decoded.ok) {
          // Only a change that spells the very same game may pass (e.g. "#" in front).
          expect(decoded.replay.finalStateHash).toBe(replay.finalStateHash);
          expect(verifyReplay(tutorial, decoded.replay).ok).toBe(true);
        } else {
          expect(decoded.problem.length).toBeGreaterThan(10);
          expect(decoded.problem).not.toMatch(/\n/);
        }
      }),
      { numRuns: 300, seed: 5 },
    );
  });

  it('refuses every truncation of a Paris link', () => {
    for (let cut = 0; cut < typicalHumanLink.length; cut += 7) {
      const decoded = decodeShareHash(paris, typicalHumanLink.slice(0, cut));
      expect(decoded.ok).toBe(false);
    }
  });
});

describe('start links', () => {
  it('reads a scenario, a seed and a seat', () => {
    expect(parseStartLink('?scenario=paris-2026&seed=abc&seat=france')).toEqual({
      scenarioId: 'paris-2026',
      seed: 'abc',
      humanSeats: ['france'],
    });
  });

  it('leaves out what is not given, and takes several seats or none', () => {
    expect(parseStartLink('scenario=tutorial')).toEqual({ scenarioId: 'tutorial', seed: null, humanSeats: null });
    expect(parseStartLink('?scenario=paris-2026&human=france,ukraine&seat=ukraine')).toEqual({
      scenarioId: 'paris-2026',
      seed: null,
      humanSeats: ['france', 'ukraine'],
    });
    expect(parseStartLink('?scenario=paris-2026&ai=all&seed=x%20y')).toEqual({
      scenarioId: 'paris-2026',
      seed: 'x y',
      humanSeats: [],
    });
  });

  it('is not a start link without any of its keys', () => {
    expect(parseStartLink('')).toBeNull();
    expect(parseStartLink('?utm_source=mail')).toBeNull();
  });

  it('names what is wrong in one line', () => {
    const problem = (search: string) => {
      const result = parseStartLink(search, lookup);
      return result !== null && 'problem' in result ? result.problem : 'no problem';
    };
    expect(problem('?seed=abc')).toMatch(/names its scenario/);
    expect(problem('?scenario=Paris 2026')).toMatch(/is not a scenario id/);
    expect(problem('?scenario=paris-2026&scenario=tutorial')).toMatch(/two scenarios/);
    expect(problem('?scenario=paris-2026&seed=')).toMatch(/seed= is empty/);
    expect(problem('?scenario=paris-2026&seat=France')).toMatch(/"France" is not a party id/);
    expect(problem('?scenario=paris-2026&ai=russia')).toMatch(/ai= takes only "all"/);
    expect(problem('?scenario=paris-2026&ai=all&seat=france')).toMatch(/leaves no seat/);
    expect(problem('?scenario=atlantis')).toBe(
      'unknown scenario "atlantis": this version of the game has no scenario of that id',
    );
    expect(problem('?scenario=paris-2026&seat=narnia')).toMatch(/^scenario "paris-2026" has no party "narnia"/);
    expect(problem('?scenario=paris-2026&seat=france')).toBe('no problem');
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (search) => {
        const result = parseStartLink(`?scenario=paris-2026&${search}`, lookup);
        expect(result).not.toBeNull();
      }),
      { numRuns: 300, seed: 3 },
    );
  });
});
