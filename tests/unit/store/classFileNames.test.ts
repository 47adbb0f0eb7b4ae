// The files a class collects are told apart by their names: scenario, seed, the table (seats played by people) and
// the local date and minute they were saved, the same for the replay and the data files of one table.
import { describe, expect, it } from 'vitest';
import { classFileName, savedAtPart, tablePart } from '../../../src/store/classFileNames';
import { sessionReplayFile } from '../../../src/store/sessionFiles';
import { createSessionStore } from '../../../src/store/session';
import { compileFile } from '../engine/gameHelpers';

const savedAt = new Date(2026, 11, 8, 10, 15, 42);
const subject = (seats: Record<string, 'human' | 'ai'>, seed = 'class-4b') => ({
  scenarioId: 'paris-2026',
  seed,
  seats,
});

describe('the files of a class', () => {
  it('name the scenario, the seed, the table and the minute they were saved', () => {
    expect(classFileName(subject({ france: 'human', ukraine: 'ai' }), savedAt, 'replay.json')).toBe(
      'paris-2026_class-4b_france_2026-12-08_1015.replay.json',
    );
  });

  it('tell apart the tables of one seed, and the same table saved at another time', () => {
    const names = new Set([
      classFileName(subject({ france: 'human', ukraine: 'ai' }), savedAt, 'replay.json'),
      classFileName(subject({ france: 'ai', ukraine: 'human' }), savedAt, 'replay.json'),
      classFileName(subject({ france: 'human', ukraine: 'human' }), savedAt, 'replay.json'),
      classFileName(subject({ france: 'ai', ukraine: 'ai' }), savedAt, 'replay.json'),
      classFileName(subject({ france: 'human', ukraine: 'ai' }), new Date(2026, 11, 8, 10, 16), 'replay.json'),
    ]);
    expect(names.size).toBe(5);
    expect(tablePart({ france: 'human', ukraine: 'human' })).toBe('france+ukraine');
    expect(tablePart({ france: 'ai' })).toBe('all-ai');
  });

  it('keep every part to letters, digits, dots and dashes, so the underscores still split it', () => {
    const name = classFileName(subject({ france: 'human' }, ' Table 3/B_"blue" '), savedAt, 'rounds.csv');
    expect(name).toBe('paris-2026_Table-3-B-blue_france_2026-12-08_1015.rounds.csv');
    expect(classFileName(subject({ france: 'human' }, '///'), savedAt, 'debrief.json')).toContain('_seed_');
    expect(savedAtPart(new Date(2027, 0, 2, 3, 4))).toBe('2027-01-02_0304');
  });

  it('give a session’s replay file its table’s name', () => {
    const paris = compileFile('scenarios/paris-2026.yaml').scenario;
    const store = createSessionStore();
    const seats = Object.fromEntries(
      paris.parties.map((party) => [party.id, party.id === 'france' ? ('human' as const) : ('ai' as const)]),
    );
    store.getState().start({ scenario: paris, fileName: 'scenarios/paris-2026.yaml', seed: 'class-4b', seats });
    expect(sessionReplayFile(store.getState(), savedAt)?.fileName).toBe(
      'paris-2026_class-4b_france_2026-12-08_1015.replay.json',
    );
  });
});
