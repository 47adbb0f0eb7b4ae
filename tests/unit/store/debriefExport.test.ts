// What a teacher keeps after the class: the debrief as JSON, as two spreadsheet tables and as a printed report.
// The numbers must be the Debrief scene's numbers, every round must be there, and a spreadsheet must read the CSV
// as written — commas, quotes and line breaks included — and never run a cell as a formula.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/scenario/schema/scenario';
import { buildDebrief } from '../../../src/store/debrief';
import {
  buildDebriefExport,
  csvNumber,
  csvText,
  debriefFileName,
  debriefJson,
  debriefPartiesCsv,
  debriefRoundsCsv,
  recordedGameOf,
} from '../../../src/store/debriefExport';
import type { DebriefExport, RecordedGame } from '../../../src/store/debriefExport';
import { createSessionStore } from '../../../src/store/session';
import type { SeatKind } from '../../../src/engine';
import { debriefReportDocument } from '../../../src/ui/debriefReportPage';
import { compileFile } from '../engine/gameHelpers';

const paris = compileFile('scenarios/paris-2026.yaml');

/** A session as the browser runs it; with no human seat the AI plays the whole game at start. */
function session(scenario: Scenario, seed: string, seats: Record<string, SeatKind> = {}): RecordedGame {
  const store = createSessionStore();
  store.getState().start({ scenario, fileName: 'paris-2026.yaml', seed, seats });
  const recorded = recordedGameOf(store.getState());
  if (!recorded) throw new Error('the session did not start');
  return recorded;
}

/** RFC 4180, read independently of the writer: fields, quoted fields with "" for a quote, CRLF between records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  if (field !== '' || row.length > 0) throw new Error('the last record does not end with CRLF');
  return rows;
}

function table(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  return rows.map((row) => {
    expect(row).toHaveLength(header!.length);
    return Object.fromEntries(header!.map((name, index) => [name, row[index]!]));
  });
}

// Seeds as in debrief.test.ts: Paris 1 ends in a ceasefire that holds, 6 in escalation.
const held = session(paris.scenario, '1');
const heldExport = buildDebriefExport(held);

describe('the JSON debrief of a finished all-AI Paris game', () => {
  const debrief = buildDebrief(held.compiled, held.initial, held.game);

  it('says what it is, which scenario, seed and seats made it', () => {
    expect(held.game.outcome?.kind).toBe('ceasefire');
    expect(heldExport).toMatchObject({
      format: 'ceasefire-summit-debrief',
      version: 1,
      scenario: { id: 'paris-2026', title: paris.scenario.title, contentHash: paris.hash },
      seed: '1',
      status: 'finished',
      outcome: 'ceasefire',
    });
    expect(heldExport.seats).toEqual(held.game.seats);
    expect(heldExport.headline).toMatch(/^Ceasefire signed in round \d+, ratified, and it held for 12 months$/);
  });

  it('has every round, every draft and every answer of the game', () => {
    expect(heldExport.rounds.map((round) => round.round)).toEqual(
      Array.from({ length: held.game.round }, (_, index) => index + 1),
    );
    const drafts = heldExport.rounds.flatMap((round) => round.drafts);
    expect(drafts.map((draft) => draft.id)).toEqual(held.game.drafts.map((draft) => draft.id));
    for (const draft of drafts) expect(draft.terms).toEqual(held.game.drafts.find((d) => d.id === draft.id)?.terms);
    const answers = heldExport.rounds.flatMap((round) => round.answers);
    const given = held.game.drafts.flatMap((draft) =>
      Object.keys(draft.answers).map((party) => `${draft.id}/${party}`),
    );
    expect(answers.map((answer) => `${answer.draftId}/${answer.party}`).sort()).toEqual(given.sort());
    for (const answer of answers) {
      expect(['accept', 'refuse']).toContain(answer.answer);
      expect(answer.reason.length).toBeGreaterThan(0);
    }
  });

  it("gives each signatory exactly the Debrief scene's utility, no-deal value and Nash point", () => {
    for (const row of debrief.standings) {
      expect(heldExport.final.utilities[row.party]).toBe(row.utility);
      expect(heldExport.final.reservationValues[row.party]).toBe(row.reservation);
      expect(heldExport.final.nash.utilities[row.party]).toBe(row.nashUtility);
    }
    expect(heldExport.final.distanceToNash).toBe(debrief.deal.distanceToNash);
    expect(heldExport.final.durability).toEqual(debrief.durability);
    // Every party, signatory or not, gets a utility on the same scale, and every signatory signed above no deal.
    expect(Object.keys(heldExport.final.utilities)).toEqual(paris.partyIds);
    for (const party of heldExport.final.parties.filter((row) => row.signatory)) {
      expect(party.surplus!).toBeGreaterThanOrEqual(-1e-9);
      expect(['accept', 'drafted']).toContain(party.answer);
      expect(party.ratification?.passed).toBe(true);
    }
  });

  it('records the meters round by round, ending where the game ended', () => {
    const last = heldExport.rounds.at(-1)!.meters!;
    expect(last.shared).toEqual(held.game.sharedMeters);
    expect(last.parties).toEqual(held.game.partyMeters);
    expect(last.trust).toEqual(held.game.trust);
    for (const round of heldExport.rounds) expect(round.meters).not.toBeNull();
    expect(heldExport.notes).toEqual([]);
  });

  it('shows escalation climbing to the collapse in a game that collapsed', () => {
    const collapsed = buildDebriefExport(session(paris.scenario, '6'));
    expect(collapsed.outcome).toBe('collapse');
    expect(collapsed.headline).toMatch(/escalation reached its top/);
    const escalation = collapsed.rounds.map((round) => round.meters!.shared.escalation!);
    expect(escalation.at(-1)).toBeGreaterThanOrEqual(paris.scenario.rules.collapse.atLeast);
    expect(escalation.slice(0, -1).every((value) => value < paris.scenario.rules.collapse.atLeast)).toBe(true);
    expect(collapsed.final.durability).toBeNull();
  });

  it('names who blocked the deal: the capital that did not ratify, the party that walked out', () => {
    const notRatified = buildDebriefExport(session(paris.scenario, '8'));
    expect(notRatified.headline).toMatch(/^Ceasefire signed in round \d+, but not ratified in Ukraine$/);
    expect(notRatified.final.text.kind).toBe('not-ratified');
    const ukraine = table(debriefPartiesCsv(notRatified)).find((row) => row.party === 'ukraine')!;
    expect(ukraine.ratified).toBe('no');
    expect(Number(ukraine['ratification value'])).toBeLessThan(Number(ukraine['ratification needed']));

    const walkOut = buildDebriefExport(session(paris.scenario, '7'));
    expect(walkOut.headline).toMatch(/^Talks collapsed in round \d+: Ukraine walked out$/);
    expect(walkOut.rounds.at(-1)?.walkOuts.map((entry) => entry.party)).toEqual(['ukraine']);
  });

  it('is plain JSON that reads back to the same debrief', () => {
    const text = debriefJson(heldExport);
    expect(JSON.parse(text)).toEqual(heldExport);
    // Named as the table's replay file is: scenario, seed, the seats played by people, the local date and minute.
    const savedAt = new Date(2026, 11, 8, 10, 15);
    const table = heldExport.seats;
    const humans = Object.keys(table).filter((party) => table[party] === 'human');
    expect(debriefFileName(heldExport, savedAt, 'debrief.json')).toBe(
      `paris-2026_1_${humans.join('+') || 'all-ai'}_2026-12-08_1015.debrief.json`,
    );
    const france = {
      ...heldExport,
      seed: 'Table 3/B, "blue"',
      seats: { france: 'human' as const, russia: 'ai' as const },
    };
    expect(debriefFileName(france, savedAt, 'rounds.csv')).toBe(
      'paris-2026_Table-3-B-blue_france_2026-12-08_1015.rounds.csv',
    );
  });
});

describe('a debrief of talks still going on', () => {
  const running = session(paris.scenario, '2', { ukraine: 'human' });
  const exported = buildDebriefExport(running);

  it('exports what happened so far and says the talks are in progress', () => {
    expect(running.game.outcome).toBeNull();
    expect(exported.status).toBe('in-progress');
    expect(exported.outcome).toBe('in-progress');
    expect(exported.final.outcome).toBeNull();
    expect(exported.headline).toMatch(/in progress: round 1 of 8/);
    expect(exported.rounds).toHaveLength(running.game.round);
    expect(exported.seats.ukraine).toBe('human');
  });

  it('keeps the last meters and says so when the action list does not replay to the game', () => {
    const truncated = buildDebriefExport({ ...held, actions: held.actions.slice(0, 10) });
    expect(truncated.notes).toHaveLength(1);
    expect(truncated.rounds.at(-1)?.meters?.shared).toEqual(held.game.sharedMeters);
    expect(truncated.rounds[0]?.meters).toBeNull();
    expect(truncated.final.utilities).toEqual(heldExport.final.utilities);
  });
});

describe('CSV cells', () => {
  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    expect(csvText('plain text')).toBe('plain text');
    expect(csvText('Kyiv, Paris')).toBe('"Kyiv, Paris"');
    expect(csvText('a "90%" deal')).toBe('"a ""90%"" deal"');
    expect(csvText('line one\nline two')).toBe('"line one\nline two"');
    expect(csvText('carriage\r\nreturn')).toBe('"carriage\r\nreturn"');
    expect(csvText(null)).toBe('');
  });

  it('never lets a text cell start a formula', () => {
    expect(csvText('=1+1')).toBe("'=1+1");
    expect(csvText('+33 1 23')).toBe("'+33 1 23");
    expect(csvText('-2 for Russia')).toBe("'-2 for Russia");
    expect(csvText('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvText('\t=cmd')).toBe("'\t=cmd");
    expect(csvText('=HYPERLINK("http://x", "click")')).toBe('"\'=HYPERLINK(""http://x"", ""click"")"');
    expect(csvText('a = b')).toBe('a = b');
  });

  it('writes numbers with a dot and fixed decimals; negative numbers stay numbers', () => {
    expect(csvNumber(0.46975253, 3)).toBe('0.470');
    expect(csvNumber(52, 1)).toBe('52.0');
    expect(csvNumber(-0.25, 3)).toBe('-0.250');
    expect(csvNumber(-0.00001, 3)).toBe('0.000');
    expect(csvNumber(null, 3)).toBe('');
    expect(csvNumber(Number.NaN, 3)).toBe('');
  });
});

describe('the CSV tables', () => {
  it('has one row per round and one per party, with a header, CRLF line ends and the seed on every row', () => {
    const roundsText = debriefRoundsCsv(heldExport);
    const partiesText = debriefPartiesCsv(heldExport);
    expect(roundsText.endsWith('\r\n')).toBe(true);
    const rounds = table(roundsText);
    expect(rounds.map((row) => row.round)).toEqual(heldExport.rounds.map((round) => String(round.round)));
    expect(rounds.every((row) => row.seed === '1' && row.scenario === 'paris-2026')).toBe(true);
    expect(rounds.at(-1)!.Escalation).toBe(csvNumber(held.game.sharedMeters.escalation, 1));
    const parties = table(partiesText);
    expect(parties.map((row) => row.party)).toEqual(paris.partyIds);
    for (const row of parties) {
      const exported = heldExport.final.parties.find((party) => party.party === row.party)!;
      expect(row['utility of the text']).toBe(exported.utility!.toFixed(3));
      expect(row['no-deal value']).toBe(exported.reservation.toFixed(3));
      expect(row['signature required']).toBe(paris.isSignatory.has(row.party!) ? 'yes' : 'no');
    }
  });

  it('keeps hostile or awkward scenario text intact for a spreadsheet, without formulas', () => {
    const scenario = structuredClone(paris.scenario);
    const bloc = scenario.parties.find((party) => party.id === 'other-coalition')!;
    bloc.name = '=SUM(1,2) "the rest",\nof the <script>alert(1)</script>';
    bloc.shortName = '@others';
    const exported = buildDebriefExport(session(scenario, '1'));
    const parties = table(debriefPartiesCsv(exported));
    expect(parties.find((row) => row.party === 'other-coalition')?.name).toBe(`'${bloc.name}`);
    const header = parseCsv(debriefRoundsCsv(exported))[0]!;
    expect(header).toContain('Domestic support (@others)');
    expect(header.every((name) => !/^[=+\-@]/.test(name))).toBe(true);

    const report = debriefReportDocument(exported);
    expect(report).not.toMatch(/<script/i);
    expect(report).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

/** The report with the whitespace around tags removed, so checks do not depend on how its source is indented. */
function flat(page: string): string {
  return page.replace(/\s*(<[^>]+>)\s*/g, '$1');
}

describe('the printable debrief report', () => {
  const report = flat(debriefReportDocument(heldExport));

  it('leads with the outcome and shows every party against its no-deal value', () => {
    expect(report.startsWith('<!doctype html>')).toBe(true);
    expect(report).toContain('@media print');
    expect(report).toContain(`<h1 id="debrief-title">${heldExport.headline}</h1>`);
    for (const row of heldExport.final.parties) {
      expect(report).toContain(`<td>${row.name}`);
      expect(report).toContain(`<td class="number">${row.reservation.toFixed(2)}</td>`);
    }
  });

  it('tells the distance to the Nash point, durability, turning points and every round', () => {
    expect(report).toContain(`distance to the Nash point is ${heldExport.final.distanceToNash!.toFixed(2)}`);
    expect(report).toMatch(/The ceasefire held for all 12 months/);
    for (const point of heldExport.final.turningPoints) expect(report).toContain(`Round ${point.round}: ${point.text}`);
    const roundSection = report.slice(report.indexOf('<h2>Round by round</h2>'));
    expect(roundSection.match(/<tr><td class="number">\d+<\/td>/g)).toHaveLength(heldExport.rounds.length);
  });

  it('says when nothing was signed rather than inventing durability', () => {
    const running: DebriefExport = buildDebriefExport(session(paris.scenario, '2', { france: 'human' }));
    const page = debriefReportDocument(running);
    expect(page).toContain('No ceasefire was signed and ratified');
    expect(page).toContain('in progress');
  });
});
