// The classroom kit a teacher prints from the title: every link in it must start the game it promises (read back by
// the same parser the browser uses), every table the same seed, and scenario text must stay text.
import { describe, expect, it } from 'vitest';
import { parseStartLink } from '../../../src/replay/startLink';
import { buildClassroomKit } from '../../../src/store/classroomKit';
import { classroomKitDocument } from '../../../src/ui/classroomKitPage';
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
