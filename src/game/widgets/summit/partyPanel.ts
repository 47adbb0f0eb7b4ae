// "What you know of them": a party's public side and what your seat has learnt of it, over the table. The parties
// are listed on the left (↑ ↓ or a click chooses one); the right shows its position, its trust in you, what
// matters to it as your meetings revealed it (bars with the range the blur leaves open, and how sure in words),
// the clauses it will not sign as far as you know, its public pledges and every answer it gave. Only what the seat
// may know: the data comes from partyKnowledge in the store. Esc or I closes.
import Phaser from 'phaser';
import { partyKnowledge } from '../../../store';
import type { PartyKnowledge, PriorityKnowledge } from '../../../store';
import { listStep, SummitOverlay } from './summitOverlay';
import type { SummitView } from '../../scenes/summitView';
import { MODAL_NAME } from '../../layers';
import { addText, colours, GAME_HEIGHT, GAME_WIDTH, textColours } from '../../theme';
import { clampLines, fitToWidth } from '../fitText';
import { drawPartyFlag } from '../partyFlag';
import { modalFrameObjects, PANEL_DEPTH } from './modalFrame';

const BOX = { x: 60, y: 40, width: GAME_WIDTH - 120, height: GAME_HEIGHT - 80 };
const LIST_WIDTH = 200;
const ROW_HEIGHT = 40;
/** The party list's room, between its heading and the key line: a longer table gets shorter rows. */
const LIST_ROOM = BOX.height - 110;
const DETAIL_X = BOX.x + LIST_WIDTH + 44;
const DETAIL_WIDTH = BOX.x + BOX.width - 28 - DETAIL_X;
const COLUMN_GAP = 28;
const LEFT_COLUMN = 470;

type Objects = Phaser.GameObjects.GameObject[];

export class PartyPanel extends SummitOverlay {
  private partyId = '';

  open(view: SummitView, partyId: string): void {
    this.view = view;
    this.partyId = partyId;
    this.draw();
  }

  handleKey(event: KeyboardEvent): void {
    const key = event.key;
    if (key === 'Escape' || key.toLowerCase() === 'i') this.close();
    else if (listStep(event) !== 0) this.step(listStep(event));
  }

  private step(by: number) {
    const parties = this.view?.compiled.partyIds ?? [];
    const index = parties.indexOf(this.partyId);
    this.partyId = parties[(index + by + parties.length) % parties.length] ?? this.partyId;
    this.draw();
  }

  protected draw(): void {
    this.container?.destroy(true);
    const view = this.view;
    const known = view && partyKnowledge(view.compiled, view.game, view.viewer, this.partyId);
    if (!view || !known) {
      this.container = null;
      return;
    }
    const objects: Objects = [...modalFrameObjects(this.scene, BOX)];
    objects.push(...this.partyList(view));
    objects.push(...this.heading(known));
    const columnsTop = this.position(known, objects);
    objects.push(...this.priorities(known.priorities, known, DETAIL_X, columnsTop));
    objects.push(...this.record(known, DETAIL_X + LEFT_COLUMN + COLUMN_GAP, columnsTop));
    objects.push(
      addText(
        this.scene,
        BOX.x + 28,
        BOX.y + BOX.height - 32,
        '↑ ↓ another party  ·  D read the drafts  ·  Esc or I close',
        'label',
        { colour: textColours.gold },
      ),
    );
    this.container = this.scene.add.container(0, 0, objects).setDepth(PANEL_DEPTH).setName(MODAL_NAME);
  }

  private partyList(view: SummitView): Objects {
    const scene = this.scene;
    const objects: Objects = [addText(scene, BOX.x + 28, BOX.y + 22, 'AT THE TABLE', 'eyebrow')];
    const parties = view.compiled.scenario.parties;
    const rowHeight = Math.max(28, Math.min(ROW_HEIGHT, Math.floor(LIST_ROOM / Math.max(1, parties.length))));
    parties.forEach((party, index) => {
      const y = BOX.y + 54 + index * rowHeight;
      const chosen = party.id === this.partyId;
      const row = scene.add.graphics();
      if (chosen) {
        row.fillStyle(colours.surfaceSelected, 1).fillRoundedRect(BOX.x + 20, y, LIST_WIDTH, rowHeight - 6, 8);
        row.lineStyle(2, colours.gold, 1).strokeRoundedRect(BOX.x + 20, y, LIST_WIDTH, rowHeight - 6, 8);
      }
      const middle = y + (rowHeight - 6) / 2;
      drawPartyFlag(row, party.flag, { x: BOX.x + 30, y: middle - 9, width: 27, height: 18 });
      const you = party.id === view.viewer ? ' (you)' : '';
      const name = fitToWidth(
        addText(scene, BOX.x + 66, middle, `${party.shortName}${you}`, 'bodyStrong', {
          size: 16,
          colour: chosen ? textColours.gold : textColours.cream,
        }).setOrigin(0, 0.5),
        LIST_WIDTH - 54,
      );
      const zone = scene.add
        .zone(BOX.x + 20, y, LIST_WIDTH, rowHeight - 6)
        .setOrigin(0, 0)
        .setInteractive({ useHandCursor: true });
      zone.on(Phaser.Input.Events.POINTER_UP, () => {
        this.partyId = party.id;
        this.draw();
      });
      objects.push(row, name, zone);
    });
    return objects;
  }

  private heading(known: PartyKnowledge): Objects {
    const scene = this.scene;
    const eyebrow = known.isYou ? 'YOUR OWN DELEGATION' : 'WHAT YOU KNOW OF';
    const objects: Objects = [addText(scene, DETAIL_X, BOX.y + 22, eyebrow, 'eyebrow')];
    const name = addText(scene, DETAIL_X, BOX.y + 44, known.name, 'cardTitle');
    const signs = known.mustSign ? 'must sign the deal' : 'its signature is not needed';
    const facts = [signs, known.presence].filter((fact): fact is string => fact !== null).join('  ·  ');
    const factsText = fitToWidth(
      addText(scene, name.x + name.width + 16, BOX.y + 52, facts, 'label', {
        colour: known.mustSign ? textColours.gold : textColours.muted,
      }),
      Math.max(0, DETAIL_X + DETAIL_WIDTH - name.x - name.width - 16),
    );
    objects.push(name, factsText);
    const leader = fitToWidth(addText(scene, DETAIL_X, BOX.y + 78, known.leader, 'label'), DETAIL_WIDTH);
    objects.push(leader);
    if (known.trust) {
      const { value, min, max, mood } = known.trust;
      const label = addText(scene, DETAIL_X, BOX.y + 102, `Its trust in you: ${Math.round(value)}  ${mood}`, 'label', {
        colour: textColours.cream,
      });
      objects.push(
        label,
        ...bar(scene, label.x + label.width + 14, BOX.y + 108, 180, (value - min) / (max - min || 1)),
      );
    } else if (known.floor !== null) {
      objects.push(
        addText(
          scene,
          DETAIL_X,
          BOX.y + 102,
          `Your floor now (what no deal is worth to you): ${known.floor.toFixed(2)}`,
          'label',
          { colour: textColours.cream },
        ),
      );
    }
    return objects;
  }

  /** The public position under the heading; returns where the two columns below it start. */
  private position(known: PartyKnowledge, objects: Objects): number {
    const scene = this.scene;
    const top = BOX.y + 134;
    objects.push(addText(scene, DETAIL_X, top, 'PUBLIC POSITION', 'eyebrow'));
    const text = clampLines(
      addText(scene, DETAIL_X, top + 24, known.publicPosition, 'label', {
        colour: textColours.cream,
        wrapWidth: DETAIL_WIDTH,
        lineSpacing: 2,
      }),
      3,
    );
    objects.push(text);
    return top + 24 + text.height + 18;
  }

  private priorities(priorities: PriorityKnowledge, known: PartyKnowledge, x: number, top: number): Objects {
    const scene = this.scene;
    const objects: Objects = [addText(scene, x, top, 'WHAT MATTERS TO THEM', 'eyebrow')];
    const source = sourceWords(priorities, known);
    const sourceText = addText(scene, x, top + 24, source, 'label', {
      colour: priorities.source === 'unknown' ? textColours.muted : textColours.cream,
      wrapWidth: LEFT_COLUMN,
    });
    objects.push(sourceText);
    let y = top + 24 + sourceText.height + 10;
    for (const line of priorities.lines) {
      const label = fitToWidth(addText(scene, x, y, line.label, 'label'), 230);
      const barX = x + 240;
      objects.push(label, ...bar(scene, barX, y + 6, 100, line.believed, { low: line.low, high: line.high }));
      objects.push(addText(scene, barX + 112, y, line.words, 'caption', { colour: textColours.muted }));
      y += 24;
    }
    return objects;
  }

  /** Its red lines as far as you know, its pledges, its answers, the need it last stated. */
  private record(known: PartyKnowledge, x: number, top: number): Objects {
    const scene = this.scene;
    const width = DETAIL_X + DETAIL_WIDTH - x;
    const bottom = BOX.y + BOX.height - 48;
    const objects: Objects = [];
    let y = top;
    const section = (title: string, lines: string[], empty: string, maxLines: number) => {
      if (y > bottom - 40) return;
      objects.push(addText(scene, x, y, title, 'eyebrow'));
      y += 24;
      const shown = lines.length > 0 ? lines : [empty];
      for (const line of shown.slice(-maxLines)) {
        if (y > bottom - 18) break;
        const text = clampLines(
          addText(scene, x, y, line, 'label', {
            colour: lines.length > 0 ? textColours.cream : textColours.muted,
            wrapWidth: width,
          }),
          2,
        );
        objects.push(text);
        y += text.height + 4;
      }
      y += 12;
    };
    const willNotSign = known.isYou ? 'YOUR RED LINES' : 'WILL NOT SIGN, AS FAR AS YOU KNOW';
    section(willNotSign, known.knownRedLines, 'Nothing it has said so far.', 3);
    section(
      'PUBLIC PLEDGES',
      known.pledges.map((pledge) => `Round ${pledge.round}: ${pledge.text}${pledge.broken ? ' (broken)' : ''}`),
      'None.',
      2,
    );
    const need =
      known.latestNeed && !known.isYou
        ? [
            `Last stated need: ${known.latestNeed.value.toFixed(2)} (round ${known.latestNeed.round}), what it asked for then; it falls toward its floor, which you do not know.`,
          ]
        : [];
    section(
      'ITS ANSWERS',
      [
        ...known.answers.map(
          (answer) => `${answer.accept ? '✓' : '✗'} ${answer.draftId}, round ${answer.round}: ${answer.reason}`,
        ),
        ...need,
      ],
      'No answer yet.',
      4,
    );
    return objects;
  }
}

function sourceWords(priorities: PriorityKnowledge, known: PartyKnowledge): string {
  if (priorities.source === 'your brief') return 'Your own priorities, from your brief.';
  if (priorities.source === 'unknown')
    return `Nothing learnt yet. Private talks with ${known.shortName} give a rough idea of what matters to them.`;
  return `Learnt in round ${priorities.round ?? '?'}: ${priorities.sureness} (each bar ±${priorities.noise.toFixed(2)}; the pale band is the range).`;
}

/** A small bar: the track, the pale band of what the blur leaves open, and the believed value. */
function bar(
  scene: Phaser.Scene,
  x: number,
  y: number,
  width: number,
  share: number,
  band?: { low: number; high: number },
): Objects {
  const clamp = (value: number) => Math.min(1, Math.max(0, value));
  const graphics = scene.add.graphics();
  graphics.fillStyle(colours.night, 1).fillRoundedRect(x, y, width, 8, 4);
  if (band) {
    graphics
      .fillStyle(colours.contour, 0.3)
      .fillRect(x + width * clamp(band.low), y, width * (clamp(band.high) - clamp(band.low)), 8);
  }
  const filled = width * clamp(share);
  graphics.fillStyle(colours.contour, 1);
  if (filled >= 8) graphics.fillRoundedRect(x, y, filled, 8, 4);
  else if (filled > 0) graphics.fillRect(x, y, filled, 8);
  graphics.lineStyle(1, colours.line, 1).strokeRoundedRect(x, y, width, 8, 4);
  return [graphics];
}
