// Scenario text is shown as text, never as markup: the schema refuses markup, but a printable page must not depend
// on that (a scenario may come from a file the schema of another version accepted, or from a link). Every page
// generator builds its HTML with the `html` tag below, which escapes every value it interpolates unless the value
// is itself HTML built the same way, so forgetting to escape one field is impossible rather than merely unlikely.

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text → HTML that shows exactly that text, safe in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

/** HTML that is already safe: only `html` and `joinHtml` make one. */
export interface SafeHtml {
  readonly safeHtml: string;
}

/** What may go into an `html` template: text and numbers are escaped, SafeHtml is kept, null/undefined/false vanish. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

function isSafeHtml(value: unknown): value is SafeHtml {
  return typeof value === 'object' && value !== null && typeof (value as SafeHtml).safeHtml === 'string';
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map((item: HtmlValue) => render(item)).join('');
  if (isSafeHtml(value)) return value.safeHtml;
  return escapeHtml(String(value));
}

/** Tagged template: the literal parts are trusted markup, every interpolated value is escaped. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return { safeHtml: out };
}

/** Several fragments as one, with an optional separator (text, escaped). */
export function joinHtml(parts: readonly HtmlValue[], separator = ''): SafeHtml {
  return { safeHtml: parts.map((part) => render(part)).join(escapeHtml(separator)) };
}
