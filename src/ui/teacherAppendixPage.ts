// The teacher's appendix of a role brief: every private number of a seat (priorities with their shares and option
// values, red-line firmness, no-deal value and what moves it, meters, levers with their effects, the other parties,
// the rules and sources). Kept out of the students' pages: it is printed only when the teacher asks for it.
import type { RoleBrief } from '../store/roleBrief';
import { html, joinHtml } from './escapeHtml';
import type { SafeHtml } from './escapeHtml';
import { listOf, paragraphs, sheet } from './printShell';

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** Every private number of one seat, for the teacher: printed apart from the students' pages, and marked so. */
export function teacherAppendixBody(brief: RoleBrief, index: number): SafeHtml {
  const { party } = brief;
  const titleId = `appendix-${index}-${party.id}`;
  const banner = html`<p class="confidential for-teacher">
    FOR THE TEACHER — NOT FOR STUDENTS — ${party.name}: all the numbers
  </p>`;
  const content = html`
    <header>
      <p class="muted small">${brief.scenario.title} · ${brief.scenario.date} · Teacher's appendix</p>
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
