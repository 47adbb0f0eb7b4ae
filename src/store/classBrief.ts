// The student's role brief: the same seat as the teacher's numbers (roleBrief.ts), told in a class's words and
// short enough to read in five minutes — who you are, what you want and why, your red lines and how firm they are,
// your levers, what no deal means for you, and a few tips. Words follow the numbers of the game the brief is for:
// the scenario's own prose about red lines and priority order is left out, since a seed may move the numbers it
// describes (a line the prose calls "fairly firm" may be drawn soft).
import type { FirmnessWords, PriorityLine, RedLineLine, RoleBrief } from './roleBrief';

export interface ClassRedLine {
  issueLabel: string;
  /** What you will not accept and how firmly, in one sentence with no number in it. */
  sentence: string;
  /** What your delegation says about it in public or in private. */
  reason: string;
}

export interface ClassBrief {
  /** The scenario's confidential paragraphs on what this seat wants and why, without those the numbers tell. */
  wants: string[];
  /** What matters to you, most first, in words: "Security guarantees — top priority. Best for you: …". */
  priorities: string[];
  redLines: ClassRedLine[];
  noDeal: string[];
  /** The scenario's own advice on levers, then each lever you hold with what it costs. */
  leverAdvice: string[];
  levers: { label: string; cost: string; description: string }[];
  tips: string[];
}

/** Paragraphs of a private brief the generated sections replace (their numbers may differ from seed to seed). */
const TOLD_BY_NUMBERS = /^(confidential\b|red lines?\b|priorities\b)/i;
const LEVER_ADVICE = /^levers?\b/i;

export function buildClassBrief(brief: RoleBrief): ClassBrief {
  const kept = brief.privateBrief.filter((paragraph) => !TOLD_BY_NUMBERS.test(paragraph));
  return {
    wants: kept.filter((paragraph) => !LEVER_ADVICE.test(paragraph)),
    priorities: brief.priorities.filter((line) => line.weight > 0).map(priorityInWords),
    redLines: brief.redLines.map((line) => ({
      issueLabel: line.issueLabel,
      sentence: redLineInWords(line),
      reason: line.reason,
    })),
    noDeal: noDealInWords(brief),
    leverAdvice: kept.filter((paragraph) => LEVER_ADVICE.test(paragraph)),
    levers: brief.levers.map((lever) => ({ label: lever.label, cost: lever.cost, description: lever.description })),
    tips: tipsFor(brief),
  };
}

function priorityInWords(line: PriorityLine): string {
  const ranked = [...line.options].sort((a, b) => b.value - a.value);
  const best = ranked[0];
  const worst = ranked[ranked.length - 1];
  const ends =
    best && worst && best.value > worst.value ? ` Best for you: "${best.label}"; worst: "${worst.label}".` : '';
  return `${line.issueLabel}: ${line.words}.${ends}`;
}

/** What a firmness word means at the table; the word itself comes from the number (firmnessWords). */
const FIRMNESS_MEANING: Record<FirmnessWords, string> = {
  absolute: 'you will never sign a text that crosses it.',
  'very firm': 'you will not sign a text that crosses it; only heavy pressure over many rounds could wear it down.',
  firm: 'you will not sign a text that crosses it, though steady pressure can wear it down.',
  'fairly firm': 'you will not sign a text that crosses it for now, but pressure can wear it down quickly.',
  soft: 'not a veto: crossing it costs you, but a text that pays you well enough elsewhere may still be worth signing.',
};

export function redLineInWords(line: Pick<RedLineLine, 'issueLabel' | 'forbidden' | 'firmnessWords' | 'public'>) {
  const forbidden = line.forbidden.map((label) => `"${label}"`).join(' or ');
  const who = line.public ? 'Everyone at the table knows this red line.' : 'Only you know this red line.';
  const word = line.firmnessWords.charAt(0).toUpperCase() + line.firmnessWords.slice(1);
  const refusal = line.firmnessWords === 'soft' ? 'you would rather not accept' : 'you will not accept';
  return `${line.issueLabel}: ${refusal} ${forbidden}. ${word}: ${FIRMNESS_MEANING[line.firmnessWords]} ${who}`;
}

function noDealInWords(brief: RoleBrief): string[] {
  const lines = [`What no deal is worth to you: ${brief.reservation.words}.`];
  const drivers = brief.reservation.drivers.map((driver) =>
    driver.replace(/^Rises as/, 'more as').replace(/^Falls as/, 'less as'),
  );
  if (drivers.length > 0) lines.push(`Walking away is worth ${drivers.join('; ')}.`);
  if (brief.ratification) {
    const { meterLabel, atLeast, now } = brief.ratification;
    lines.push(
      `A signed text must then be ratified at home: your ${meterLabel.toLowerCase()} must be at least ${atLeast} ` +
        `(it is ${now} now). The table shows it as a gold mark on your support bar.`,
    );
  }
  return lines;
}

function tipsFor(brief: RoleBrief): string[] {
  const tips: string[] = [];
  if (brief.signatory)
    tips.push('Read every answer and its reason: it is the best information you will get about the others.');
  if (brief.holdsPen) tips.push('You table the first text every round: start where both sides can at least talk.');
  else tips.push('A counter-draft or a public pledge tells the table what you need without giving it away.');
  if (brief.redLines.some((line) => !line.public))
    tips.push('Your private red line is yours to reveal: say it when it helps you, not before.');
  if (brief.ratification) tips.push('A late deal is harder to ratify: watch your support against its gold mark.');
  tips.push('Meet the delegations you understand least: a meeting builds trust and shows what they care about.');
  return tips;
}
