// The classroom kit a teacher prints from the title: every link in it must start the game it promises (read back by
// the same parser the browser uses), every table the same seed, and scenario text must stay text.
import { describe, expect, it } from 'vitest';
import { parseStartLink } from '../../../src/replay/startLink';
import { compileScenario, createGame } from '../../../src/engine';
import { buildClassroomKit, classSetBriefs } from '../../../src/store/classroomKit';
import { buildRoleBrief } from '../../../src/store/roleBrief';
import { isTeacherCode, teacherCode } from '../../../src/store/teacherCode';
import { classroomKitDocument, classSetDocument } from '../../../src/ui/classroomKitPage';
import { compileFile } from '../engine/gameHelpers';

const paris = compileFile('scenarios/paris-2026.yaml').scenario;
const BASE = 'http://127.0.0.1:4173/';

function startOf(link: string) {
  const url = new URL(link);
  expect(`${url.origin}${url.pathname}`).toBe(BASE);
  return parseStartLink(url.search);
}

describe('the classroom kit', () => {
  const kit = buildClassroomKit(paris, 'class-4b', BASE);

  it('gives every playable seat a link that opens that seat, in this scenario, on the class seed', () => {
    const playable = paris.parties.filter((party) => party.seat.playable).map((party) => party.id);
    expect(kit.seats.map((seat) => seat.party).sort()).toEqual([...playable].sort());
    for (const seat of kit.seats)
      expect(startOf(seat.link)).toEqual({ scenarioId: 'paris-2026', seed: 'class-4b', humanSeats: [seat.party] });
  });

  it('lists the easy seats first, for tables new to the game', () => {
    const order = { easy: 0, medium: 1, hard: 2 };
    const ranks = kit.seats.map((seat) => order[seat.difficulty]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('offers a hot-seat table of the pen holder and a signatory, and a link that lets a table choose', () => {
    expect(startOf(kit.hotSeatLink ?? '')).toEqual({
      scenarioId: 'paris-2026',
      seed: 'class-4b',
      humanSeats: ['france', 'ukraine'],
    });
    expect(startOf(kit.openLink)).toEqual({ scenarioId: 'paris-2026', seed: 'class-4b', humanSeats: null });
  });

  it('prints the seed, every link and the facilitator’s keys, with scenario text escaped', () => {
    const hostile = { ...paris, title: 'Paris <script>alert(1)</script>' };
    const page = classroomKitDocument(buildClassroomKit(hostile, 'class-4b', BASE));
    expect(page).toContain('Classroom kit: Paris &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toContain('<script>');
    expect(page).toContain('<strong>class-4b</strong>');
    for (const seat of kit.seats) expect(page).toContain(seat.link.replaceAll('&', '&amp;'));
    expect(page).toContain('End the game');
  });
});

describe('one class seed', () => {
  const SEED = 'class-4b';
  const kit = buildClassroomKit(paris, SEED, BASE);

  it('names the one seed in every link of the kit', () => {
    const links = [...kit.seats.map((seat) => seat.link), kit.hotSeatLink ?? '', kit.openLink];
    for (const link of links) expect(startOf(link)).toMatchObject({ seed: SEED });
    const page = classroomKitDocument(kit);
    const seedsInPage = [...page.matchAll(/seed=([^&"\s<]+)/g)].map((match) => match[1]);
    expect(seedsInPage.length).toBeGreaterThan(kit.seats.length);
    expect(new Set(seedsInPage)).toEqual(new Set([SEED]));
  });

  it('prints a brief for every playable seat, each with the numbers of that seed’s world', () => {
    const briefs = classSetBriefs(paris, SEED);
    const playable = paris.parties.filter((party) => party.seat.playable).map((party) => party.id);
    expect(briefs.map((brief) => brief.party.id)).toEqual(playable);
    for (const brief of briefs) expect(brief.numbers).toMatchObject({ kind: 'game', seed: SEED, round: 1 });
    // The numbers are those the seat's link opens on: a game of that seed with that one seat human.
    const compiled = compileScenario(paris);
    for (const seat of kit.seats) {
      const atTheTable = createGame(compiled, { seed: SEED, seats: { [seat.party]: 'human' } });
      const brief = briefs.find((candidate) => candidate.party.id === seat.party);
      expect(brief).toEqual(buildRoleBrief(compiled, seat.party, atTheTable));
    }
  });

  it('prints the class set behind a cover sheet with the seed and the teacher code, and the code in the kit', () => {
    const briefs = classSetBriefs(paris, SEED);
    const page = classSetDocument({ title: paris.title, seed: SEED, teacherCode: kit.teacherCode }, briefs);
    // The code is on the cover, before the first brief, and on no student's sheet.
    const firstBrief = page.indexOf(`>${briefs[0]?.party.name ?? '?'}</h1>`);
    expect(page.indexOf(kit.teacherCode)).toBeGreaterThan(0);
    expect(page.lastIndexOf(kit.teacherCode)).toBeLessThan(firstBrief);
    for (const brief of briefs) expect(page).toContain(`>${brief.party.name}</h1>`);
    expect(classroomKitDocument(kit)).toContain(kit.teacherCode);
    expect(kit.teacherCode).toBe(teacherCode('paris-2026', SEED));
  });
});

describe('the teacher code', () => {
  it('is five characters a whiteboard cannot blur, the same for every table of a class, and another per seed', () => {
    const code = teacherCode('paris-2026', 'class-4b');
    expect(code).toMatch(/^[ACDEFGHJKMNPQRTUVWXY34679]{5}$/);
    expect(teacherCode('paris-2026', 'class-4b')).toBe(code);
    const others = ['class-4a', 'class-5b', '1', '2', '3'].map((seed) => teacherCode('paris-2026', seed));
    expect(others).not.toContain(code);
    expect(teacherCode('tutorial', 'class-4b')).not.toBe(code);
  });

  it('accepts the code typed in any case, with spaces or dashes, and nothing else', () => {
    const code = teacherCode('paris-2026', 'class-4b');
    expect(isTeacherCode(code.toLowerCase(), 'paris-2026', 'class-4b')).toBe(true);
    expect(isTeacherCode(`${code.slice(0, 2)} ${code.slice(2)}`, 'paris-2026', 'class-4b')).toBe(true);
    expect(isTeacherCode('', 'paris-2026', 'class-4b')).toBe(false);
    expect(isTeacherCode(code, 'paris-2026', 'class-4a')).toBe(false);
    expect(isTeacherCode(`${code}A`, 'paris-2026', 'class-4b')).toBe(false);
  });
});
