// Role briefs as complete, print-friendly HTML documents. What students get: one page of general instructions for
// everyone, then one role brief per seat (at most two A4 pages each, in words), each on its own sheet headed
// "CONFIDENTIAL — party". What the teacher may add: an appendix with every private number of each seat, printed
// after all the students' pages and marked "for the teacher" — only when asked. Pure: brief data in, HTML out
// (src/ui/printableDocument.ts opens it for printing).
import type { RoleBrief } from '../store/roleBrief';
import { joinHtml } from './escapeHtml';
import type { SafeHtml } from './escapeHtml';
import { generalInstructionsBody } from './generalInstructionsPage';
import { printableHtmlDocument } from './printShell';
import { studentBriefBody } from './studentBriefPage';
import { teacherAppendixBody } from './teacherAppendixPage';

export { listOf, paragraphs, PRINT_CSS, printableHtmlDocument, sheet } from './printShell';

export interface BriefPrintOptions {
  /** Add the teacher's appendix (every private number) after the students' pages. Off unless asked. */
  teacherAppendix?: boolean;
  /** Start with the page of general instructions for every player. On unless turned off. */
  instructions?: boolean;
}

function briefSheets(briefs: readonly RoleBrief[], options: BriefPrintOptions): SafeHtml {
  const first = briefs[0];
  if (!first) throw new Error('there are no briefs to print');
  return joinHtml([
    ...(options.instructions === false ? [] : [generalInstructionsBody(first)]),
    ...briefs.map((brief, index) => studentBriefBody(brief, index)),
    ...(options.teacherAppendix ? briefs.map((brief, index) => teacherAppendixBody(brief, index)) : []),
  ]);
}

/** One seat's brief, after the page of general instructions: what a student at that seat is handed. */
export function roleBriefDocument(brief: RoleBrief, options: BriefPrintOptions = {}): string {
  return printableHtmlDocument(
    `Confidential role brief: ${brief.party.name} — ${brief.scenario.title}`,
    brief.scenario.language,
    briefSheets([brief], options),
  );
}

/** The class set: the general instructions, then every seat's brief, one per sheet (a page break between them). */
export function roleBriefsDocument(briefs: readonly RoleBrief[], options: BriefPrintOptions = {}): string {
  const first = briefs[0];
  if (!first) throw new Error('there are no briefs to print');
  return printableHtmlDocument(
    `Confidential role briefs — ${first.scenario.title}`,
    first.scenario.language,
    briefSheets(briefs, options),
  );
}

/** Only the teacher's appendix of these seats: all the private numbers, to print apart from the students' set. */
export function teacherAppendixDocument(briefs: readonly RoleBrief[]): string {
  const first = briefs[0];
  if (!first) throw new Error('there are no briefs to print');
  return printableHtmlDocument(
    `For the teacher: the private numbers — ${first.scenario.title}`,
    first.scenario.language,
    joinHtml(briefs.map((brief, index) => teacherAppendixBody(brief, index))),
  );
}
