// A student's role brief on at most two A4 pages: who you are, what you want and why, your red lines and how firm,
// what no deal means for you, your levers and a few tips — in words, with the private numbers left to the teacher's
// appendix (teacherAppendixPage.ts). Every scenario text goes through the `html` tag: shown as text, never markup.
import { buildClassBrief } from '../store/classBrief';
import type { RoleBrief } from '../store/roleBrief';
import { html } from './escapeHtml';
import type { SafeHtml } from './escapeHtml';
import { listOf, paragraphs, sheet } from './printShell';

export function studentBriefBody(brief: RoleBrief, index: number): SafeHtml {
  const { party } = brief;
  const words = buildClassBrief(brief);
  const titleId = `brief-${index}-${party.id}`;
  const banner = html`<p class="confidential">CONFIDENTIAL — ${party.name} — do not show other delegations</p>`;
  const content = html`
    <div class="brief">
      <header>
        <p class="muted small">${brief.scenario.title} · Role brief${seedNote(brief)}</p>
        <h1 id="${titleId}">${party.name}</h1>
        <p class="small">
          ${party.leaders.join('; ')}. <strong>${party.role}</strong>, seat difficulty ${party.difficulty}.
        </p>
      </header>

      <h2>Who you are</h2>
      ${paragraphs(party.publicBrief)} ${listOf(brief.yourPart)}
      ${party.members.length > 0 ? html`<p class="small">You speak for: ${party.members.join('; ')}.</p>` : null}
      <p><strong>What you say in public:</strong> ${brief.publicPosition}</p>

      <h2>What you want, and why</h2>
      ${paragraphs(words.wants)}
      <p><strong>What matters to you, most first:</strong></p>
      ${listOf(words.priorities, true)}

      <h2>Your red lines</h2>
      ${words.redLines.length === 0 ? html`<p>You have no red lines: everything is negotiable.</p>` : null}
      ${listOf(
        words.redLines.map((line) => html`${line.sentence} <span class="reason">What you say: ${line.reason}</span>`),
      )}

      <h2>If there is no deal</h2>
      ${paragraphs(words.noDeal)}

      <h2>Your levers</h2>
      ${paragraphs(words.leverAdvice)} ${leverTable(words.levers)}

      <h2>Tips</h2>
      ${listOf(words.tips)}
    </div>
  `;
  return sheet(banner, content, titleId);
}

function seedNote(brief: RoleBrief): string {
  return brief.numbers.kind === 'game' ? ` · game seed "${brief.numbers.seed}"` : '';
}

function leverTable(levers: ReturnType<typeof buildClassBrief>['levers']): SafeHtml | null {
  if (levers.length === 0) return html`<p>You have no levers of your own: use meetings, pledges and your answers.</p>`;
  return html`<table class="data">
    <tbody>
      ${levers.map(
        (lever) =>
          html`<tr>
            <td><strong>${lever.label}</strong> <span class="muted">(${lever.cost})</span></td>
            <td>${lever.description}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}
