// The shell every printable page shares: print styles for paper first, the document around a body, a sheet whose
// banner repeats on every printed page, and lists and paragraphs of escaped text.
import { html, joinHtml } from './escapeHtml';
import type { HtmlValue, SafeHtml } from './escapeHtml';

/**
 * Styles for paper first: no page size is forced, so the same document fits A4 and US Letter (the margins and a
 * measure of about 180 mm fit both); black on white; tables and list items are not split across pages.
 */
export const PRINT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { font: 11pt/1.4 Georgia, 'Times New Roman', serif; color: #111; background: #fff; }
body { margin: 0 auto; max-width: 180mm; padding: 12mm 0; }
h1 { font-size: 20pt; margin: 0 0 2mm; line-height: 1.15; }
h2 { font-size: 13pt; margin: 6mm 0 2mm; padding-bottom: 1mm; border-bottom: 0.4mm solid #111; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 11pt; margin: 3mm 0 1mm; break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 2mm; }
ul, ol { margin: 0 0 2mm; padding-left: 6mm; }
li { margin-bottom: 1mm; break-inside: avoid; page-break-inside: avoid; }
table.data { width: 100%; border-collapse: collapse; margin: 1mm 0 3mm; font-size: 9.5pt; }
table.compact { font-size: 8.5pt; }
table.compact p { margin-bottom: 1mm; }
table.data th, table.data td { border: 0.25mm solid #777; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
table.data th { background: #eee; }
table.data tr { break-inside: avoid; page-break-inside: avoid; }
table.data .number { text-align: right; font-variant-numeric: tabular-nums; }
.muted { color: #444; }
.small { font-size: 9pt; }
.note { border-left: 1mm solid #999; padding-left: 3mm; }
.confidential { font: bold 9pt/1.2 Arial, Helvetica, sans-serif; letter-spacing: 0.06em;
  border: 0.4mm solid #111; padding: 1.5mm 3mm; margin: 0 0 4mm; text-align: center; }
.for-teacher { background: #111; color: #fff; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
.brief h2 { font-size: 12pt; margin: 3.5mm 0 1.5mm; }
.brief p, .brief li { margin-bottom: 1.2mm; }
.brief .reason { font-style: italic; color: #333; }
.brief table.data { font-size: 9pt; margin: 0.5mm 0 1mm; }
.brief table.data td { padding: 0.6mm 1.2mm; }
table.sheet { width: 100%; border-collapse: collapse; }
table.sheet > thead > tr > td, table.sheet > tbody > tr > td { padding: 0; }
.document + .document { break-before: page; page-break-before: always; }
a { color: inherit; }
@page { margin: 14mm 15mm; }
@media screen {
  html { background: #d9d9d9; }
  body { padding: 10mm 0; }
  .document { background: #fff; padding: 14mm 15mm; margin: 0 auto 10mm; box-shadow: 0 1mm 4mm rgba(0, 0, 0, 0.25); }
}
@media print {
  html { font-size: 10.5pt; }
  body { max-width: none; padding: 0; }
  a { text-decoration: none; }
  a[href]::after { content: ' (' attr(href) ')'; font-size: 8pt; }
}
`;

/** A whole HTML document around a body; `title` and `lang` are text, escaped like everything else. */
export function printableHtmlDocument(title: string, lang: string, body: HtmlValue, css = PRINT_CSS): string {
  const page = html`<!doctype html>
    <html lang="${lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title}</title>
        <style>
          ${{ safeHtml: css }}
        </style>
      </head>
      <body>
        ${body}
      </body>
    </html> `;
  return page.safeHtml;
}

/** A sheet whose banner repeats at the top of every printed page (a table header does that in every browser). */
export function sheet(banner: HtmlValue, content: HtmlValue, labelledBy: string): SafeHtml {
  return html`<article class="document" aria-labelledby="${labelledBy}">
    <table class="sheet" role="presentation">
      <thead>
        <tr>
          <td>${banner}</td>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td>${content}</td>
        </tr>
      </tbody>
    </table>
  </article>`;
}

export function paragraphs(texts: readonly string[], className = ''): SafeHtml {
  return joinHtml(texts.map((text) => html`<p class="${className}">${text}</p>`));
}

export function listOf(items: readonly HtmlValue[], ordered = false): SafeHtml | null {
  if (items.length === 0) return null;
  const inner = joinHtml(items.map((item) => html`<li>${item}</li>`));
  return ordered
    ? html`<ol>
        ${inner}
      </ol>`
    : html`<ul>
        ${inner}
      </ul>`;
}
