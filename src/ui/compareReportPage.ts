// The Compare screen on paper: every table of the class in one list (its name, who played, how it ended, the round,
// the clauses that set it apart, durability, distance to the Nash point), what each signatory gained at each table,
// and the files left out with their reasons. Pure: a comparison in, HTML text out; every text goes through the
// `html` tag, so table names the teacher typed and scenario text are shown as text, never as markup.
import type { ParallelWorlds, TableWorld } from '../store/parallelWorlds';
import { html, joinHtml } from './escapeHtml';
import { PRINT_CSS, printableHtmlDocument } from './roleBriefPage';

const COMPARE_CSS = `${PRINT_CSS}
.small-table td, .small-table th { font-size: 9pt; }
.num { text-align: right; white-space: nowrap; }
.worse { color: #a00; font-weight: bold; }
`;

function agreed(table: TableWorld): boolean {
  return table.textKind === 'signed' || table.textKind === 'not-ratified';
}

function durabilityWords(table: TableWorld): string {
  const durability = table.durability;
  if (durability)
    return durability.held
      ? `held all ${durability.months} months`
      : `held ${durability.monthsHeld} of ${durability.months} months`;
  if (table.outcome.kind === 'unfinished') return 'not finished';
  return table.outcome.kind === 'ratification-failed' ? 'never in force' : 'no deal';
}

function gainAt(table: TableWorld, party: string): number | null {
  const standing = table.standings.find((row) => row.party === party);
  if (!standing) return null;
  if (!agreed(table) || standing.utility === null) return 0;
  return standing.utility - standing.reservation;
}

function signedGain(value: number | null): string {
  if (value === null) return '—';
  const text = Math.abs(value).toFixed(2);
  return value < 0 && text !== '0.00' ? `−${text}` : `+${text}`;
}

export function compareReportDocument(worlds: ParallelWorlds): string {
  const title = `Parallel worlds: ${worlds.scenario?.title ?? 'no table compared'}`;
  const tableRows = joinHtml(
    worlds.tables.map(
      (table, index) =>
        html`<tr>
          <td class="num">${index + 1}</td>
          <td><strong>${table.name}</strong><br /><span class="small muted">${table.fileName}</span></td>
          <td>${table.humans.length > 0 ? table.humans.join(', ') : 'all AI'}</td>
          <td>${table.outcome.label}</td>
          <td class="num">${table.round}</td>
          <td>
            ${
              table.keyClauses.length > 0
                ? table.keyClauses.map((clause) => clause.optionLabel).join(' · ')
                : 'nothing signed'
            }
          </td>
          <td>${durabilityWords(table)}</td>
          <td class="num">${agreed(table) && table.distanceToNash !== null ? table.distanceToNash.toFixed(2) : '—'}</td>
        </tr>`,
    ),
  );
  const gainHead = joinHtml(worlds.signatories.map((party) => html`<th class="num">${party.shortName}</th>`));
  const gainRows = joinHtml(
    worlds.tables.map((table, index) => {
      const cells = joinHtml(
        worlds.signatories.map((party) => {
          const gain = gainAt(table, party.party);
          return html`<td class="num ${gain !== null && gain < 0 ? 'worse' : ''}">${signedGain(gain)}</td>`;
        }),
      );
      return html`<tr>
        <td class="num">${index + 1}</td>
        <td>${table.name}</td>
        ${cells}
      </tr>`;
    }),
  );
  const rejected =
    worlds.rejected.length === 0
      ? null
      : html`<h2>Files left out</h2>
          <ul>
            ${joinHtml(worlds.rejected.map((entry) => html`<li>${entry.reason}</li>`))}
          </ul>`;
  const body = html`<main class="document" aria-labelledby="compare-title">
    <h1 id="compare-title">${title}</h1>
    <p class="lead">
      ${worlds.tables.length} ${worlds.tables.length === 1 ? 'table' : 'tables'}, one world: seed
      <strong>${worlds.seed ?? '—'}</strong>. The same start, played by different people.
    </p>
    <h2>How each table ended</h2>
    <table class="data compact small-table">
      <thead>
        <tr>
          <th class="num">#</th>
          <th>Table</th>
          <th>Played by people</th>
          <th>Outcome</th>
          <th class="num">Round</th>
          <th>Key clauses</th>
          <th>Durability</th>
          <th class="num">To Nash</th>
        </tr>
      </thead>
      <tbody>
        ${tableRows}
      </tbody>
    </table>
    <h2>What each signatory gained over no deal</h2>
    <p class="small">
      Utility of the signed text minus what no deal was worth to the party (0 to 1, the model’s teaching measure). A
      table that signed nothing leaves everyone at +0.00.
    </p>
    <table class="data compact small-table">
      <thead>
        <tr>
          <th class="num">#</th>
          <th>Table</th>
          ${gainHead}
        </tr>
      </thead>
      <tbody>
        ${gainRows}
      </tbody>
    </table>
    ${rejected}
  </main>`;
  return printableHtmlDocument(title, 'en', body, COMPARE_CSS);
}
