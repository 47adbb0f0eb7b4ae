// The teacher's kit for one scenario and one class seed: the links each table opens, the seats to hand out, the
// teacher code that opens the facilitator's panel at every table, the role briefs of that same world and the plan
// of a 45-minute lesson. Pure data (src/ui/classroomKitPage.ts prints it); the Title's Classroom button builds it for
// the scenario chosen there and the seed the teacher keeps. Every table plays the same seed, so their replays can be
// compared afterwards (Title → Compare tables refuses replays of another seed, with the reason).
import { compileScenario, createGame } from '../engine';
import type { Scenario } from '../scenario/schema/scenario';
import { buildRoleBriefs } from './roleBrief';
import type { RoleBrief } from './roleBrief';
import { teacherCode } from './teacherCode';

export interface SeatLink {
  party: string;
  name: string;
  difficulty: 'easy' | 'medium' | 'hard';
  /** Why the seat is easy or hard, in the scenario's words. */
  note: string;
  /** Opens this seat at the table, straight from the link. */
  link: string;
}

export interface ClassroomKit {
  scenarioId: string;
  title: string;
  language: string;
  seed: string;
  /** Opens the facilitator's panel at any table of this scenario and seed; for the teacher's eyes only. */
  teacherCode: string;
  /** Every playable seat, hardest last: a teacher gives the easy ones to tables that are new to the game. */
  seats: SeatLink[];
  /** A table of two or three students taking turns on one device: the two seats the scenario needs most. */
  hotSeatLink: string | null;
  /** The link that opens the setup with the class seed, for a table that chooses its own seats. */
  openLink: string;
  facilitatorKeys: { key: string; does: string }[];
}

const DIFFICULTY_ORDER = { easy: 0, medium: 1, hard: 2 } as const;

/** What a seed may be made of in a link and on a whiteboard: letters, digits, dot, dash, underscore. */
const CLASS_SEED = /^[A-Za-z0-9._-]{1,40}$/;

export function isClassSeed(seed: string): boolean {
  return CLASS_SEED.test(seed);
}

/** `baseUrl` is the game's address without a query (location.origin + location.pathname in the browser). */
export function buildClassroomKit(scenario: Scenario, seed: string, baseUrl: string): ClassroomKit {
  const linkFor = (seats: string[]) => {
    const query = new URLSearchParams({ scenario: scenario.id, seed });
    if (seats.length > 0) query.set('seat', seats.join(','));
    // Party ids are letters, digits and dashes; the comma between seats is left readable for a whiteboard.
    return `${baseUrl}?${query.toString().replaceAll('%2C', ',')}`;
  };
  const playable = scenario.parties.filter((party) => party.seat.playable);
  const seats = playable
    .map((party) => ({
      party: party.id,
      name: party.name,
      difficulty: party.seat.difficulty,
      note: party.seat.note,
      link: linkFor([party.id]),
    }))
    .sort((a, b) => DIFFICULTY_ORDER[a.difficulty] - DIFFICULTY_ORDER[b.difficulty]);
  // The pen holder and the first other required signatory make a table where both sides of the text are played.
  const pen = scenario.rules.pen;
  const counterpart = scenario.rules.requiredSignatories.find(
    (id) => id !== pen && playable.some((party) => party.id === id),
  );
  const penPlayable = playable.some((party) => party.id === pen);
  return {
    scenarioId: scenario.id,
    title: scenario.title,
    language: scenario.language,
    seed,
    teacherCode: teacherCode(scenario.id, seed),
    seats,
    hotSeatLink: penPlayable && counterpart ? linkFor([pen, counterpart]) : null,
    openLink: linkFor([]),
    facilitatorKeys: [
      {
        key: 'F, then the teacher code',
        does: 'opens the facilitator’s panel on a table (the code keeps students out)',
      },
      { key: 'Pause', does: 'stops the table’s clock; nothing can be played until you resume' },
      { key: 'News ← / →, Enter', does: 'injects a news item from the scenario’s deck, to raise the pressure' },
      { key: 'Extend', does: 'moves the deadline one round later' },
      { key: 'Reveal', does: 'shows every signatory’s private numbers, for a discussion (changes nothing)' },
      { key: 'End the game', does: 'stops the talks where they stand; the table goes to its debrief' },
    ],
  };
}

/**
 * The class set: one confidential brief per playable seat, with the private numbers of this seed's world as it
 * starts — the numbers every table's link opens on, whichever seat it plays (a seed draws them, not the seats).
 */
export function classSetBriefs(scenario: Scenario, seed: string): RoleBrief[] {
  const compiled = compileScenario(scenario);
  return buildRoleBriefs(compiled, createGame(compiled, { seed }));
}
