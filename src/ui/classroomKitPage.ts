// The classroom kit as a print-friendly HTML document: the class seed, the teacher code, a link per seat (and for a
// hot-seat table), the facilitator's keys and the lesson plan; and the class set of role briefs behind a cover sheet
// that carries the seed and the teacher code. Pure: data in, HTML text out; every scenario text goes through the
// `html` tag, so it is shown as text, never as markup.
import type { ClassroomKit } from '../store/classroomKit';
import type { RoleBrief } from '../store/roleBrief';
import { html, joinHtml } from './escapeHtml';
import type { SafeHtml } from './escapeHtml';
import { listOf, paragraphs, PRINT_CSS, printableHtmlDocument, roleBriefsDocument } from './roleBriefPage';

const KIT_CSS_EXTRA = `
.link { font-family: 'DejaVu Sans Mono', Consolas, monospace; font-size: 9pt; word-break: break-all; }
.lead { font-size: 12pt; }
`;

const TEACHER_BOX_STYLE = 'border: 1.5pt solid #8a6d1f; padding: 2mm 4mm; margin: 3mm 0;';
const CODE_STYLE = "font-family: 'DejaVu Sans Mono', Consolas, monospace; font-size: 16pt; letter-spacing: 2pt;";

/** The teacher's box: the code that opens the facilitator's panel, which no student sheet carries. */
function teacherCodeBox(code: string, seed: string): SafeHtml {
  // Styled inline too: the class set's document carries the briefs' styles, not the kit's.
  return html`<div class="teacher-only" style="${TEACHER_BOX_STYLE}">
    <p>
      <strong>For the teacher only.</strong> Teacher code <strong class="code" style="${CODE_STYLE}">${code}</strong>:
      press F at any table of seed ${seed}, type this code and Enter, and the facilitator’s panel opens (pause, news,
      deadline, reveal, end). Students who do not know it cannot open the panel.
    </p>
  </div>`;
}

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
    ${teacherCodeBox(kit.teacherCode, kit.seed)}
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
        'Print the class set of role briefs (title → Classroom → Print the class set, with this same seed): one confidential brief per seat, with this seed’s private numbers, behind a cover sheet for you.',
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

/**
 * The class set: a cover sheet for the teacher (seed, teacher code, which brief goes to which table), then one
 * confidential brief per seat. The cover goes in front of the briefs' own document, so the briefs print exactly as
 * the role brief page lays them out.
 */
export function classSetDocument(
  cover: { title: string; seed: string; teacherCode: string },
  briefs: readonly RoleBrief[],
): string {
  const seats = joinHtml(briefs.map((brief) => html`<li>${brief.party.name} (${brief.party.difficulty})</li>`));
  const sheet = html`<article class="document" aria-labelledby="class-set-title">
    <h1 id="class-set-title">Class set of role briefs: ${cover.title}</h1>
    <p class="lead">
      Seed <strong>${cover.seed}</strong>: the numbers in every brief are this seed’s, the world every table’s link
      opens.
    </p>
    ${teacherCodeBox(cover.teacherCode, cover.seed)}
    <p>Keep this cover sheet. Hand each table the brief of its seat (one per seat, in this order):</p>
    <ol>
      ${seats}
    </ol>
  </article>`;
  const briefsHtml = roleBriefsDocument(briefs);
  const bodyAt = briefsHtml.indexOf('<body>');
  if (bodyAt < 0) throw new Error('the role briefs document has no <body>');
  const at = bodyAt + '<body>'.length;
  return `${briefsHtml.slice(0, at)}${sheet.safeHtml}${briefsHtml.slice(at)}`;
}
