// The heart of the game: every signatory's answer to this round's drafts, with its reason in its own words
// ("rejects: this gives us 0.41; we need 0.55 now"). ✓ / ✗ and the verb say accept or reject, so the answer never
// rests on colour; a party still to answer says so, and one away from the table says when its answer will come.
// Under them, once, what "we need" means. The draft waiting for your answer comes first, then the newest: when
// the round's drafts do not all fit, the draft viewer (D, or a click on a heading) reads every one in full.
import Phaser from 'phaser';
import { needExplainer, statesNeed } from '../../../store';
import { addText, textColours } from '../../theme';
import { clampLines, fitToWidth } from '../fitText';
import type { SummitView } from '../../scenes/summitView';
import { shortName } from '../../scenes/summitView';
import type { SummitMotion } from './motion';
import { addPanel } from './panel';
import type { PanelBox } from './panel';

const LINE_HEIGHT = 20;
/** The latest drafts shown; older ones are in the news feed. */
const MAX_DRAFTS = 3;

export function renderAnswers(
  scene: Phaser.Scene,
  layer: Phaser.GameObjects.Container,
  box: PanelBox,
  view: SummitView,
  /** With the answers just given, so they can arrive one by one. */
  arrival?: { motion: SummitMotion; fresh: ReadonlySet<string> },
  /** A click on a draft's heading: read that draft clause by clause. */
  openDraft?: (draftId: string) => void,
): void {
  const { compiled, game } = view;
  addPanel(scene, layer, box, 'ANSWERS');
  if (game.drafts.length > 0)
    layer.add(
      addText(scene, box.x + box.width - 16, box.y + 12, 'D  every draft in full', 'caption', {
        colour: textColours.muted,
      }).setOrigin(1, 0),
    );
  const latestRound = game.drafts[game.drafts.length - 1]?.round;
  const drafts = game.drafts
    .filter((draft) => draft.round === latestRound)
    .slice(-MAX_DRAFTS)
    .sort(
      (a, b) => firstIfPending(view, b) - firstIfPending(view, a) || game.drafts.indexOf(b) - game.drafts.indexOf(a),
    );
  if (drafts.length === 0) {
    layer.add(
      addText(
        scene,
        box.x + 16,
        box.y + 40,
        'No draft has been tabled yet. Every answer, with its reason, appears here.',
        'label',
        { wrapWidth: box.width - 32 },
      ),
    );
    return;
  }
  const answerLines = drafts.reduce(
    (count, draft) => count + compiled.answerOrder.filter((p) => p !== draft.by).length,
    0,
  );
  const explainer = drafts.some((draft) => Object.values(draft.answers).some((answer) => statesNeed(answer.reason)))
    ? addExplainer(scene, layer, box, needExplainer(game.deadline))
    : null;
  const explainerRoom = explainer ? explainer.height + 6 : 0;
  const available = box.height - 44 - explainerRoom - drafts.length * (LINE_HEIGHT + 6);
  const linesEach = Math.max(1, Math.min(3, Math.floor(available / Math.max(1, answerLines) / LINE_HEIGHT)));
  const bottom = box.y + box.height - LINE_HEIGHT - explainerRoom;
  let y = box.y + 38;
  for (const draft of drafts) {
    if (y > bottom) break;
    const heading = fitToWidth(
      addText(
        scene,
        box.x + 16,
        y,
        `Draft ${draft.id} by ${shortName(view, draft.by)}, round ${draft.round}`,
        'label',
        {
          colour: textColours.gold,
          style: 'bold',
        },
      ),
      box.width - 32,
    );
    layer.add(heading);
    if (openDraft) {
      const zone = scene.add
        .zone(heading.x, heading.y, heading.width, heading.height)
        .setOrigin(0, 0)
        .setInteractive({ useHandCursor: true });
      zone.on(Phaser.Input.Events.POINTER_UP, () => openDraft(draft.id));
      layer.add(zone);
    }
    y += heading.height + 4;
    for (const party of compiled.answerOrder) {
      if (party === draft.by || y > bottom) continue;
      const answer = draft.answers[party];
      const relay = game.relayed.find((candidate) => candidate.draftId === draft.id && candidate.to === party);
      const line = answer
        ? `${answer.accept ? '✓' : '✗'} ${shortName(view, party)} ${answer.reason.replace(/\s+/g, ' ')}`
        : relay
          ? `… ${shortName(view, party)} hears it through the channel; its answer comes in round ${relay.dueRound}`
          : party === view.viewer
            ? `… ${shortName(view, party)} (you): your answer is needed`
            : `… ${shortName(view, party)} has not answered yet`;
      const text = clampLines(
        addText(scene, box.x + 28, y, line, 'label', {
          colour: answer ? (answer.accept ? textColours.cream : textColours.danger) : textColours.faint,
          wrapWidth: box.width - 44,
          lineSpacing: 2,
        }),
        linesEach,
      );
      layer.add(text);
      if (answer && arrival?.fresh.has(`${draft.id}>${party}`)) arrival.motion.arrive([text]);
      y += text.height + 4;
    }
    y += 6;
  }
}

/** The "we need" explainer, at the foot of the panel, in the muted voice of a footnote. */
function addExplainer(
  scene: Phaser.Scene,
  layer: Phaser.GameObjects.Container,
  box: PanelBox,
  words: string,
): Phaser.GameObjects.Text {
  const text = clampLines(
    addText(scene, box.x + 16, 0, words, 'caption', { colour: textColours.muted, wrapWidth: box.width - 32 }),
    2,
  );
  text.setY(box.y + box.height - 8 - text.height);
  layer.add(text);
  return text;
}

/** 1 for the draft waiting for the viewer's answer, which the panel shows first. */
function firstIfPending(view: SummitView, draft: SummitView['game']['drafts'][number]): number {
  return view.pendingDraft?.id === draft.id ? 1 : 0;
}
