// How the Compare screen names a classroom table: by what its file says about it. A file saved by the game is named
// for its table (classFileNames.ts), so its table is called by the seats people played and the minute it was saved
// ("France · 10:15"); a file the teacher named themselves (`table-3.json`) keeps that name; the old single name of
// every file of a seed (`paris-2026-seed-class-4b-replay.json`) says nothing, so the seats name it. Names that
// still clash get "(2)", "(3)"… The teacher can rename any table; those names win over all of these.

/** `scenario_seed_table_YYYY-MM-DD_HHMM.replay.json`, as classFileName writes it (a browser may add " (1)"). */
const CLASS_FILE = /^[^_]+_[^_]+_[^_]+_\d{4}-\d{2}-\d{2}_(\d{2})(\d{2})\.replay(?: \(\d+\))?\.json$/i;
/** The name every replay of a seed used to share. */
const OLD_DEFAULT = /-seed-.*-replay(?: \(\d+\))?\.json$/i;

export function tableName(fileName: string, humans: readonly string[]): string {
  const seats = humans.length > 0 ? humans.join(' + ') : 'All AI';
  const saved = CLASS_FILE.exec(fileName);
  if (saved) return `${seats} · ${saved[1]}:${saved[2]}`;
  if (OLD_DEFAULT.test(fileName)) return seats;
  return fileName.replace(/\.json$/i, '') || fileName;
}

/** The same names, made distinct in order: the second "France" becomes "France (2)". */
export function distinctNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} (${count})`;
  });
}

/** What a teacher may call a table: a name short enough for the table's column and a printed page. */
export const MAX_TABLE_NAME = 32;

export function cleanTableName(typed: string): string {
  return typed.replace(/\s+/g, ' ').trim().slice(0, MAX_TABLE_NAME);
}
