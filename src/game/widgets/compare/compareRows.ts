// The rows of the Compare screen's table, in the order the keyboard walks them: every compared table, then every
// file left out (its reason is the row), folded into one "and N more" row when they would not fit.
import type { ParallelWorlds, RejectedReplay, TableWorld } from '../../../store';

export type CompareRow =
  | { kind: 'table'; table: TableWorld; /** 0-based: the table's number on screen is index + 1. */ index: number }
  | { kind: 'rejected'; rejected: RejectedReplay }
  | { kind: 'more'; rejected: RejectedReplay[] };

/** At most `capacity` rows: the tables always, then the rejected files, the last ones folded if need be. */
export function compareRows(worlds: ParallelWorlds, capacity: number): CompareRow[] {
  const rows: CompareRow[] = worlds.tables.map((table, index) => ({ kind: 'table', table, index }));
  const room = Math.max(1, capacity - rows.length);
  const rejected = worlds.rejected;
  if (rejected.length <= room)
    return [...rows, ...rejected.map((entry) => ({ kind: 'rejected' as const, rejected: entry }))];
  const shown = rejected.slice(0, room - 1);
  return [
    ...rows,
    ...shown.map((entry) => ({ kind: 'rejected' as const, rejected: entry })),
    { kind: 'more', rejected: rejected.slice(shown.length) },
  ];
}

/** The reason without the file name it starts with (the row already names the file); `:line:column` in words. */
export function reasonWithoutFile(rejected: RejectedReplay): string {
  const { fileName, reason } = rejected;
  if (!reason.startsWith(`${fileName}:`)) return reason;
  const rest = reason.slice(fileName.length + 1);
  const located = /^(\d+):(\d+): (.*)$/s.exec(rest);
  return located ? `line ${located[1]}, column ${located[2]}: ${located[3]}` : rest.trimStart();
}
