// Role briefs as a complete, print-friendly HTML document: one brief per sheet, each headed "CONFIDENTIAL — party"
// on every printed page, the scenario's sources at the end. Pure: brief data in, HTML text out (src/ui/
// printableDocument.ts opens it for printing). Every text from the scenario goes through the `html` tag, so it is
// shown as text, never as markup. Also home to the document shell and print styles the debrief report shares.
import type { RoleBrief } from '../store/roleBrief';
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

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function briefBody(brief: RoleBrief, index: number): SafeHtml {
  const { party } = brief;
  const titleId = `brief-${index}-${party.id}`;
  const banner = html`<p class="confidential">CONFIDENTIAL — ${party.name}</p>`;
  const content = html`
    <header>
      <p class="muted small">${brief.scenario.title} · ${brief.scenario.date} · Role brief</p>
      <h1 id="${titleId}">${party.name}</h1>
      <p class="note small">${brief.numbers.note}</p>
    </header>

    <section>
      <h2>Who you are</h2>
      ${listOf(party.leaders)}
      <p><strong>${party.role}</strong>. Seat difficulty: ${party.difficulty}. ${party.seatNote}</p>
      ${party.members.length > 0 ? html`<p>You speak for: ${party.members.join('; ')}.</p>` : null}
      ${listOf(brief.yourPart)} ${paragraphs(party.publicBrief)}
    </section>

    <section>
      <h2>Your public position</h2>
      <p>${brief.publicPosition}</p>
    </section>

    <section>
      <h2>Your confidential brief</h2>
      ${paragraphs(brief.privateBrief)}
    </section>

    <section>
      <h2>Your private priorities</h2>
      <p>
        What a text is worth to you is the weighted sum of what each of its clauses is worth to you, from 0 (worst) to 1
        (best). The share says how much of that each issue carries.
      </p>
      <table class="data">
        <thead>
          <tr>
            <th class="number">#</th>
            <th>Issue</th>
            <th>Priority</th>
            <th class="number">Share</th>
            <th>What each option is worth to you</th>
          </tr>
        </thead>
        <tbody>
          ${brief.priorities.map(
            (line) =>
              html`<tr>
                <td class="number">${line.rank}</td>
                <td>${line.issueLabel}</td>
                <td>${line.words}</td>
                <td class="number">${percent(line.share)}</td>
                <td class="small">
                  ${joinHtml(
                    line.options.map((option) => html`${option.label}: <strong>${option.value.toFixed(2)}</strong>`),
                    ' · ',
                  )}
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </section>

    <section>
      <h2>Your red lines</h2>
      ${brief.redLines.length === 0 ? html`<p>You have no red lines: everything is negotiable.</p>` : null}
      ${listOf(brief.redLines.map((line) => html`${line.summary}<br /><span class="muted small">What you say: ${line.reason}</span>`))}
    </section>

    <section>
      <h2>What no deal is worth to you</h2>
      <p>${brief.reservation.summary} That is ${brief.reservation.words}.</p>
      ${
        brief.reservation.drivers.length > 0
          ? html`<p>It moves during the talks:</p>
              ${listOf(brief.reservation.drivers)}`
          : null
      }
      <h3>Where you start</h3>
      <table class="data">
        <thead>
          <tr>
            <th>Meter</th>
            <th class="number">Value</th>
            <th>Range</th>
            <th>What it means</th>
          </tr>
        </thead>
        <tbody>
          ${brief.meters.map(
            (meter) =>
              html`<tr>
                <td>${meter.label}</td>
                <td class="number">${formatNumber(meter.value)}</td>
                <td class="small">${meter.min} to ${meter.max}</td>
                <td class="small">${meter.description}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </section>

    <section>
      <h2>Your levers</h2>
      ${brief.levers.length === 0 ? html`<p>You have no levers of your own: use meetings, pledges and your answers.</p>` : null}
      ${
        brief.levers.length > 0
          ? html`<table class="data">
              <thead>
                <tr>
                  <th>Lever</th>
                  <th>Cost</th>
                  <th>What it does</th>
                </tr>
              </thead>
              <tbody>
                ${brief.levers.map(
                  (lever) =>
                    html`<tr>
                      <td><strong>${lever.label}</strong><br /><span class="small">${lever.description}</span></td>
                      <td class="small">${lever.cost}</td>
                      <td class="small">
                        ${listOf(lever.effects)}${lever.target === null ? null : html`<p>Aimed at: ${lever.target}.</p>`}${lever.conditions.map((condition) => html`<p>${capitalised(condition)}.</p>`)}${lever.notes.map((note) => html`<p>${note}</p>`)}
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>`
          : null
      }
    </section>

    <section>
      <h2>Who else is at the table</h2>
      <table class="data compact">
        <thead>
          <tr>
            <th>Party</th>
            <th>Role</th>
            <th>Public position</th>
            <th class="number">Your trust</th>
          </tr>
        </thead>
        <tbody>
          ${brief.others.map(
            (other) =>
              html`<tr>
                <td>
                  <strong>${other.name}</strong
                  >${other.leaders.length > 0 ? html`<br /><span class="small">${other.leaders.join('; ')}</span>` : null}
                </td>
                <td class="small">
                  ${other.role}${other.signatory ? html`<br />Signature required` : null}${other.presence === null ? null : html`<br />${other.presence}`}
                </td>
                <td class="small">
                  <p>${other.publicPosition}</p>
                  ${
                    other.publicRedLines.length > 0
                      ? html`<p>Public red lines: ${other.publicRedLines.join('; ')}.</p>`
                      : null
                  }
                </td>
                <td class="number">${formatNumber(other.yourTrust)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </section>

    <section>
      <h2>Deadline and rules</h2>
      ${listOf(brief.rules)}
    </section>

    <section>
      <h2>Sources</h2>
      <div class="small">${listOf(brief.sources.map((source) => sourceLine(source)))}</div>
      ${brief.mapNote === null ? null : html`<p class="small muted">About the map: ${brief.mapNote}</p>`}
    </section>
  `;
  return sheet(banner, content, titleId);
}

function sourceLine(source: RoleBrief['sources'][number]): SafeHtml {
  // Only web addresses become links; anything else is shown as text (the schema allows only http(s) anyway).
  const link = source.url !== null && /^https?:\/\//i.test(source.url) ? source.url : null;
  const title =
    link === null ? html`<cite>${source.title}</cite>` : html`<a href="${link}"><cite>${source.title}</cite></a>`;
  return html`${title}, ${source.publisher},
  ${source.date}.${source.citedForYou ? html` <strong>(cited for your party)</strong>` : null}${
    source.note === null ? null : html`<br /><span class="small muted">${source.note}</span>`
  }`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** One brief as a whole printable document. */
export function roleBriefDocument(brief: RoleBrief): string {
  return printableHtmlDocument(
    `Confidential role brief: ${brief.party.name} — ${brief.scenario.title}`,
    brief.scenario.language,
    briefBody(brief, 0),
  );
}

/** Every brief in one document, one per sheet (a page break between them): the class set a teacher prints. */
export function roleBriefsDocument(briefs: readonly RoleBrief[]): string {
  const first = briefs[0];
  if (!first) throw new Error('there are no briefs to print');
  return printableHtmlDocument(
    `Confidential role briefs — ${first.scenario.title}`,
    first.scenario.language,
    joinHtml(briefs.map((brief, index) => briefBody(brief, index))),
  );
}
