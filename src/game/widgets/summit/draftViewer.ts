// Every tabled draft and counter-draft, readable clause by clause over the table, beside your own draft: each
// clause the same (=) or different (≠), with what it is worth to you on its issue; what the whole text is worth to
// you against your draft and no deal; and who answered it, how. ← → (or ◀ ▶) another draft; Enter (or the button)
// takes its text as your draft, clause by clause; Esc or D closes. The data comes from compareDraft in the store.
import Phaser from 'phaser';
import { compareDraft, needExplainer, statesNeed } from '../../../store';
import type { ClauseComparison, DraftComparison } from '../../../store';
import { listStep, SummitOverlay } from './summitOverlay';
import type { SummitView } from '../../scenes/summitView';
import { shortName } from '../../scenes/summitView';
import { MODAL_NAME } from '../../layers';
import { addText, colours, GAME_HEIGHT, GAME_WIDTH, textColours } from '../../theme';
import { clampLines } from '../fitText';
import { modalFrameObjects, PANEL_DEPTH } from './modalFrame';

const BOX = { x: 60, y: 40, width: GAME_WIDTH - 120, height: GAME_HEIGHT - 80 };
const ISSUE_WIDTH = 230;
const CLAUSE_WIDTH = 360;
const MARK_WIDTH = 96;
/** Room for the clause rows: a row is two lines high when the scenario's issues leave room, so labels read whole. */
const ROWS_ROOM = 360;
const TWO_LINE_ROW = 44;

type Objects = Phaser.GameObjects.GameObject[];

export interface DraftViewerMoves {
  /** Sets the player's draft to these clauses (the session's setClause, issue by issue). */
  takeText: (terms: Record<string, string>) => void;
}

export class DraftViewer extends SummitOverlay {
  private draftId = '';
  /** Said after a text is taken, until another draft is shown. */
  private notice: string | null = null;

  constructor(
    scene: Phaser.Scene,
    private readonly moves: DraftViewerMoves,
  ) {
    super(scene);
  }

  /** Opens on this draft, or on the one waiting for your answer, or the latest; says so when there is none yet. */
  open(view: SummitView, draftId?: string): void {
    const latest = view.pendingDraft?.id ?? view.game.drafts[view.game.drafts.length - 1]?.id;
    this.view = view;
    this.draftId = draftId ?? latest ?? '';
    this.notice = null;
    this.draw();
  }

  handleKey(event: KeyboardEvent): void {
    const key = event.key;
    if (key === 'Escape' || key.toLowerCase() === 'd') this.close();
    else if (listStep(event) !== 0) this.step(listStep(event));
    else if (key === 'Enter' || key === ' ') this.take();
  }

  private step(by: number) {
    const drafts = this.view?.game.drafts ?? [];
    if (drafts.length === 0) return;
    const index = drafts.findIndex((draft) => draft.id === this.draftId);
    this.draftId = drafts[(index + by + drafts.length) % drafts.length]?.id ?? this.draftId;
    this.notice = null;
    this.draw();
  }

  private take() {
    const draft = this.view?.game.drafts.find((candidate) => candidate.id === this.draftId);
    if (!draft) return;
    this.moves.takeText(draft.terms);
    this.notice = `Your draft now reads as draft ${draft.id}.`;
    // The session's change redraws the table, which refreshes this panel with the new comparison.
    if (this.container) this.draw();
  }

  protected draw(): void {
    this.container?.destroy(true);
    const view = this.view;
    const comparison = view && compareDraft(view.compiled, view.game, view.viewer, this.draftId, view.composedTerms);
    if (!view) {
      this.container = null;
      return;
    }
    const objects: Objects = [...modalFrameObjects(this.scene, BOX)];
    if (!comparison) {
      objects.push(...this.nothingTabled());
      this.container = this.scene.add.container(0, 0, objects).setDepth(PANEL_DEPTH).setName(MODAL_NAME);
      return;
    }
    objects.push(...this.heading(view, comparison));
    let y = this.columnHeadings(objects, BOX.y + 90);
    const rowHeight = Math.min(TWO_LINE_ROW, Math.floor(ROWS_ROOM / Math.max(1, comparison.clauses.length)));
    for (const clause of comparison.clauses) {
      objects.push(...this.clauseRow(clause, y, rowHeight));
      y += rowHeight;
    }
    y = this.summary(comparison, objects, y + 8);
    this.answers(view, comparison, objects, y + 4);
    objects.push(...this.takeButton());
    objects.push(
      addText(
        this.scene,
        BOX.x + 28,
        BOX.y + BOX.height - 32,
        '← → another draft  ·  Enter take this text as your draft  ·  Esc or D close',
        'label',
        { colour: textColours.gold },
      ),
    );
    this.container = this.scene.add.container(0, 0, objects).setDepth(PANEL_DEPTH).setName(MODAL_NAME);
  }

  private heading(view: SummitView, comparison: DraftComparison): Objects {
    const scene = this.scene;
    const drafts = view.game.drafts;
    const index = drafts.findIndex((draft) => draft.id === comparison.draftId);
    const kind = index > 0 && drafts[index - 1]?.round === comparison.round ? 'COUNTER-DRAFT' : 'DRAFT';
    const objects: Objects = [
      addText(scene, BOX.x + 28, BOX.y + 22, `${kind}  ·  ${index + 1} OF ${drafts.length} TABLED`, 'eyebrow'),
    ];
    const title = addText(
      scene,
      BOX.x + 28,
      BOX.y + 44,
      `Draft ${comparison.draftId} by ${shortName(view, comparison.by)}, round ${comparison.round}`,
      'cardTitle',
    );
    objects.push(title);
    const arrows = this.arrows(title.x + title.width + 20, BOX.y + 48);
    objects.push(...arrows);
    const same = `The same as your draft on ${comparison.sameClauses} of ${comparison.clauses.length} clauses.`;
    objects.push(addText(scene, title.x + title.width + 120, BOX.y + 52, same, 'label', { colour: textColours.cream }));
    return objects;
  }

  private nothingTabled(): Objects {
    const scene = this.scene;
    return [
      addText(scene, BOX.x + 28, BOX.y + 22, 'DRAFTS', 'eyebrow'),
      addText(
        scene,
        BOX.x + 28,
        BOX.y + 52,
        'No draft has been tabled yet. Every draft and counter-draft of the game will be here, clause by clause, beside yours.',
        'body',
        { wrapWidth: BOX.width - 56 },
      ),
      addText(scene, BOX.x + 28, BOX.y + BOX.height - 32, 'Esc or D close', 'label', { colour: textColours.gold }),
    ];
  }

  /** ◀ ▶ beside the title: the previous and next draft, for the mouse. */
  private arrows(x: number, y: number): Objects {
    const scene = this.scene;
    const objects: Objects = [];
    (['◀', '▶'] as const).forEach((glyph, index) => {
      const text = addText(scene, x + index * 40, y, glyph, 'bodyStrong', { colour: textColours.gold });
      const zone = scene.add
        .zone(text.x - 8, text.y - 6, text.width + 16, text.height + 12)
        .setOrigin(0, 0)
        .setInteractive({ useHandCursor: true });
      zone.on(Phaser.Input.Events.POINTER_UP, () => this.step(index === 0 ? -1 : 1));
      objects.push(text, zone);
    });
    return objects;
  }

  private columnHeadings(objects: Objects, y: number): number {
    const scene = this.scene;
    const x = BOX.x + 28;
    objects.push(
      addText(scene, x, y, 'CLAUSE', 'eyebrow'),
      addText(scene, x + ISSUE_WIDTH, y, 'THIS DRAFT  ·  WORTH TO YOU', 'eyebrow'),
      addText(scene, x + ISSUE_WIDTH + CLAUSE_WIDTH + MARK_WIDTH, y, 'YOUR DRAFT  ·  WORTH TO YOU', 'eyebrow'),
    );
    return y + 28;
  }

  private clauseRow(clause: ClauseComparison, top: number, rowHeight: number): Objects {
    const scene = this.scene;
    const x = BOX.x + 28;
    const background = scene.add.graphics();
    const rowWidth = BOX.width - 56;
    background.fillStyle(clause.same ? colours.surface : colours.surfaceRaised, 1);
    background.fillRoundedRect(x - 8, top, rowWidth + 16, rowHeight - 4, 6);
    // Every text of the row hangs from the row's middle line.
    const y = top + (rowHeight - 4) / 2;
    const lines = rowHeight >= TWO_LINE_ROW ? 2 : 1;
    const issue = clampLines(
      addText(scene, x, y, clause.issueLabel, 'label', { wrapWidth: ISSUE_WIDTH - 14, ...sizeFor(lines) }),
      lines,
    ).setOrigin(0, 0.5);
    const theirs = this.clauseCell(
      clause.optionLabel,
      clause.valueToYou,
      { x: x + ISSUE_WIDTH, y, lines },
      clause.crossesYourRedLine,
    );
    const mark = addText(scene, x + ISSUE_WIDTH + CLAUSE_WIDTH, y, clause.same ? '=  same' : '≠  differs', 'label', {
      colour: clause.same ? textColours.muted : textColours.gold,
      style: 'bold',
    }).setOrigin(0, 0.5);
    const yours = this.clauseCell(
      clause.yoursLabel,
      clause.yoursValueToYou,
      { x: x + ISSUE_WIDTH + CLAUSE_WIDTH + MARK_WIDTH, y, lines },
      false,
    );
    return [background, issue, ...theirs, mark, ...yours];
  }

  private clauseCell(
    label: string,
    value: number,
    at: { x: number; y: number; lines: number },
    crossesRedLine: boolean,
  ): Objects {
    const scene = this.scene;
    const worth = addText(scene, at.x + CLAUSE_WIDTH - 24, at.y, value.toFixed(2), 'label', {
      colour: textColours.cream,
    }).setOrigin(1, 0.5);
    const prefix = crossesRedLine ? '✗ ' : '';
    const text = clampLines(
      addText(scene, at.x, at.y, `${prefix}${label}`, 'label', {
        colour: crossesRedLine ? textColours.danger : textColours.cream,
        style: 'bold',
        wrapWidth: CLAUSE_WIDTH - 84,
        ...sizeFor(at.lines),
      }),
      at.lines,
    ).setOrigin(0, 0.5);
    return [text, worth];
  }

  private summary(comparison: DraftComparison, objects: Objects, y: number): number {
    const words = `Worth to you: this draft ${comparison.worthToYou.toFixed(2)}  ·  your draft ${comparison.yoursWorth.toFixed(2)}  ·  no deal ${comparison.noDeal.toFixed(2)}`;
    const worth = addText(this.scene, BOX.x + 28, y, words, 'bodyStrong');
    const crosses = comparison.clauses.filter((clause) => clause.crossesYourRedLine).length;
    const redLine = crosses > 0 ? `✗ crosses ${crosses} of your red lines` : '✓ crosses none of your red lines';
    objects.push(
      worth,
      addText(this.scene, worth.x + worth.width + 24, y + 2, redLine, 'label', {
        colour: crosses > 0 ? textColours.danger : textColours.muted,
      }),
    );
    return y + 30;
  }

  private answers(view: SummitView, comparison: DraftComparison, objects: Objects, top: number) {
    const scene = this.scene;
    const width = BOX.width - 56 - 300;
    objects.push(addText(scene, BOX.x + 28, top, 'ANSWERS', 'eyebrow'));
    let y = top + 24;
    const bottom = BOX.y + BOX.height - 56;
    const lines =
      comparison.answers.length > 0
        ? comparison.answers.map(
            (answer) => `${answer.accept ? '✓' : '✗'} ${shortName(view, answer.party)} ${answer.reason}`,
          )
        : ['No answer yet.'];
    const explained = comparison.answers.some((answer) => statesNeed(answer.reason));
    const room = explained ? 22 : 0;
    for (const line of lines) {
      if (y > bottom - 18 - room) break;
      const text = clampLines(
        addText(scene, BOX.x + 28, y, line, 'label', { colour: textColours.cream, wrapWidth: width }),
        1,
      );
      objects.push(text);
      y += text.height + 3;
    }
    if (explained)
      objects.push(
        clampLines(
          addText(scene, BOX.x + 28, y + 6, needExplainer(view.game.deadline), 'caption', {
            colour: textColours.muted,
            wrapWidth: width,
          }),
          2,
        ),
      );
  }

  /** "Take this text as my draft", bottom right, with the notice once it is taken. */
  private takeButton(): Objects {
    const scene = this.scene;
    const width = 280;
    const height = 40;
    const x = BOX.x + BOX.width - 28 - width;
    const y = BOX.y + BOX.height - 100;
    const frame = scene.add.graphics();
    frame.fillStyle(colours.surfaceRaised, 1).fillRoundedRect(x, y, width, height, 8);
    frame.lineStyle(2, colours.gold, 1).strokeRoundedRect(x, y, width, height, 8);
    const label = addText(scene, x + width / 2, y + height / 2, 'Take this text as my draft', 'bodyStrong', {
      size: 16,
    }).setOrigin(0.5);
    const zone = scene.add.zone(x, y, width, height).setOrigin(0, 0).setInteractive({ useHandCursor: true });
    zone.on(Phaser.Input.Events.POINTER_UP, () => this.take());
    const objects: Objects = [frame, label, zone];
    if (this.notice)
      objects.push(
        addText(scene, x + width, y - 26, this.notice, 'label', { colour: textColours.gold }).setOrigin(1, 0),
      );
    return objects;
  }
}

/** Two lines of a clause fit a row at the smallest size the projector allows, set close; one keeps the label's. */
function sizeFor(lines: number): { size: number; lineSpacing: number } {
  return lines > 1 ? { size: 14, lineSpacing: -1 } : { size: 15, lineSpacing: 0 };
}
