// Parallel worlds: replays of one scenario and seed, played at several classroom tables, compared. These tests pin
// that every compared number is the Debrief's own, that a file which cannot be compared is left out with one line
// naming it (never a throw), and that the group compared is the one most files share.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGame, currentActor, decideAction } from '../../../src/engine';
import type { Action, CompiledScenario, GameState, PartyId } from '../../../src/engine';
import {
  appendAction,
  branchAt,
  continueWithAi,
  serializeReplay,
  startReplay,
  verifyReplay,
} from '../../../src/replay';
import type { Replay, ScenarioLookup } from '../../../src/replay';
import { buildDebrief } from '../../../src/store/debrief';
import { compareParallelWorlds, MAX_KEY_CLAUSES, MAX_TABLES, withTableNames } from '../../../src/store/parallelWorlds';
import { outcomeLabel } from '../../../src/store/outcomeLabel';
import type { ReplayFile } from '../../../src/store/parallelWorlds';
import { compileFile } from '../engine/gameHelpers';

const paris = compileFile('scenarios/paris-2026.yaml');
const tutorial = compileFile('scenarios/tutorial.yaml');
const scenarios: ScenarioLookup = (id) =>
  id === paris.scenario.id ? paris : id === tutorial.scenario.id ? tutorial : null;

const SEED = '1';

/**
 * A table's game: `humans` sit at their seats and make `firstMove` when one of them first acts; from then on every
 * seat, human or not, plays as the AI would. Different seats alone already make a different replay.
 */
function recordTable(
  compiled: CompiledScenario,
  seed: string,
  humans: readonly PartyId[],
  firstMove: (state: GameState, actor: PartyId) => Action | null = () => null,
): Replay {
  const seats = Object.fromEntries(
    compiled.partyIds.map((id) => [id, humans.includes(id) ? ('human' as const) : ('ai' as const)]),
  );
  let live = startReplay(compiled, { seed, seats });
  let scripted = false;
  for (let step = 0; step < 5000; step++) {
    live = continueWithAi(compiled, live);
    const actor = currentActor(compiled, live.state);
    if (live.state.phase === 'ended' || actor === null) break;
    const move = scripted ? null : firstMove(live.state, actor);
    scripted = true;
    live = appendAction(compiled, live, move ?? decideAction(compiled, live.state, actor));
  }
  return live.replay;
}

const allAi = recordTable(paris, SEED, []);
const ukraineWalksOut = recordTable(paris, SEED, ['ukraine'], (_, actor) => ({ type: 'walkOut', party: actor }));
const usPasses = recordTable(paris, SEED, ['united-states'], (_, actor) => ({ type: 'endPhase', party: actor }));
const otherSeed = recordTable(paris, '2', []);
const tutorialGame = recordTable(tutorial, SEED, []);

const file = (fileName: string, replay: Replay): ReplayFile => ({ fileName, text: serializeReplay(replay) });
const threeTables = [
  file('table-1.json', allAi),
  file('table-2.json', ukraineWalksOut),
  file('table-3.json', usPasses),
];

function finalOf(replay: Replay): GameState {
  const result = verifyReplay(paris, replay);
  if (!result.ok) throw new Error(result.reason);
  return result.state;
}

describe('three tables of one seed', () => {
  const worlds = compareParallelWorlds(threeTables, scenarios);

  it('compares all three, naming the scenario and the seed', () => {
    expect(worlds.rejected).toEqual([]);
    expect(worlds.tables.map((table) => table.name)).toEqual(['table-1', 'table-2', 'table-3']);
    expect(worlds.scenario).toEqual({ id: paris.scenario.id, title: paris.scenario.title, contentHash: paris.hash });
    expect(worlds.seed).toBe(SEED);
    expect(worlds.signatories.map((row) => row.party)).toEqual(paris.signatories);
  });

  it('gives each table the Debrief’s own figures', () => {
    const replays = [allAi, ukraineWalksOut, usPasses];
    worlds.tables.forEach((table, index) => {
      const replay = replays[index]!;
      const final = finalOf(replay);
      const initial = createGame(paris, { seed: replay.seed, seats: replay.seats });
      const debrief = buildDebrief(paris, initial, final);
      expect(table.outcome.kind).toBe(final.outcome?.kind);
      expect(table.outcome.kind).toBe(debrief.outcomeKind);
      expect(table.round).toBe(final.outcome?.round);
      expect(table.standings).toEqual(debrief.standings);
      expect(table.distanceToNash).toBe(debrief.deal.distanceToNash);
      expect(table.sameAsNash).toBe(debrief.deal.sameAsNash);
      expect(table.durability).toEqual(debrief.durability);
      expect(table.textKind).toBe(debrief.deal.kind);
      expect(table.actions).toBe(replay.actions.length);
    });
  });

  it('tells who played and how each table ended', () => {
    const [first, second, third] = worlds.tables;
    expect(first?.humans).toEqual([]);
    expect(second?.humans).toEqual(['Ukraine']);
    expect(third?.humans).toEqual([paris.party.get('united-states')?.name]);
    // Ukraine walked out at its first turn: a collapse in round 1, and the walk-out is listed.
    expect(second?.outcome.kind).toBe('collapse');
    expect(second?.outcome.label).toBe('Collapse: walk-out');
    expect(second?.round).toBe(1);
    expect(second?.walkOuts).toEqual([expect.objectContaining({ party: 'ukraine', partyName: 'Ukraine', round: 1 })]);
    expect(second?.signedTerms).toBeNull();
    expect(second?.keyClauses).toEqual([]);
    expect(second?.durability).toBeNull();
    expect(first?.walkOuts).toEqual([]);
    for (const table of worlds.tables) expect(table.outcome.headline.length).toBeGreaterThan(10);
  });

  it('lists the signed terms of a ceasefire, issue by issue', () => {
    const first = worlds.tables[0]!;
    const outcome = finalOf(allAi).outcome;
    if (outcome?.kind !== 'ceasefire') throw new Error('Paris seed 1, all AI, should end in a ceasefire');
    expect(first.outcome.label).toMatch(/^Ceasefire, (held|broke down)$/);
    expect(first.signedTerms?.map((clause) => clause.issueId)).toEqual(paris.issueIds);
    for (const clause of first.signedTerms ?? []) expect(clause.optionId).toBe(outcome.terms[clause.issueId]);
  });

  it('summarises, issue by issue, what each table signed', () => {
    expect(worlds.issues.map((issue) => issue.issueId)).toEqual(paris.issueIds);
    for (const issue of worlds.issues) {
      expect(issue.signed).toHaveLength(3);
      expect(issue.signed[1]).toBeNull();
      const chosen = new Set(issue.signed.flatMap((option) => (option ? [option.optionId] : [])));
      expect(issue.distinctOptions).toBe(chosen.size);
      issue.signed.forEach((option, index) => {
        if (option)
          expect(option.optionId).toBe(
            worlds.tables[index]?.signedTerms?.find((c) => c.issueId === issue.issueId)?.optionId,
          );
      });
    }
  });

  it('shows first, as key clauses, the issues on which the signing tables differ', () => {
    const differing = worlds.issues.filter((issue) => issue.distinctOptions > 1).map((issue) => issue.issueId);
    for (const table of worlds.tables.filter((candidate) => candidate.signedTerms)) {
      expect(table.keyClauses.length).toBe(MAX_KEY_CLAUSES);
      const shownFirst = table.keyClauses.slice(0, differing.length).map((clause) => clause.issueId);
      expect(shownFirst).toEqual(differing.slice(0, MAX_KEY_CLAUSES));
    }
  });
});

describe('a table that saved its game before the end', () => {
  it('is compared as unfinished, in the round it stopped', () => {
    const stopped = branchAt(paris, allAi, 40).replay;
    const worlds = compareParallelWorlds([file('table-1.json', allAi), file('table-2.json', stopped)], scenarios);
    expect(worlds.rejected).toEqual([]);
    const table = worlds.tables[1]!;
    const state = branchAt(paris, allAi, 40).state;
    expect(table.outcome).toMatchObject({ kind: 'unfinished', label: 'Unfinished' });
    expect(table.round).toBe(state.round);
    expect(table.signedTerms).toBeNull();
    expect(table.durability).toBeNull();
  });
});

describe('files that cannot be compared', () => {
  it('leaves out a replay of another seed, naming the file and both seeds', () => {
    const worlds = compareParallelWorlds([...threeTables, file('table-4.json', otherSeed)], scenarios);
    expect(worlds.tables).toHaveLength(3);
    expect(worlds.rejected).toEqual([
      { fileName: 'table-4.json', reason: 'table-4.json: plays seed "2", but the other 3 tables played seed "1"' },
    ]);
  });

  it('leaves out a replay of another scenario', () => {
    const worlds = compareParallelWorlds([...threeTables, file('tutorial.json', tutorialGame)], scenarios);
    expect(worlds.tables).toHaveLength(3);
    expect(worlds.rejected[0]?.reason).toBe(
      'tutorial.json: plays scenario "tutorial", but the other 3 tables played "paris-2026"',
    );
  });

  it('compares the group most files share, even when the first file is the odd one', () => {
    const worlds = compareParallelWorlds(
      [file('a.json', otherSeed), file('b.json', allAi), file('c.json', usPasses)],
      scenarios,
    );
    expect(worlds.seed).toBe(SEED);
    expect(worlds.tables.map((table) => table.fileName)).toEqual(['b.json', 'c.json']);
    expect(worlds.rejected.map((entry) => entry.reason)).toEqual([
      'a.json: plays seed "2", but the other 2 tables played seed "1"',
    ]);
  });

  it('on a tie, keeps the group of the first file and names it', () => {
    const worlds = compareParallelWorlds([file('a.json', allAi), file('b.json', otherSeed)], scenarios);
    expect(worlds.tables.map((table) => table.fileName)).toEqual(['a.json']);
    expect(worlds.rejected[0]?.reason).toBe('b.json: plays seed "2", but a.json played seed "1"');
  });

  it('leaves out, each with one line naming it, text that is not a replay, a replay that does not verify, an unknown scenario and an unreadable file', () => {
    const edited: Replay = { ...allAi, actions: [...allAi.actions], checkpoints: [...allAi.checkpoints] };
    edited.checkpoints[3] = '0123456789abcdef';
    const unknown: Replay = { ...allAi, scenario: { id: 'atlantis', hash: allAi.scenario.hash } };
    const otherVersion: Replay = { ...allAi, scenario: { id: allAi.scenario.id, hash: 'fedcba9876543210' } };
    const worlds = compareParallelWorlds(
      [
        ...threeTables,
        { fileName: 'notes.json', text: '{"hello": ' },
        { fileName: 'empty.json', text: '' },
        { fileName: 'debrief.json', text: '{"format": "ceasefire-summit-debrief"}' },
        file('edited.json', edited),
        file('atlantis.json', unknown),
        file('old.json', otherVersion),
        { fileName: 'locked.json', text: '', readError: 'permission denied' },
      ],
      scenarios,
    );
    expect(worlds.tables).toHaveLength(3);
    const reasons = Object.fromEntries(worlds.rejected.map((entry) => [entry.fileName, entry.reason]));
    expect(Object.keys(reasons).sort()).toEqual(
      ['atlantis.json', 'debrief.json', 'edited.json', 'empty.json', 'locked.json', 'notes.json', 'old.json'].sort(),
    );
    for (const [fileName, reason] of Object.entries(reasons)) {
      expect(reason.startsWith(`${fileName}:`)).toBe(true);
      expect(reason).not.toContain('\n');
    }
    expect(reasons['notes.json']).toMatch(/^notes\.json:1:\d+: not valid JSON/);
    expect(reasons['empty.json']).toContain('the file is empty');
    expect(reasons['debrief.json']).toContain('this is not a Ceasefire Summit replay');
    expect(reasons['edited.json']).toMatch(/^edited\.json: does not verify: the state after action 3 .* differs/);
    expect(reasons['atlantis.json']).toContain('plays scenario "atlantis", which this game does not have');
    expect(reasons['old.json']).toContain('does not verify: scenario "paris-2026" is not the one recorded');
    expect(reasons['locked.json']).toBe('locked.json: could not be read: permission denied');
  });

  it(`compares at most ${MAX_TABLES} tables; the rest are left out with the reason`, () => {
    const text = serializeReplay(allAi);
    const files = Array.from({ length: MAX_TABLES + 2 }, (_, index) => ({ fileName: `table-${index + 1}.json`, text }));
    const worlds = compareParallelWorlds(files, scenarios);
    expect(worlds.tables).toHaveLength(MAX_TABLES);
    // Natural order: table-10 comes after table-9, not after table-1.
    expect(worlds.tables.map((table) => table.name)).toEqual(
      files.slice(0, MAX_TABLES).map((f) => f.fileName.slice(0, -5)),
    );
    const leftOut = files.slice(MAX_TABLES).map((f) => f.fileName);
    expect(leftOut).toEqual([`table-${MAX_TABLES + 1}.json`, `table-${MAX_TABLES + 2}.json`]);
    expect(worlds.rejected).toEqual(
      leftOut.map((fileName) => ({
        fileName,
        reason: `${fileName}: left out: at most ${MAX_TABLES} tables are compared at once`,
      })),
    );
  });

  it('takes a whole class of 30 tables', () => {
    expect(MAX_TABLES).toBeGreaterThanOrEqual(30);
  });

  it('with nothing comparable, returns no tables and every reason', () => {
    expect(compareParallelWorlds([], scenarios)).toEqual({
      scenario: null,
      seed: null,
      signatories: [],
      tables: [],
      issues: [],
      rejected: [],
    });
    const worlds = compareParallelWorlds([{ fileName: 'x.json', text: '[]' }], scenarios);
    expect(worlds.tables).toEqual([]);
    expect(worlds.rejected).toHaveLength(1);
  });

  it('never throws, whatever the files hold', () => {
    const replayText = serializeReplay(usPasses);
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string(),
            fc.json(),
            // A real replay with a stretch of it replaced: mostly a broken action or checkpoint.
            fc
              .tuple(fc.nat(replayText.length), fc.nat(40), fc.string({ maxLength: 20 }))
              .map(([at, length, insert]) => replayText.slice(0, at) + insert + replayText.slice(at + length)),
          ),
          { maxLength: 4 },
        ),
        (texts) => {
          const files = texts.map((text, index) => ({ fileName: `f${index}.json`, text }));
          const worlds = compareParallelWorlds(files, scenarios);
          expect(worlds.tables.length + worlds.rejected.length).toBe(files.length);
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('the names of the tables', () => {
  const franceAt = (time: string) => `paris-2026_1_france_2026-12-08_${time}.replay.json`;
  const france = recordTable(paris, SEED, ['france']);
  const pair = recordTable(paris, SEED, ['france', 'ukraine']);

  it('come from the file: the seats people played and the minute it was saved, the teacher’s own file name, or the seats', () => {
    const worlds = compareParallelWorlds(
      [
        file(franceAt('1015'), france),
        file('paris-2026_1_ukraine+france_2026-12-08_1016.replay.json', pair),
        file('paris-2026-seed-1-replay.json', usPasses),
        file('Blue table.json', allAi),
      ],
      scenarios,
    );
    const us = paris.party.get('united-states')?.name ?? '';
    expect(worlds.tables.map((table) => table.name).sort()).toEqual(
      ['Blue table', 'Ukraine + France · 10:16', 'France · 10:15', us].sort(),
    );
  });

  it('are made distinct when two files would give the same name', () => {
    const worlds = compareParallelWorlds(
      [
        file(franceAt('1015'), france),
        file(franceAt('1015 (1)').replace('1015 (1).replay', '1015.replay (1)'), france),
      ],
      scenarios,
    );
    expect(worlds.tables.map((table) => table.name)).toEqual(['France · 10:15', 'France · 10:15 (2)']);
  });

  it('can be changed by the teacher, table by table', () => {
    const worlds = compareParallelWorlds(threeTables, scenarios);
    const renamed = withTableNames(worlds, new Map([['table-2.json', 'Anna and Ben']]));
    expect(renamed.tables.map((table) => table.name)).toEqual(['table-1', 'Anna and Ben', 'table-3']);
    expect(worlds.tables[1]?.name).toBe('table-2');
  });
});

describe('a game the facilitator ended', () => {
  const ended = recordTable(paris, SEED, ['france'], () => ({ type: 'endGame' }));

  it('is labelled as the facilitator’s, not as a deadline', () => {
    const worlds = compareParallelWorlds([file('table-1.json', allAi), file('table-2.json', ended)], scenarios);
    const table = worlds.tables[1];
    expect(table?.outcome.kind).toBe('deadline');
    expect(table?.outcome.label).toBe('Ended by the facilitator');
    expect(table?.outcome.headline).toMatch(/facilitator/i);
    expect(outcomeLabel({ kind: 'deadline', round: 8 })).toBe('Deadline, no deal');
  });
});
