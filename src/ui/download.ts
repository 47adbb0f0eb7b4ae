// Saves generated text (a debrief as JSON or CSV, a replay) as a file, without a server: a Blob and a link click.

/**
 * Excel reads a CSV file as UTF-8 only when it starts with a byte-order mark; without it, names with accents and
 * dashes come out garbled on a teacher's machine. Other tools ignore the mark.
 */
const UTF8_BOM = '\uFEFF';

export function downloadText(fileName: string, mime: string, text: string): void {
  const body = mime.startsWith('text/csv') && !text.startsWith(UTF8_BOM) ? UTF8_BOM + text : text;
  const url = URL.createObjectURL(new Blob([body], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled: revoking at once cancels the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
