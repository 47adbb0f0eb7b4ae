// The AI's single entry point: given a state and the party whose turn it is, the action it takes. Pure and
// deterministic: the same state gives the same action.
import type { CompiledScenario } from '../compile';
import { pendingDrafts } from '../flow';
import { reservationValue, talksProgress, utilityOf } from '../model';
import type { Action, GameState, PartyId } from '../types';
import { decideAnswer, wouldAccept } from './answer';
import { decideDiplomacy } from './diplomacy';
import { searchDraft } from './drafting';

export function decideAction(compiled: CompiledScenario, state: GameState, party: PartyId): Action {
  switch (state.phase) {
    case 'diplomacy':
      return decideDiplomacy(compiled, state, party);
    case 'drafting':
      return decideDrafting(compiled, state, party);
    case 'answers': {
      if (shouldWalkOut(compiled, state, party)) return { type: 'walkOut', party };
      const draft = pendingDrafts(compiled, state, party)[0];
      return draft ? decideAnswer(compiled, state, party, draft) : { type: 'endPhase', party };
    }
    case 'ended':
      return { type: 'endPhase', party };
  }
}

/** The pen always tables a text; a counter-drafter tables one only when this round's texts are not enough for it. */
function decideDrafting(compiled: CompiledScenario, state: GameState, party: PartyId): Action {
  const isPen = compiled.scenario.rules.pen === party;
  if (!isPen) {
    const onTable = state.drafts.filter((draft) => draft.round === state.round);
    if (onTable.some((draft) => wouldAccept(compiled, state, party, draft.terms, draft.by)))
      return { type: 'endPhase', party };
  }
  const { terms, score } = searchDraft(compiled, state, party, isPen ? 'nash' : 'self');
  if (!isPen && score < 0) return { type: 'endPhase', party };
  return { type: 'tableDraft', party, terms };
}

/**
 * Late in the talks, a party with a walk-out threshold leaves if no text in two rounds reached that threshold or even
 * what no deal is worth to it: the process offers it less than walking away.
 */
function shouldWalkOut(compiled: CompiledScenario, state: GameState, party: PartyId): boolean {
  const threshold = compiled.party.get(party)?.persona.walkOutBelow;
  if (threshold === undefined || talksProgress(compiled, state) < 0.75) return false;
  const floor = Math.min(threshold, reservationValue(compiled, state, party));
  const recent = state.drafts.filter((draft) => draft.round >= state.round - 1);
  if (recent.length === 0) return false;
  return recent.every((draft) => utilityOf(compiled, state, party, draft.terms) < floor);
}
