// The debrief as a printable HTML document: the outcome, what each party got against what no deal was worth to it,
// the distance to the Nash point, durability, the fate of the red lines, the turning points and a round-by-round
// summary. Pure: a DebriefExport in, HTML text out; every text goes through the `html` tag and is shown as text.
import type { DebriefExport, ExportedRound } from '../store/debriefExport';
import { html, joinHtml } from './escapeHtml';
import type { SafeHtml } from './escapeHtml';
import { listOf, PRINT_CSS, printableHtmlDocument, sheet } from './roleBriefPage';

/** A bar per party (utility) with a tick at its no-deal value; borders, not backgrounds, so it prints by default. */
const REPORT_CSS = `${PRINT_CSS}
.scale { position: relative; height: 4mm; min-width: 30mm; border-bottom: 0.2mm solid #999; }
.scale .bar { position: absolute; left: 0; top: 0.8mm; height: 0; border-top: 2.4mm solid #444; }
.scale .reservation { position: absolute; top: 0; height: 4mm; border-left: 0.6mm solid #c00; }
.scale .nash { position: absolute; top: 0.6mm; width: 0; height: 0; border: 1.4mm solid transparent; border-bottom-color: #06c; margin-left: -1.4mm; }
.below { color: #a00; font-weight: bold; }
.nowrap { white-space: nowrap; }
`;

const TEXT_KIND_WORDS: Record<DebriefExport['final']['text']['kind'], string> = {
  signed: 'The signed ceasefire text',
  'not-ratified': 'The text that was signed but not ratified',
  'last-draft': 'No text was signed: the last draft tabled',
  none: 'No text was ever tabled',
};

const STATUS_WORDS = { held: 'held', crossed: 'crossed', 'worn-down': 'worn down' } as const;

function fixed(value: number | null, decimals = 2): string {
  return value === null ? '—' : value.toFixed(decimals);
}

function signedFixed(value: number | null): string {
  if (value === null) return '—';
  const text = Math.abs(value).toFixed(2);
  return value < 0 && text !== '0.00' ? `−${text}` : `+${text}`;
}

function percentOf(value: number): string {
  return `${Math.round(Math.min(1, Math.max(0, value)) * 1000) / 10}%`;
}

export function debriefReportDocument(exported: DebriefExport): string {
  const name = (id: string | null) => exported.parties.find((party) => party.id === id)?.name ?? id ?? '—';
  const shortName = (id: string) => exported.parties.find((party) => party.id === id)?.shortName ?? id;
  const optionLabel = (issueId: string, optionId: string | undefined) =>
    exported.issues.find((issue) => issue.id === issueId)?.options.find((option) => option.id === optionId)?.label ??
    '—';
  const { final } = exported;
  const humans = exported.parties.filter((party) => exported.seats[party.id] === 'human').map((party) => party.name);
  const titleId = 'debrief-title';

  const banner = html`<p class="confidential">Debrief — ${exported.scenario.title} — seed ${exported.seed}</p>`;
  const content = html`
    <header>
      <p class="muted small">
        ${exported.scenario.title} · seed ${exported.seed} ·
        ${
          exported.status === 'finished'
            ? `ended in round ${final.round}`
            : `in progress, round ${final.round} of ${final.deadline}`
        }
      </p>
      <h1 id="${titleId}">${exported.headline}</h1>
      <p class="small">
        Played by people: ${humans.length > 0 ? humans.join(', ') : 'nobody (every seat was played by the computer)'}.
      </p>
      ${exported.notes.map((note) => html`<p class="note small">${note}</p>`)}
    </header>

    <section>
      <h2>${TEXT_KIND_WORDS[final.text.kind]}</h2>
      ${
        final.text.terms === null
          ? null
          : html`<table class="data">
              <thead>
                <tr>
                  <th>Issue</th>
                  <th>The text</th>
                  <th>The Nash point</th>
                </tr>
              </thead>
              <tbody>
                ${exported.issues.map((issue) => {
                  const text = final.text.terms?.[issue.id];
                  const nash = final.nash.terms?.[issue.id];
                  return html`<tr>
                    <td>${issue.label}</td>
                    <td>${optionLabel(issue.id, text)}</td>
                    <td>
                      ${final.nash.terms === null ? '—' : nash === text ? 'the same' : optionLabel(issue.id, nash)}
                    </td>
                  </tr>`;
                })}
              </tbody>
            </table>`
      }
    </section>

    <section>
      <h2>What each party got</h2>
      <p class="small">
        Utility of the text (0 worst, 1 best for that party) against its no-deal value: below it, the party was better
        off with no deal. The bar is the utility, the red tick the no-deal value, the blue triangle what the Nash point
        would have given it.
      </p>
      <table class="data">
        <thead>
          <tr>
            <th>Party</th>
            <th class="number">Utility</th>
            <th class="number">No-deal value</th>
            <th class="number">Difference</th>
            <th class="number">Nash point</th>
            <th>Picture</th>
          </tr>
        </thead>
        <tbody>
          ${final.parties.map(
            (row) =>
              html`<tr>
                <td>
                  ${row.name}${row.signatory ? html`<br /><span class="small muted">signature required</span>` : null}${
                    row.seat === 'human' ? html`<br /><span class="small muted">played by people</span>` : null
                  }
                </td>
                <td class="number">${fixed(row.utility)}</td>
                <td class="number">${fixed(row.reservation)}</td>
                <td class="number${row.surplus !== null && row.surplus < 0 ? ' below' : ''}">
                  ${signedFixed(row.surplus)}
                </td>
                <td class="number">${fixed(row.nashUtility)}</td>
                <td>
                  <div class="scale" aria-hidden="true">
                    ${
                      row.utility === null
                        ? null
                        : html`<span class="bar" style="width: ${percentOf(row.utility)}"></span>`
                    }<span class="reservation" style="left: ${percentOf(row.reservation)}"></span>${
                      row.nashUtility === null
                        ? null
                        : html`<span class="nash" style="left: ${percentOf(row.nashUtility)}"></span>`
                    }
                  </div>
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </section>

    <section>
      <h2>Against the Nash point</h2>
      ${
        final.nash.terms === null
          ? html`<p>No text could have been signed by every required signatory: there was no Nash point.</p>`
          : html`<p>
              The Nash point is the text that maximises the product of every signatory's gain over no deal.
              ${
                final.text.terms === null
                  ? 'No text was tabled to compare with it.'
                  : `The text shares ${final.nash.sameClauses} of ${exported.issues.length} clauses with it; its distance to the Nash point is ${fixed(final.distanceToNash)}${
                      final.distanceToFrontier === null
                        ? '.'
                        : ` and to the best possible texts (the Pareto frontier) ${fixed(final.distanceToFrontier)}.`
                    }`
              }
            </p>`
      }
    </section>

    <section>
      <h2>Durability</h2>
      ${
        final.durability === null
          ? html`<p>No ceasefire was signed and ratified, so there was nothing to hold.</p>`
          : html`<p>
              Enforcement in the text: ${fixed(final.durability.enforcement)} (0 none, 0.9 the most).
              ${
                final.durability.held
                  ? `The ceasefire held for all ${final.durability.months} months`
                  : `The ceasefire held for ${final.durability.monthsHeld} of ${final.durability.months} months`
              },
              with ${final.durability.violations} serious violation${final.durability.violations === 1 ? '' : 's'},
              ${final.durability.answered} of them answered.
            </p>`
      }
      ${
        final.outcome && 'ratification' in final.outcome
          ? html`<h3>Ratification at home</h3>
              ${listOf(
                final.outcome.ratification.map(
                  (result) =>
                    html`${name(result.party)}: ${result.passed ? 'ratified' : 'not ratified'} (${result.value} against
                    ${result.needed} needed)`,
                ),
              )}`
          : null
      }
    </section>

    <section>
      <h2>Red lines</h2>
      <table class="data">
        <thead>
          <tr>
            <th>Party</th>
            <th>Issue</th>
            <th>Would not accept</th>
            <th>What became of it</th>
            <th class="number">Firmness</th>
          </tr>
        </thead>
        <tbody>
          ${final.redLines.map(
            (fate) =>
              html`<tr>
                <td>${fate.partyName}</td>
                <td>${fate.issueLabel}</td>
                <td class="small">${fate.forbidden.join('; ')}</td>
                <td>
                  ${STATUS_WORDS[fate.status]}${fate.bindingAtEnd ? null : html`<br /><span class="small muted">no longer a veto</span>`}
                </td>
                <td class="number nowrap">${fate.firmnessAtStart.toFixed(2)} → ${fate.firmnessAtEnd.toFixed(2)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </section>

    <section>
      <h2>Turning points</h2>
      ${
        final.turningPoints.length === 0
          ? html`<p>None.</p>`
          : listOf(final.turningPoints.map((point) => html`Round ${point.round}: ${point.text}`))
      }
    </section>

    <section>
      <h2>Round by round</h2>
      ${roundTable(exported, name, shortName)}
    </section>
  `;
  return printableHtmlDocument(
    `Debrief — ${exported.scenario.title} — seed ${exported.seed}`,
    exported.scenario.language,
    sheet(banner, content, titleId),
    REPORT_CSS,
  );
}

function roundTable(
  exported: DebriefExport,
  name: (id: string | null) => string,
  shortName: (id: string) => string,
): SafeHtml {
  const shared = exported.meters.filter((meter) => meter.scope === 'shared');
  const answersLine = (round: ExportedRound) => {
    if (round.answers.length === 0) return html`<span class="muted">none</span>`;
    return joinHtml(
      round.answers.map(
        (answer) =>
          html`${shortName(answer.party)} ${answer.answer === 'accept' ? 'accepts' : 'refuses'} ${answer.draftId}`,
      ),
      '; ',
    );
  };
  return html`<table class="data">
    <thead>
      <tr>
        <th class="number">Round</th>
        <th>News</th>
        <th>Drafts</th>
        <th>Answers</th>
        ${shared.map((meter) => html`<th class="number">${meter.label}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${exported.rounds.map(
        (round) =>
          html`<tr>
            <td class="number">${round.round}</td>
            <td class="small">
              ${round.news.length === 0 ? '—' : round.news.map((news) => news.title).join('; ')}${
                round.walkOuts.length === 0
                  ? null
                  : html`<br /><strong
                        >${round.walkOuts.map((walkOut) => `${name(walkOut.party)} walks out`).join('; ')}</strong
                      >`
              }
            </td>
            <td class="small">
              ${round.drafts.length === 0 ? '—' : round.drafts.map((draft) => `${draft.id} by ${shortName(draft.by)}`).join('; ')}
            </td>
            <td class="small">${answersLine(round)}</td>
            ${shared.map((meter) => html`<td class="number">${round.meters ? fixed(round.meters.shared[meter.id] ?? null, 0) : '—'}</td>`)}
          </tr>`,
      )}
    </tbody>
  </table>`;
}
