// The round's main moves as buttons: table the draft, accept or reject the draft waiting for you, end your part of
// the phase, walk out. Each is enabled exactly when the engine's legalActions allows it; a greyed one carries the
// engine's reason on hover and on focus.
import type Phaser from 'phaser';
import type { Action } from '../../../store';
import type { SummitView } from '../../scenes/summitView';
import { answerAction, optionFor } from '../../scenes/summitView';
import type { PledgeChoice } from '../../scenes/summitView';
import { addActionButton } from './actionButton';
import type { ButtonTone } from './actionButton';
import type { Focusable, FocusRing } from './focusRing';

export interface SummitMoves {
  dispatch: (action: Action) => void;
  confirmWalkOut: () => void;
  /** The pledge the player would make now (on the clause last visited), or null when the text has no such clause. */
  pledge: PledgeChoice | null;
  confirmPledge: (pledge: PledgeChoice) => void;
}

interface MoveButton {
  id: string;
  label: string;
  shortcut: string;
  tone: ButtonTone;
  option: { allowed: boolean; reason: string | null } | undefined;
  hint: string;
  run: () => void;
}

export function moveButtons(view: SummitView, moves: SummitMoves): MoveButton[] {
  const table = optionFor(view, (action) => action.type === 'tableDraft');
  const accept = optionFor(view, (action) => action.type === 'answerDraft' && action.accept);
  const reject = optionFor(view, (action) => action.type === 'answerDraft' && !action.accept);
  const end = optionFor(view, (action) => action.type === 'endPhase');
  const walk = optionFor(view, (action) => action.type === 'walkOut');
  const noDraft = { allowed: false, reason: 'no draft is waiting for your answer' };
  // Accept and Reject take Table's place while a draft waits for you: one row of buttons fits the desk.
  const answering = view.pendingDraft !== null;
  const buttons: MoveButton[] = [
    {
      id: 'table',
      label: 'Table draft',
      shortcut: 'T',
      tone: 'primary',
      option: table,
      hint: 'Put your text on the table; the signatories answer it.',
      run: () => moves.dispatch({ type: 'tableDraft', party: view.viewer, terms: view.shownTerms }),
    },
    {
      id: 'accept',
      label: 'Accept',
      shortcut: 'A',
      tone: 'primary',
      option: accept ?? noDraft,
      hint: 'Sign this draft if everyone else does.',
      run: () => {
        const action = answerAction(view, true);
        if (action) moves.dispatch(action);
      },
    },
    {
      id: 'reject',
      label: 'Reject',
      shortcut: 'R',
      tone: 'normal',
      option: reject ?? noDraft,
      hint: 'Refuse this draft; your reason is the numbers above.',
      run: () => {
        const action = answerAction(view, false);
        if (action) moves.dispatch(action);
      },
    },
    {
      id: 'end',
      label: view.game.phase === 'drafting' ? 'Pass' : 'End phase',
      shortcut: 'E',
      tone: 'normal',
      option: end,
      hint: view.game.phase === 'drafting' ? 'Table nothing this round.' : 'You are done for this phase.',
      run: () => moves.dispatch({ type: 'endPhase', party: view.viewer }),
    },
    {
      id: 'pledge',
      label: 'Pledge',
      shortcut: 'P',
      tone: 'normal',
      option: moves.pledge
        ? { allowed: moves.pledge.reason === null, reason: moves.pledge.reason }
        : { allowed: false, reason: 'choose a clause of your draft first' },
      hint: moves.pledge
        ? `Pledge in public: nothing worse than "${moves.pledge.keptLabel}" on ${moves.pledge.issueLabel}.`
        : 'Pledge in public on a clause of your draft.',
      run: () => {
        if (moves.pledge) moves.confirmPledge(moves.pledge);
      },
    },
    {
      id: 'walk-out',
      label: 'Walk out',
      shortcut: 'W',
      tone: 'danger',
      option: walk ?? { allowed: false, reason: 'only a party whose signature is needed can walk out' },
      hint: 'Leave the talks for good: they collapse.',
      run: moves.confirmWalkOut,
    },
  ];
  // Pledges belong to diplomacy, tabling to drafting: each takes the other's place so one row fits the desk.
  const hidden = answering
    ? ['table', 'pledge']
    : view.game.phase === 'diplomacy'
      ? ['accept', 'reject', 'table']
      : ['accept', 'reject', 'pledge'];
  return buttons.filter((button) => !hidden.includes(button.id));
}

export function renderActionBar(
  scene: Phaser.Scene,
  layer: Phaser.GameObjects.Container,
  ring: FocusRing,
  origin: { x: number; y: number },
  buttons: MoveButton[],
): Focusable[] {
  let x = origin.x;
  return buttons.map((button) => {
    const enabled = button.option?.allowed ?? false;
    const drawn = addActionButton(scene, x, origin.y, {
      label: button.label,
      shortcut: button.shortcut,
      enabled,
      tone: button.tone,
    });
    layer.add(drawn.container);
    ring.bindPointer(drawn.zone, button.id);
    x += drawn.bounds.width + 8;
    return {
      id: button.id,
      bounds: drawn.bounds,
      enabled,
      hint: enabled ? button.hint : `Not now: ${button.option?.reason ?? 'not available'}`,
      activate: button.run,
    };
  });
}
