// Names for the files a class collects: each table's replay and data files must be told apart in one folder, so a
// name carries the scenario, the seed, the seats people played (the table) and when it was saved, e.g.
// `paris-2026_class-4b_france_2026-12-08_1015.replay.json`. Underscores separate the parts; inside a part, only
// letters, digits, dots and dashes. The time is read from the browser's clock by the caller (the screen that saves),
// never here, so the names are pure functions of what they are given.
import type { PartyId, SeatKind } from '../engine';

export type ClassFileKind = 'replay.json' | 'debrief.json' | 'rounds.csv' | 'parties.csv';

export interface ClassFileSubject {
  scenarioId: string;
  seed: string;
  /** Every seat, in the scenario's order: the human ones name the table. */
  seats: Readonly<Record<PartyId, SeatKind>>;
}

/** What a file name part may hold; the rest becomes one dash. */
function namePart(text: string, fallback: string): string {
  return (
    text
      .replace(/[^A-Za-z0-9.-]+/g, '-')
      .replace(/^[-.]+|[-.]+$/g, '')
      .slice(0, 40) || fallback
  );
}

/** The human seats joined by "+" (`france+ukraine` for a hot-seat table), or `all-ai`. */
export function tablePart(seats: Readonly<Record<PartyId, SeatKind>>): string {
  const humans = Object.keys(seats).filter((party) => seats[party] === 'human');
  return humans.length === 0 ? 'all-ai' : humans.map((party) => namePart(party, 'seat')).join('+');
}

/** Local date and minute, `2026-12-08_1015`: what a teacher reads on the classroom clock. */
export function savedAtPart(savedAt: Date): string {
  const two = (value: number) => String(value).padStart(2, '0');
  const date = `${savedAt.getFullYear()}-${two(savedAt.getMonth() + 1)}-${two(savedAt.getDate())}`;
  return `${date}_${two(savedAt.getHours())}${two(savedAt.getMinutes())}`;
}

/** `savedAt` null leaves the time out (a game kept without a clock reading). */
export function classFileName(subject: ClassFileSubject, savedAt: Date | null, kind: ClassFileKind): string {
  const parts = [namePart(subject.scenarioId, 'scenario'), namePart(subject.seed, 'seed'), tablePart(subject.seats)];
  if (savedAt !== null && !Number.isNaN(savedAt.getTime())) parts.push(savedAtPart(savedAt));
  return `${parts.join('_')}.${kind}`;
}
