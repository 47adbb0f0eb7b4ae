// One page every player reads, whatever their seat: how a round runs, what the answers mean, how the talks end and
// how to win, and the keys. Built from the scenario's rules (via a brief's `table`), so it fits any scenario.
import type { RoleBrief, TableRules } from '../store/roleBrief';
import { html } from './escapeHtml';
import type { SafeHtml } from './escapeHtml';
import { listOf, sheet } from './printShell';

const KEYS: readonly [string, string][] = [
  ['Tab, ↑ ↓', 'move between controls'],
  ['← →', 'change a clause or a target'],
  ['Enter', 'use the control'],
  ['Esc', 'step back'],
  ['T', 'table your draft'],
  ['A / R', 'accept / reject a draft'],
  ['E', 'end your phase (or pass)'],
  ['P', 'public pledge on a clause'],
  ['W', 'walk out (asks first)'],
  ['M', 'the text on the map'],
  ['H', 'show or hide the guide'],
];

function inWords(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function roundSteps(table: TableRules): SafeHtml[] {
  const counter = table.counterDrafts.length > 0 ? ` ${inWords(table.counterDrafts)} may table counter-drafts.` : '';
  return [
    html`<strong>News.</strong> An event changes the world a little.`,
    html`<strong>Diplomacy.</strong> Each delegation takes up to ${table.actionsPerRound} actions: a lever, a meeting, a
      public pledge. Levers cost political capital, which refills a little each round.`,
    html`<strong>The text.</strong> ${table.pen} holds the pen and tables a draft: one option for each issue.${counter}`,
    html`<strong>Answers.</strong> Every party that must sign accepts or rejects each draft, and says why.`,
    html`<strong>The world moves.</strong> Support at home, trust and escalation drift; the deadline comes closer.`,
  ];
}

export function generalInstructionsBody(brief: RoleBrief): SafeHtml {
  const { table } = brief;
  const away =
    table.awayFromTable.length > 0
      ? html` Not at the table: ${inWords(table.awayFromTable)}; their answers come a round later.`
      : null;
  const ratified = table.ratifies
    ? ' Then each signatory’s parliament must ratify it: its domestic support must reach the mark shown on its bar.'
    : '';
  const content = html`
    <div class="brief">
      <header>
        <p class="muted small">${brief.scenario.title} · For every player</p>
        <h1 id="instructions">How the talks work</h1>
      </header>
      <p>
        You lead one delegation. Your role brief is confidential: it says what you want, what you will not sign and what
        no deal means for you. The talks last ${table.rounds} rounds. A ceasefire needs the signatures of
        ${inWords(table.signatories)}.${away}
      </p>
      <h2>A round</h2>
      ${listOf(roundSteps(table), true)}
      <h2>What the answers mean</h2>
      ${listOf([
        'Accepts: the party would sign this text as it stands.',
        'Rejects, naming a clause: the text crosses one of its red lines. Change that clause, or wear the line down.',
        'Rejects, "this gives us 0.41; we need 0.55": the text is worth 0.41 to them on a scale from 0 (worst) to 1 (best); at this point of the talks they demand 0.55. Demands fall as the deadline nears, but never below what no deal is worth to them.',
        'Your own screen shows what each text is worth to you against no deal, and which of your red lines it crosses.',
      ])}
      <h2>How it ends, and how you win</h2>
      <p>
        The text is signed when every required party accepts the same draft.${ratified} A ratified ceasefire is then
        tested for ${table.epilogueMonths} months: monitors, forces and guarantees in the text make it likelier to hold.
        The talks collapse if ${table.collapse.label.toLowerCase()} reaches ${table.collapse.atLeast} or a party walks
        out; otherwise they end at the deadline with no deal.
      </p>
      <p>
        <strong>You win</strong> when a ceasefire is signed, ratified and holds, on terms worth more to you than no
        deal, without crossing your red lines. A deal worse for you than no deal is a loss, even if it is signed; no
        deal at all can be the right result. The debrief shows what each delegation gained.
      </p>
      <h2>Keys</h2>
      <table class="data">
        <tbody>
          ${pairs(KEYS).map(
            (row) =>
              html`<tr>
                ${row.map(
                  (cell) =>
                    html`<td><strong>${cell[0]}</strong></td>
                      <td>${cell[1]}</td>`,
                )}
              </tr>`,
          )}
        </tbody>
      </table>
      <p class="small muted">
        Everything can be done with the mouse too. Greyed-out controls say why on hover or focus.
      </p>
    </div>
  `;
  return sheet(html`<p class="confidential">FOR EVERY PLAYER</p>`, content, 'instructions');
}

function pairs<T>(items: readonly T[]): T[][] {
  const rows: T[][] = [];
  for (let index = 0; index < items.length; index += 2) rows.push(items.slice(index, index + 2));
  return rows;
}
