// Scenario prose is written across several lines in YAML; a table cell, a label or a line of a panel wants it on one.
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
