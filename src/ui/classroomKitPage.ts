// The classroom kit as a print-friendly HTML document: the class seed, a link per seat (and for a hot-seat table),
// the facilitator's keys and the lesson plan. Pure: kit data in, HTML text out; every scenario text goes through the
// `html` tag, so it is shown as text, never as markup.
import type { ClassroomKit } from '../store/classroomKit';
import { html, joinHtml } from './escapeHtml';
import { listOf, paragraphs, PRINT_CSS, printableHtmlDocument } from './roleBriefPage';

const KIT_CSS_EXTRA = `
.link { font-family: 'DejaVu Sans Mono', Consolas, monospace; font-size: 9pt; word-break: break-all; }
.lead { font-size: 12pt; }
`;

export function classroomKitDocument(kit: ClassroomKit): string {
  const seatRows = joinHtml(
    kit.seats.map(
      (seat) =>
        html`<tr>
          <td>${seat.name}</td>
          <td>${seat.difficulty}</td>
          <td>${seat.note}</td>
          <td class="link"><a href="${seat.link}">${seat.link}</a></td>
        </tr>`,
    ),
  );
  const keys = joinHtml(
    kit.facilitatorKeys.map(
      (entry) =>
        html`<tr>
          <th scope="row">${entry.key}</th>
          <td>${entry.does}</td>
        </tr>`,
    ),
  );
  const body = html`<main class="document" aria-labelledby="kit-title">
    <h1 id="kit-title">Classroom kit: ${kit.title}</h1>
    <p class="lead">
      Class seed <strong>${kit.seed}</strong>: every table plays the same world, so the outcomes can be compared.
    </p>
    <h2>Links for the tables</h2>
    <p>Write one link per table on the board, or send it. A link opens the game straight at the table, in that seat.</p>
    <table class="data compact">
      <thead>
        <tr>
          <th>Seat</th>
          <th>Difficulty</th>
          <th>Why</th>
          <th>Link</th>
        </tr>
      </thead>
      <tbody>
        ${seatRows}
      </tbody>
    </table>
    ${
      kit.hotSeatLink
        ? html`<p>
            Two or three students on one device, taking turns (a hand-over screen hides each player's private side):
            <span class="link"><a href="${kit.hotSeatLink}">${kit.hotSeatLink}</a></span>
          </p>`
        : null
    }
    <p>
      A table that chooses its own seats: <span class="link"><a href="${kit.openLink}">${kit.openLink}</a></span>
    </p>
    <h2>Before the lesson</h2>
    ${listOf(
      [
        'Open the game, choose this scenario, the seats and this seed in Setup, then Print briefs: each confidential brief holds this seed’s private numbers.',
        'Check that every student device can open the game’s address.',
      ],
      true,
    )}
    <h2>The lesson (45 minutes)</h2>
    ${listOf(
      [
        'Briefing (8 minutes): project the title, open the briefing (Enter) and read the opening together. Hand out the briefs; students read theirs in silence.',
        'Rounds (22 minutes): tables open their link. Each round: diplomacy (levers, meetings, a public pledge), the text, the answers with their reasons, then the world moves.',
        'Debrief (15 minutes): each table reads its debrief, then presses S to save its replay file. Collect the files; on the projector, Title → Compare tables (K) → load them all.',
      ],
      true,
    )}
    <h2>The facilitator’s keys</h2>
    <table class="data">
      <tbody>
        ${keys}
      </tbody>
    </table>
    <h2>Questions that work</h2>
    ${paragraphs([
      'Why did one table reach a ceasefire and another a collapse, in the same world? Which red line decided it?',
      'Was the signed text fair: how far is it from the Nash point, and who gained most over no deal?',
      'Open a replay (L), step back to the turning point and branch from it (B): what would another move have done?',
    ])}
  </main>`;
  return printableHtmlDocument(`Classroom kit: ${kit.title}`, kit.language, body, PRINT_CSS + KIT_CSS_EXTRA);
}
