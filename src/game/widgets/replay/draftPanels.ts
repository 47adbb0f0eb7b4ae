// The text on the table at this step of a replay and the answers to it: the latest draft clause by clause, and every
// signatory's answer with its reason in its own words (✓ / ✗ and the verb carry accept or reject, never colour
// alone). Older drafts are counted; the scrubber reaches them.
import type Phaser from 'phaser';
import type { CompiledScenario, GameState } from '../../../store';
import { addText, textColours } from '../../theme';
import { clampLines, fitToWidth } from '../fitText';
import { addPanel } from '../summit/panel';
import type { PanelBox } from '../summit/panel';

const CLAUSE_ROW = 26;

export function renderDraftPanel(
  scene: Phaser.Scene,
  layer: Phaser.GameObjects.Container,
  box: PanelBox,
  compiled: CompiledScenario,
  game: GameState,
): void {
  addPanel(scene, layer, box, 'THE TEXT ON THE TABLE');
  const draft = game.drafts[game.drafts.length - 1];
  if (!draft) {
    layer.add(
      addText(scene, box.x + 16, box.y + 40, 'No draft has been tabled yet at this step.', 'label', {
        wrapWidth: box.width - 32,
      }),
    );
    return;
  }
  const count = game.drafts.length;
  const heading = fitToWidth(
    addText(
      scene,
      box.x + 16,
      box.y + 38,
      `Draft ${draft.id} by ${nameOf(compiled, draft.by)}, round ${draft.round}` +
        (count > 1 ? `  ·  ${count} drafts so far` : ''),
      'label',
      { colour: textColours.gold, style: 'bold' },
    ),
    box.width - 32,
  );
  layer.add(heading);
  const labelWidth = Math.round((box.width - 32) * 0.4);
  const bottom = box.y + box.height - 8;
  let y = box.y + 66;
  for (const issue of compiled.scenario.issues) {
    if (y + CLAUSE_ROW > bottom) break;
    const option = issue.options.find((candidate) => candidate.id === draft.terms[issue.id]);
    const label = fitToWidth(addText(scene, box.x + 16, y, issue.label, 'label'), labelWidth - 12);
    const value = fitToWidth(
      addText(scene, box.x + 16 + labelWidth, y - 1, option?.label ?? '—', 'bodyStrong', { size: 16 }),
      box.width - 32 - labelWidth,
    );
    layer.add([label, value]);
    y += CLAUSE_ROW;
  }
}

export function renderAnswerPanel(
  scene: Phaser.Scene,
  layer: Phaser.GameObjects.Container,
  box: PanelBox,
  compiled: CompiledScenario,
  game: GameState,
): void {
  addPanel(scene, layer, box, 'ANSWERS AND REASONS');
  const draft = game.drafts[game.drafts.length - 1];
  if (!draft) {
    layer.add(
      addText(scene, box.x + 16, box.y + 40, 'Answers to a draft, with their reasons, appear here.', 'label', {
        wrapWidth: box.width - 32,
      }),
    );
    return;
  }
  const parties = compiled.answerOrder.filter((party) => party !== draft.by);
  const bottom = box.y + box.height - 8;
  const linesEach = Math.max(1, Math.min(3, Math.floor((box.height - 46) / Math.max(1, parties.length) / 20)));
  let y = box.y + 38;
  for (const [index, party] of parties.entries()) {
    const answer = draft.answers[party];
    const relay = game.relayed.find((candidate) => candidate.draftId === draft.id && candidate.to === party);
    const line = answer
      ? `${answer.accept ? '✓' : '✗'} ${nameOf(compiled, party)} ${answer.reason.replace(/\s+/g, ' ')}`
      : relay
        ? `… ${nameOf(compiled, party)} hears it through the channel; its answer comes in round ${relay.dueRound}`
        : `… ${nameOf(compiled, party)} has not answered`;
    const text = clampLines(
      addText(scene, box.x + 16, y, line, 'label', {
        colour: answer ? (answer.accept ? textColours.cream : textColours.danger) : textColours.faint,
        wrapWidth: box.width - 32,
        lineSpacing: 2,
      }),
      linesEach,
    );
    if (y + text.height > bottom) {
      text.destroy();
      layer.add(
        addText(scene, box.x + box.width - 16, box.y + 12, `+ ${parties.length - index} more`, 'caption').setOrigin(
          1,
          0,
        ),
      );
      break;
    }
    layer.add(text);
    y += text.height + 4;
  }
}

function nameOf(compiled: CompiledScenario, party: string): string {
  return compiled.party.get(party)?.shortName ?? party;
}
