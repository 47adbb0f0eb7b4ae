// The debrief as data: what each required signatory got against what no deal was worth to it, the reached deal
// against the Nash point, how durable the deal was, what became of every red line, and the game's turning points.
// Pure functions of the compiled scenario and the first and last game states; the Debrief scene only draws them.
// The store may use the engine and the analysis (architecture.md: game → store → engine, analysis → engine): the
// scene must not, so every number it shows is computed here.
import { distanceToFrontier, distanceToPoint, nashPoint, partySummary } from '../analysis';
import type { CompiledScenario, GameState, LogEntry, PartyId, Terms } from '../engine';
import { packageToTerms, termsToPackage, trueProblem } from '../engine';
import { enforcementOf } from '../engine/endings';
import { clausesOf, partyName } from './outcomeStory';
import type { ClauseLine } from './outcomeStory';

export interface PartyStanding {
  party: PartyId;
  name: string;
  shortName: string;
  /** Utility of the text measured (the signed deal, else the last draft); null when no text was ever tabled. */
  utility: number | null;
  reservation: number;
  /** Utility the Nash point would have given this party; null when no agreement was possible. */
  nashUtility: number | null;
}

export type TextKind = 'signed' | 'not-ratified' | 'last-draft' | 'none';

export interface DealComparison {
  /** Which text the debrief measures: the signed deal, a signed deal that failed at home, or the last draft. */
  kind: TextKind;
  clauses: ClauseLine[];
  nashClauses: ClauseLine[] | null;
  /** Issues where the text and the Nash point chose the same option. */
  sameAsNash: number;
  distanceToNash: number | null;
  distanceToFrontier: number | null;
  /** The Nash point is the best text found within the search's budget: too many possible texts to search them all. */
  nashApproximate: boolean;
}

export interface Durability {
  /** 0..0.9: how strongly the signed text deters and answers violations. */
  enforcement: number;
  months: number;
  monthsHeld: number;
  held: boolean;
  violations: number;
  answered: number;
}

export type RedLineStatus = 'held' | 'crossed' | 'worn-down';

export interface RedLineFate {
  party: PartyId;
  partyName: string;
  issueLabel: string;
  /** The options the line forbade, in words. */
  forbidden: string[];
  status: RedLineStatus;
  firmnessAtStart: number;
  firmnessAtEnd: number;
  /** Whether it still vetoed a text at the end (firm enough to bind). */
  bindingAtEnd: boolean;
}

export interface TurningPoint {
  round: number;
  kind: 'news' | 'progress' | 'walk-out' | 'pledge-broken' | 'deadline' | 'signed' | 'ratification' | 'epilogue';
  text: string;
}

export interface Debrief {
  outcomeKind: NonNullable<GameState['outcome']>['kind'];
  rounds: number;
  standings: PartyStanding[];
  deal: DealComparison;
  durability: Durability | null;
  redLines: RedLineFate[];
  turningPoints: TurningPoint[];
}

/** Small differences in firmness are noise from rounding; only a real softening counts as worn down. */
const WORN_DOWN_BY = 0.02;
/** The debrief shows a handful of turning points; more reads as a log, not a story. */
export const MAX_TURNING_POINTS = 8;

/** The text a debrief measures: the signed deal when there was one, else the last draft tabled. */
export function measuredText(state: GameState): { kind: TextKind; terms: Terms | null } {
  const outcome = state.outcome;
  if (outcome?.kind === 'ceasefire') return { kind: 'signed', terms: outcome.terms };
  if (outcome?.kind === 'ratification-failed') return { kind: 'not-ratified', terms: outcome.terms };
  const last = state.drafts[state.drafts.length - 1];
  return last ? { kind: 'last-draft', terms: last.terms } : { kind: 'none', terms: null };
}

export function buildDebrief(compiled: CompiledScenario, initial: GameState, final: GameState): Debrief {
  const problem = trueProblem(compiled, final);
  const measured = measuredText(final);
  const pkg = measured.terms ? termsToPackage(problem, measured.terms) : null;
  const nash = nashPoint(problem);
  const summary = partySummary(problem, pkg);

  const standings = summary.map((row, p) => {
    const party = compiled.party.get(row.party);
    return {
      party: row.party,
      name: party?.name ?? row.party,
      shortName: party?.shortName ?? row.party,
      utility: row.utility,
      reservation: row.reservation,
      nashUtility: nash?.utilities[p] ?? null,
    };
  });
  const nashTerms = nash ? packageToTerms(problem, nash.package) : null;
  const clauses = measured.terms ? clausesOf(compiled, measured.terms) : [];
  const nashClauses = nashTerms ? clausesOf(compiled, nashTerms) : null;

  return {
    outcomeKind: final.outcome?.kind ?? 'deadline',
    rounds: final.round,
    standings,
    deal: {
      kind: measured.kind,
      clauses,
      nashClauses,
      sameAsNash: nashClauses ? clauses.filter((clause, i) => nashClauses[i]?.optionId === clause.optionId).length : 0,
      distanceToNash: pkg && nash ? distanceToPoint(problem, pkg, nash.package) : null,
      distanceToFrontier: pkg ? distanceToFrontier(problem, pkg) : null,
      nashApproximate: nash?.approximate === true,
    },
    durability: durabilityOf(compiled, final),
    redLines: redLineFates(compiled, initial, final),
    turningPoints: turningPoints(compiled, final.log.flat()),
  };
}

export function durabilityOf(compiled: CompiledScenario, state: GameState): Durability | null {
  const outcome = state.outcome;
  if (outcome?.kind !== 'ceasefire') return null;
  const violations = outcome.epilogue.filter((month) => month.violation);
  return {
    enforcement: enforcementOf(compiled, outcome.terms),
    months: compiled.scenario.rules.epilogue.months,
    monthsHeld: outcome.monthsHeld,
    held: outcome.held,
    violations: violations.length,
    answered: violations.filter((month) => month.answered).length,
  };
}

/**
 * Every red line of every party: crossed when the signed text contains an option it forbade (possible only once
 * it had softened below binding), worn down when pressure lowered its firmness, held otherwise.
 */
export function redLineFates(compiled: CompiledScenario, initial: GameState, final: GameState): RedLineFate[] {
  const outcome = final.outcome;
  const signed = outcome?.kind === 'ceasefire' || outcome?.kind === 'ratification-failed' ? outcome.terms : null;
  const bindingAt = compiled.scenario.rules.redLineBindingAt;
  return compiled.scenario.parties.flatMap((party) =>
    party.redLines.map((line, index) => {
      const issue = compiled.scenario.issues.find((candidate) => candidate.id === line.issue);
      const firmnessAtStart = initial.firmness[party.id]?.[index] ?? line.firmness;
      const firmnessAtEnd = final.firmness[party.id]?.[index] ?? firmnessAtStart;
      const crossed = signed !== null && line.forbidden.includes(signed[line.issue] ?? '');
      const status: RedLineStatus = crossed
        ? 'crossed'
        : firmnessAtEnd < firmnessAtStart - WORN_DOWN_BY
          ? 'worn-down'
          : 'held';
      return {
        party: party.id,
        partyName: party.name,
        issueLabel: issue?.label ?? line.issue,
        forbidden: line.forbidden.map(
          (optionId) => issue?.options.find((option) => option.id === optionId)?.label ?? optionId,
        ),
        status,
        firmnessAtStart,
        firmnessAtEnd,
        bindingAtEnd: firmnessAtEnd >= bindingAt,
      };
    }),
  );
}

/**
 * The moments that changed the game, from the log: news, a draft that won more signatures than any before it,
 * broken pledges, walk-outs, a longer deadline, the signing, ratification and the epilogue. Capped at
 * MAX_TURNING_POINTS; the ending's own moments are always kept.
 */
export function turningPoints(compiled: CompiledScenario, log: readonly LogEntry[]): TurningPoint[] {
  const points: TurningPoint[] = [];
  const acceptances = new Map<string, { by: PartyId; count: number }>();
  const progressByDraft = new Map<string, TurningPoint>();
  let bestSoFar = 0;
  const needed = compiled.signatories.length;

  for (const entry of log) {
    switch (entry.type) {
      case 'news':
        points.push({ round: entry.round, kind: 'news', text: entry.title });
        break;
      case 'draft-tabled':
        // The drafter's own acceptance is implied, and counts only if its signature is needed.
        acceptances.set(entry.draftId, { by: entry.party, count: compiled.isSignatory.has(entry.party) ? 1 : 0 });
        break;
      case 'answer': {
        const draft = acceptances.get(entry.draftId);
        if (!draft || !entry.accept || !compiled.isSignatory.has(entry.party)) break;
        draft.count += 1;
        if (draft.count > bestSoFar && draft.count > 1) {
          bestSoFar = draft.count;
          const text = `A draft by ${partyName(compiled, draft.by)} wins ${draft.count} of ${needed} signatures`;
          // One progress point per draft: a later answer to the same draft updates it rather than adding one.
          const existing = progressByDraft.get(entry.draftId);
          if (existing) existing.text = text;
          else {
            const point: TurningPoint = { round: entry.round, kind: 'progress', text };
            progressByDraft.set(entry.draftId, point);
            points.push(point);
          }
        }
        break;
      }
      case 'walk-out':
        points.push({ round: entry.round, kind: 'walk-out', text: `${partyName(compiled, entry.party)} walks out` });
        break;
      case 'pledge-broken':
        points.push({
          round: entry.round,
          kind: 'pledge-broken',
          text: `${partyName(compiled, entry.party)} breaks a public pledge`,
        });
        break;
      case 'deadline-extended':
        points.push({ round: entry.round, kind: 'deadline', text: `Deadline extended to round ${entry.deadline}` });
        break;
      case 'signed':
        points.push({ round: entry.round, kind: 'signed', text: 'Every required signatory signs the text' });
        break;
      case 'ratification': {
        const failed = entry.results
          .filter((result) => !result.passed)
          .map((result) => partyName(compiled, result.party));
        points.push({
          round: entry.round,
          kind: 'ratification',
          text: failed.length === 0 ? 'Ratified at home by every signatory' : `Not ratified in: ${failed.join(', ')}`,
        });
        break;
      }
      case 'epilogue':
        points.push({
          round: entry.round,
          kind: 'epilogue',
          text: entry.held
            ? `The ceasefire holds for ${entry.months.length} months`
            : `The ceasefire breaks down in month ${entry.months.length}`,
        });
        break;
      default:
        break;
    }
  }
  return capTurningPoints(points);
}

/** Keeps the ending's moments and the most decisive others, in log order. */
function capTurningPoints(points: TurningPoint[]): TurningPoint[] {
  if (points.length <= MAX_TURNING_POINTS) return points;
  const priority = (point: TurningPoint) => (point.kind === 'news' ? 2 : point.kind === 'progress' ? 1 : 0);
  const ranked = points
    .map((point, index) => ({ point, index }))
    .sort((a, b) => priority(a.point) - priority(b.point) || b.index - a.index);
  const kept = new Set(ranked.slice(0, MAX_TURNING_POINTS).map((entry) => entry.index));
  return points.filter((_, index) => kept.has(index));
}
