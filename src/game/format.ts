// How dates and counts read on screen. Scenario dates are plain calendar dates, so they are formatted in UTC
// to stay the same day in every time zone.
const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** `2026-01-06` → `6 January 2026`; anything unexpected is shown as written. */
export function formatScenarioDate(isoDate: string): string {
  const time = Date.parse(`${isoDate}T00:00:00Z`);
  return Number.isNaN(time) ? isoDate : dateFormat.format(time);
}

/** `1 party`, `11 parties`. */
export function countOf(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** The file's name without its folder, for headings. */
export function baseName(fileName: string): string {
  return fileName.slice(fileName.lastIndexOf('/') + 1);
}
