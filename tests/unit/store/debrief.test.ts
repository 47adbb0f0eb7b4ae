// The debrief's numbers come from the engine and the analysis, never from a scene: these tests pin what it says
// about whole AI games of the Paris scenario (a held ceasefire, an escalation, a walk-out) and of the tutorial.
import { describe, expect, it } from 'vitest';
import { createGame, playAiGame } from '../../../src/engine';
import type { CompiledScenario, GameState } from '../../../src/engine';
import {
  buildDebrief,
  MAX_TURNING_POINTS,
  measuredText,
  redLineFates,
  turningPoints,
} from '../../../src/store/debrief';
import {
  breakCause,
  clausesOf,
  guarantorsOf,
  lastDrafts,
  mapFeaturesOf,
  ratificationLines,
} from '../../../src/store/outcomeStory';
import { compileFile } from '../engine/gameHelpers';

const paris = compileFile('scenarios/paris-2026.yaml');
const tutorial = compileFile('scenarios/tutorial.yaml');

function played(compiled: CompiledScenario, seed: string): { initial: GameState; final: GameState } {
  const seats = Object.fromEntries(compiled.partyIds.map((id) => [id, 'ai' as const]));
  const initial = createGame(compiled, { seed, seats });
  return { initial, final: playAiGame(compiled, { seed, seats }).state };
}

// Seeds found with playAiGame: Paris 1 ends in a ceasefire that holds, 6 in escalation, 7 in a walk-out.
const held = played(paris, '1');
const escalation = played(paris, '6');
const walkOut = played(paris, '7');

describe('the debrief of a ceasefire', () => {
  const debrief = buildDebrief(paris, held.initial, held.final);

  it('measures the signed deal for every required signatory against its reservation value', () => {
    expect(held.final.outcome?.kind).toBe('ceasefire');
    expect(debrief.deal.kind).toBe('signed');
    expect(debrief.standings.map((row) => row.party)).toEqual(paris.signatories);
    for (const row of debrief.standings) {
      expect(row.utility).not.toBeNull();
      // Every signatory accepted the text, so none signed for less than no deal was worth to it.
      expect(row.utility!).toBeGreaterThanOrEqual(row.reservation - 1e-9);
      expect(row.nashUtility).not.toBeNull();
    }
  });

  it('compares the deal with the Nash point issue by issue', () => {
    const { deal } = debrief;
    expect(deal.clauses).toHaveLength(paris.issueIds.length);
    expect(deal.nashClauses).toHaveLength(paris.issueIds.length);
    expect(deal.sameAsNash).toBeGreaterThanOrEqual(0);
    expect(deal.sameAsNash).toBeLessThanOrEqual(paris.issueIds.length);
    expect(deal.distanceToNash).toBeGreaterThanOrEqual(0);
    if (deal.sameAsNash === paris.issueIds.length) expect(deal.distanceToNash).toBe(0);
  });

  it('reports durability from the epilogue', () => {
    const outcome = held.final.outcome;
    if (outcome?.kind !== 'ceasefire') throw new Error('expected a ceasefire');
    expect(debrief.durability).toMatchObject({ held: outcome.held, monthsHeld: outcome.monthsHeld });
    expect(debrief.durability!.enforcement).toBeGreaterThan(0);
    expect(debrief.durability!.answered).toBeLessThanOrEqual(debrief.durability!.violations);
  });

  it('never reports a red line as crossed by a signed text unless the text contains a forbidden option', () => {
    const outcome = held.final.outcome;
    if (outcome?.kind !== 'ceasefire') throw new Error('expected a ceasefire');
    const fates = redLineFates(paris, held.initial, held.final);
    expect(fates.length).toBe(paris.scenario.parties.reduce((sum, party) => sum + party.redLines.length, 0));
    for (const fate of fates) {
      const party = paris.party.get(fate.party)!;
      const issueId = paris.scenario.issues.find((issue) => issue.label === fate.issueLabel)!.id;
      const signedHere = outcome.terms[issueId] ?? '';
      const forbidsSigned = party.redLines.some(
        (line) => line.issue === issueId && line.forbidden.includes(signedHere),
      );
      if (fate.status === 'crossed') expect(forbidsSigned).toBe(true);
      if (fate.status === 'worn-down') expect(fate.firmnessAtEnd).toBeLessThan(fate.firmnessAtStart);
    }
  });

  it('tells the signing and the epilogue among at most a handful of turning points', () => {
    const points = debrief.turningPoints;
    expect(points.length).toBeLessThanOrEqual(MAX_TURNING_POINTS);
    expect(points.map((point) => point.kind)).toEqual(expect.arrayContaining(['signed', 'ratification', 'epilogue']));
    const rounds = points.map((point) => point.round);
    expect(rounds).toEqual([...rounds].sort((a, b) => a - b));
  });

  it('lists the clauses with the map features their options draw', () => {
    const outcome = held.final.outcome;
    if (outcome?.kind !== 'ceasefire') throw new Error('expected a ceasefire');
    const clauses = clausesOf(paris, outcome.terms);
    const featureIds = new Set(paris.scenario.map?.features.map((feature) => feature.id));
    for (const id of mapFeaturesOf(clauses)) expect(featureIds.has(id)).toBe(true);
    expect(ratificationLines(paris, outcome).every((line) => line.passed)).toBe(true);
  });

  it('names who backs the signed text: the guarantors of its clauses, each party once, in the clauses’ order', () => {
    const terms = { 'security-guarantees': 'european-with-us-backstop', 'foreign-forces': 'force-away-from-line' };
    const clauses = clausesOf(paris, terms);
    const backers = guarantorsOf(clauses);
    expect(backers).toEqual([
      'france',
      'united-kingdom',
      'canada',
      'other-coalition',
      'germany',
      'italy',
      'poland',
      'european-union',
      'united-states',
    ]);
    // A text with no guarantee and no force is backed by nobody.
    const bare = clausesOf(paris, { 'security-guarantees': 'no-guarantees', 'foreign-forces': 'no-foreign-forces' });
    expect(guarantorsOf(bare)).toEqual([]);
  });
});

describe('the debrief and story of talks that failed', () => {
  it('names escalation as what broke, and measures the last draft instead of a deal', () => {
    expect(breakCause(paris, escalation.final)).toMatchObject({ kind: 'escalation' });
    const debrief = buildDebrief(paris, escalation.initial, escalation.final);
    expect(debrief.durability).toBeNull();
    expect(debrief.deal.kind).toBe(measuredText(escalation.final).kind);
    expect(debrief.redLines.every((fate) => fate.status !== 'crossed')).toBe(true);
  });

  it('names who walked out and why, with the last drafts and every answer', () => {
    const cause = breakCause(paris, walkOut.final);
    expect(cause?.kind).toBe('walk-out');
    if (cause?.kind === 'walk-out') expect(cause.reason.length).toBeGreaterThan(0);
    const drafts = lastDrafts(paris, walkOut.final);
    expect(drafts.length).toBeGreaterThan(0);
    for (const draft of drafts) {
      expect(draft.answers.every((answer) => answer.reason.length > 0)).toBe(true);
    }
  });

  it('has no break cause for a deal, and at most the cap of turning points for any tutorial game', () => {
    expect(breakCause(paris, held.final)).toBeNull();
    for (const seed of ['1', '3', '7', '8']) {
      const game = played(tutorial, seed);
      const points = turningPoints(tutorial, game.final.log.flat());
      expect(points.length).toBeLessThanOrEqual(MAX_TURNING_POINTS);
      // The tutorial's convenor drafts but does not sign: a draft never wins more signatures than are needed.
      for (const point of points.filter((candidate) => candidate.kind === 'progress')) {
        const [, won, needed] = /wins (\d+) of (\d+)/.exec(point.text) ?? [];
        expect(Number(won)).toBeLessThanOrEqual(Number(needed));
      }
      expect(() => buildDebrief(tutorial, game.initial, game.final)).not.toThrow();
    }
  });
});
