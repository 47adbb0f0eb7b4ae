// What the Summit screen shows, asked of the engine through the store: whose eyes we look through, what that party
// may do now (each action with the engine's reason when it may not), and the draft in front of it. The scene and
// its widgets only draw this; no rule is computed here.
import {
  humanAnswer,
  humanToAct,
  legalActions,
  pendingDrafts,
  redLinesCrossed,
  reservationValue,
  utilityOf,
  whyIllegal,
} from '../../store';
import type { Action, LegalOption, SessionState, Terms } from '../../store';

type Compiled = NonNullable<SessionState['compiled']>;
type Game = NonNullable<SessionState['game']>;

export interface SummitView {
  compiled: Compiled;
  game: Game;
  /** The human seat the screen speaks for: the one to act, else the first human seat. */
  viewer: string;
  /** Whether that seat must act now (otherwise every action is greyed with the engine's reason). */
  viewerToAct: boolean;
  options: LegalOption[];
  /** The draft waiting for the viewer's answer, if any. */
  pendingDraft: Game['drafts'][number] | null;
  /** The text the editor shows: the pending draft when answering, else the clauses being composed. */
  shownTerms: Terms;
  /** The player's own draft, the clauses being composed (what a tabled draft is compared with). */
  composedTerms: Terms;
  utility: number;
  reservation: number;
  redLines: ReturnType<typeof redLinesCrossed>;
}

export function summitView(state: SessionState): SummitView | null {
  const { compiled, game } = state;
  if (!compiled || !game) return null;
  const toAct = humanToAct(state);
  const viewer =
    toAct ?? Object.keys(game.seats).find((party) => game.seats[party] === 'human') ?? compiled.partyIds[0];
  if (viewer === undefined) return null;
  const pendingDraft = game.phase === 'answers' ? (pendingDrafts(compiled, game, viewer)[0] ?? null) : null;
  const shownTerms = pendingDraft ? pendingDraft.terms : state.draftTerms;
  return {
    compiled,
    game,
    viewer,
    viewerToAct: toAct === viewer,
    options: legalActions(compiled, game, viewer),
    pendingDraft,
    shownTerms,
    composedTerms: state.draftTerms,
    utility: utilityOf(compiled, game, viewer, shownTerms),
    reservation: reservationValue(compiled, game, viewer),
    redLines: redLinesCrossed(compiled, game, viewer, shownTerms),
  };
}

/** The legal-actions entry for one kind of action (and, for levers and meetings, one target). */
export function optionFor(view: SummitView, matches: (action: Action) => boolean): LegalOption | undefined {
  return view.options.find((option) => matches(option.action));
}

/** The viewer's answer, as a human seat words it: yes or no, never its private numbers (see humanAnswer). */
export function answerAction(view: SummitView, accept: boolean): Action | null {
  const draft = view.pendingDraft;
  if (!draft) return null;
  return humanAnswer(view.compiled, view.game, view.viewer, draft, accept);
}

export interface PledgeChoice {
  action: Extract<Action, { type: 'makePledge' }>;
  issueLabel: string;
  keptLabel: string;
  refusedLabels: string[];
  /** The engine's reason when this pledge may not be made now; null when it may. */
  reason: string | null;
}

/**
 * A public pledge on one issue: "we will accept nothing worse for us than the clause in our draft". The options it
 * refuses are those the viewer values below that clause, the rest of the text unchanged; the engine says whether
 * the pledge may be made (phase, actions left, a pledge already made, every option refused).
 */
export function pledgeChoice(view: SummitView, issueId: string): PledgeChoice | null {
  const issue = view.compiled.scenario.issues.find((candidate) => candidate.id === issueId);
  const kept = issue?.options.find((option) => option.id === view.shownTerms[issueId]);
  if (!issue || !kept) return null;
  const worth = (optionId: string) =>
    utilityOf(view.compiled, view.game, view.viewer, { ...view.shownTerms, [issueId]: optionId });
  const floor = worth(kept.id);
  const refused = issue.options.filter((option) => worth(option.id) < floor - 1e-9);
  const action = {
    type: 'makePledge' as const,
    party: view.viewer,
    issue: issue.id,
    refuses: refused.map((o) => o.id),
  };
  return {
    action,
    issueLabel: issue.label,
    keptLabel: kept.label,
    refusedLabels: refused.map((option) => option.label),
    reason:
      refused.length === 0
        ? `nothing on "${issue.label}" is worse for you than the clause in your draft: set a clause you would defend`
        : whyIllegal(view.compiled, view.game, action),
  };
}

/** Party names as the table knows them. */
export function shortName(view: SummitView, party: string | null): string {
  if (party === null) return '—';
  return view.compiled.party.get(party)?.shortName ?? party;
}
