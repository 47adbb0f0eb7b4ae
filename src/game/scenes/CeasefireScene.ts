// The Ceasefire ending: the agreed terms as clauses and on the map, the signing, ratification at home for each
// signatory, then the months after signing one by one, ending on whether it held. A text that was signed but not
// ratified is told here too, honestly: the story stops at the vote that failed. Space skips to the end, ↑ ↓ (or
// hovering a clause) lights that clause on the map, N opens the map's note, Enter goes on to the debrief. A scenario
// without a map spreads the same story over the screen instead: terms and signatures side by side, the months below.
import Phaser from 'phaser';
import {
  clausesOf,
  guarantorsOf,
  partyName,
  ratificationLines,
  ratificationSentence,
  scenarioCatalogue,
  session,
} from '../../store';
import type { ClauseLine, EpilogueMonth, Outcome, Party } from '../../store';
import { markActiveScene } from '../markActiveScene';
import { publishTestHook } from '../testHook';
import { sceneKeys } from '../sceneKeys';
import { addText, GAME_HEIGHT, GAME_WIDTH, textColours } from '../theme';
import { addActionButton } from '../widgets/debrief/actionButton';
import { ClauseList } from '../widgets/debrief/clauseList';
import { addEndingHeader, HEADER_LEFT } from '../widgets/debrief/endingHeader';
import type { EndingHeader } from '../widgets/debrief/endingHeader';
import { EpilogueTimeline } from '../widgets/debrief/epilogueTimeline';
import { addGuarantorStrip } from '../widgets/debrief/guarantorStrip';
import { showNoFinishedGame } from '../widgets/debrief/noFinishedGame';
import { SignatureBlock } from '../widgets/debrief/signatureBlock';
import { addKeyHints } from '../widgets/keyHints';
import { addScenarioMap } from '../widgets/map/SchematicMap';
import type { SchematicMap } from '../widgets/map/SchematicMap';
import { addSummitBackdrop } from '../widgets/summitBackdrop';
import { StaticBake } from '../render/staticBake';

type SignedOutcome = Extract<Outcome, { kind: 'ceasefire' | 'ratification-failed' }>;

const MAP_BOX = { x: 640, y: 112, width: 584, height: 404 };
/** The map gives up this much height to the row of flags under it when somebody backs the text. */
const BACKERS_ROW = 28;
const LEFT_WIDTH = 540;
const RIGHT_X = MAP_BOX.x;
const RIGHT_WIDTH = MAP_BOX.width;

/** Where each part of the story goes: around the map, or — for a scenario without one — spread over the screen. */
interface CeasefireLayout {
  clauseSpace: number;
  signatures: { x: number; y: number; width: number };
  /** Flags of the text's backers, and the words on a failed ratification. */
  backersY: number;
  failure: { x: number; y: number; width: number };
  /** Every vote at home in a sentence; null where the signature block's numbers are left to speak alone. */
  votes: { x: number; y: number; width: number } | null;
  epilogue: { x: number; y: number; width: number };
}

const WITH_MAP: CeasefireLayout = {
  clauseSpace: 336,
  signatures: { x: HEADER_LEFT, y: 494, width: LEFT_WIDTH },
  backersY: MAP_BOX.y + MAP_BOX.height - BACKERS_ROW + 8,
  failure: { x: RIGHT_X, y: 548, width: RIGHT_WIDTH },
  votes: null,
  epilogue: { x: RIGHT_X, y: 590, width: RIGHT_WIDTH },
};

/** No map: terms on the left, signing and ratification on the right, the months across the whole width. */
const WITHOUT_MAP: CeasefireLayout = {
  clauseSpace: 330,
  signatures: { x: RIGHT_X, y: 122, width: RIGHT_WIDTH },
  backersY: 300,
  failure: { x: HEADER_LEFT, y: 440, width: GAME_WIDTH - 2 * HEADER_LEFT },
  votes: { x: HEADER_LEFT, y: 330, width: GAME_WIDTH - 2 * HEADER_LEFT },
  epilogue: { x: HEADER_LEFT, y: 520, width: GAME_WIDTH - 2 * HEADER_LEFT },
};
const CLAUSE_STEP_MS = 160;
/** The whole epilogue plays in about this long, however many months the scenario has. */
const EPILOGUE_MS = 5200;

export class CeasefireScene extends Phaser.Scene {
  private steps: Phaser.Time.TimerEvent[] = [];
  private finished = false;
  /** Who backs the text, shown once its clauses are on the table. */
  private backersStrip: Phaser.GameObjects.Container | null = null;
  private layout: CeasefireLayout = WITH_MAP;

  constructor() {
    super(sceneKeys.ceasefire);
  }

  create(): void {
    markActiveScene(this);
    // Texts are read by the hook when a test asks, so publishing first sees everything drawn after.
    publishTestHook(this, scenarioCatalogue, true);
    addSummitBackdrop(this);
    this.steps = [];
    this.finished = false;
    this.backersStrip = null;
    this.bindLeaving();
    const { compiled, game } = session.getState();
    const outcome = game?.outcome;
    if (!compiled || !game || (outcome?.kind !== 'ceasefire' && outcome?.kind !== 'ratification-failed')) {
      showNoFinishedGame(this);
      return;
    }
    const clauses = clausesOf(compiled, outcome.terms);
    const signatories = compiled.signatories
      .map((id) => compiled.party.get(id))
      .filter((party): party is Party => party !== undefined);

    const header = addEndingHeader(this, `CEASEFIRE TEXT SIGNED  ·  ROUND ${outcome.round}`, 'The agreed text');
    const backers = guarantorsOf(clauses)
      .map((id) => compiled.party.get(id))
      .filter((party): party is Party => party !== undefined);
    const mapBox = { ...MAP_BOX, height: MAP_BOX.height - (backers.length > 0 ? BACKERS_ROW : 0) };
    const scenarioMap = compiled.scenario.map;
    this.layout = scenarioMap ? WITH_MAP : WITHOUT_MAP;
    const { signatures: signing, epilogue } = this.layout;
    const map = scenarioMap ? addScenarioMap(this, mapBox, scenarioMap) : null;
    const clauseLayers = clauses.map((clause) =>
      (map?.addLayer(clause.mapFeatures) ?? this.add.container(0, 0)).setAlpha(0),
    );
    const termsHeading = addText(this, HEADER_LEFT, 122, 'THE SIGNED TERMS', 'eyebrow');
    const backedBy = clauses.map((clause) => clause.guarantors.map((id) => partyName(compiled, id)));
    const list = this.addClauses(clauses, clauseLayers, map, backedBy);
    this.backersStrip = addGuarantorStrip(this, RIGHT_X, this.layout.backersY, RIGHT_WIDTH, backers);
    this.backersStrip?.setAlpha(0);
    const signatoriesHeading = addText(this, signing.x, signing.y, 'SIGNATORIES AND RATIFICATION AT HOME', 'eyebrow');
    const block = new SignatureBlock(this, signing.x, signing.y + 26, signing.width, signatories);
    const timeline =
      outcome.kind === 'ceasefire'
        ? new EpilogueTimeline(this, epilogue.x, epilogue.y, epilogue.width, compiled.scenario.rules.epilogue.months)
        : null;
    const hints = this.addHints(clauses.length > 0, map !== null);
    // What never changes (headings, the map's land and occupied areas, the months' empty cells, the key hints) is
    // drawn once under the canvas; the story that plays over it stays live.
    new StaticBake(this).bake([
      ...header.stillParts,
      ...(map?.stillParts ?? []),
      termsHeading,
      signatoriesHeading,
      ...(timeline?.stillParts ?? []),
      hints,
    ]);

    this.input.keyboard?.on('keydown-N', () => map?.toggleNote());
    this.input.keyboard?.on('keydown-SPACE', () => this.finish(outcome, list, clauseLayers, block, timeline, header));
    this.playStory(outcome, list, clauseLayers, block, timeline, header);
  }

  private addClauses(
    clauses: readonly ClauseLine[],
    layers: Phaser.GameObjects.Container[],
    map: SchematicMap | null,
    backedBy: readonly (readonly string[])[],
  ): ClauseList {
    const rowHeight = Math.min(48, Math.floor(this.layout.clauseSpace / Math.max(1, clauses.length)));
    let selected: number | null = null;
    const select = (index: number | null) => {
      selected = index;
      list.select(index);
      // The chosen clause's features stand out; the others step back but stay visible.
      layers.forEach((layer, i) => layer.setAlpha(index === null || i === index ? 1 : 0.25));
      map?.setCaption(
        index === null ? null : (clauses[index]?.mapFeatures ?? []),
        index === null ? [] : backedBy[index],
      );
    };
    const list = new ClauseList(this, { x: HEADER_LEFT + 8, y: 148, width: LEFT_WIDTH, rowHeight }, clauses, select);
    list.rows.forEach((row) => row.setAlpha(0));
    const move = (step: number) => {
      if (!this.finished || clauses.length === 0) return;
      const next =
        selected === null ? (step > 0 ? 0 : clauses.length - 1) : (selected + step + clauses.length) % clauses.length;
      select(next);
    };
    this.input.keyboard?.on('keydown-DOWN', () => move(1));
    this.input.keyboard?.on('keydown-UP', () => move(-1));
    this.input.keyboard?.on('keydown-ESC', () => select(null));
    return list;
  }

  private addHints(hasClauses: boolean, hasMap: boolean): Phaser.GameObjects.Container {
    return addKeyHints(this, HEADER_LEFT, GAME_HEIGHT - 30, [
      { keys: ['Enter'], action: 'debrief' },
      { keys: ['Space'], action: 'skip' },
      ...(hasClauses ? [{ keys: ['↑', '↓'], action: hasMap ? 'show a clause on the map' : 'pick a clause' }] : []),
      ...(hasMap ? [{ keys: ['N'], action: 'map note' }] : []),
    ]).row;
  }

  private bindLeaving(): void {
    const toDebrief = () => this.scene.start(sceneKeys.debrief);
    this.input.keyboard?.on('keydown-ENTER', toDebrief);
    addActionButton(this, GAME_WIDTH - HEADER_LEFT, GAME_HEIGHT - 30, 'Debrief  →', toDebrief);
  }

  /** Terms, then signing, then ratification, then the months: each step waits for the one before. */
  private playStory(
    outcome: SignedOutcome,
    list: ClauseList,
    layers: Phaser.GameObjects.Container[],
    block: SignatureBlock,
    timeline: EpilogueTimeline | null,
    header: EndingHeader,
  ): void {
    list.rows.forEach((row, index) => {
      this.later(index * CLAUSE_STEP_MS, () => {
        this.tweens.add({ targets: [row, layers[index]], alpha: 1, duration: 300 });
      });
    });
    this.later(list.rows.length * CLAUSE_STEP_MS + 300, () => {
      if (this.backersStrip) this.tweens.add({ targets: this.backersStrip, alpha: 1, duration: 300 });
      header.setTitle('The parties sign the text');
      block.playSigning(() => {
        if (this.finished) return;
        block.showRatification(ratificationLines(session.getState().compiled!, outcome));
        this.tellVotes(outcome);
        header.setTitle(outcome.kind === 'ceasefire' ? 'Ratified at home' : 'Signed, but not ratified');
        if (outcome.kind === 'ratification-failed' || !timeline) {
          this.finished = true;
          this.explainFailedRatification(outcome);
          return;
        }
        const monthMs = EPILOGUE_MS / Math.max(1, outcome.epilogue.length);
        outcome.epilogue.forEach((month, index) => {
          this.later(500 + index * monthMs, () => timeline.showMonth(month, true));
        });
        this.later(500 + outcome.epilogue.length * monthMs + 200, () => this.conclude(outcome, timeline, header));
      });
    });
  }

  /** Skips every animation to the final picture. */
  private finish(
    outcome: SignedOutcome,
    list: ClauseList,
    layers: Phaser.GameObjects.Container[],
    block: SignatureBlock,
    timeline: EpilogueTimeline | null,
    header: EndingHeader,
  ): void {
    if (this.finished) return;
    this.finished = true;
    for (const step of this.steps) step.remove(false);
    this.tweens.killTweensOf([...list.rows, ...layers]);
    [...list.rows, ...layers].forEach((object) => object.setAlpha(1));
    if (this.backersStrip) {
      this.tweens.killTweensOf(this.backersStrip);
      this.backersStrip.setAlpha(1);
    }
    block.showSigned();
    block.showRatification(ratificationLines(session.getState().compiled!, outcome));
    this.tellVotes(outcome);
    if (outcome.kind === 'ratification-failed' || !timeline) {
      header.setTitle('Signed, but not ratified');
      this.explainFailedRatification(outcome);
      return;
    }
    outcome.epilogue.forEach((month: EpilogueMonth) => timeline.showMonth(month, false));
    this.conclude(outcome, timeline, header);
  }

  private conclude(outcome: Extract<Outcome, { kind: 'ceasefire' }>, timeline: EpilogueTimeline, header: EndingHeader) {
    this.finished = true;
    const months = outcome.epilogue.length;
    if (outcome.held) {
      header.setTitle(`The ceasefire held for ${months} months`);
      timeline.setCaption(`It held: ${months} of ${months} months without a breakdown.`, textColours.gold);
    } else {
      header.setTitle(`The ceasefire broke down in month ${months}`);
      timeline.setCaption(`It held ${outcome.monthsHeld} months, then broke down.`, textColours.danger);
    }
  }

  /** Without a map, every vote at home in a sentence, across the screen: what the numbers above mean. */
  private tellVotes(outcome: SignedOutcome): void {
    const at = this.layout.votes;
    if (!at) return;
    const sentences = ratificationLines(session.getState().compiled!, outcome).map(ratificationSentence);
    addText(this, at.x, at.y, 'THE VOTES AT HOME', 'eyebrow');
    addText(this, at.x, at.y + 26, sentences.join('\n'), 'body', { wrapWidth: at.width, lineSpacing: 8 });
  }

  /** Under the map, in words: whose vote failed, by how much, and what that means for the text. */
  private explainFailedRatification(outcome: SignedOutcome): void {
    const failed = ratificationLines(session.getState().compiled!, outcome).filter((line) => !line.passed);
    const who = failed
      .map((line) => `${line.partyName} (${line.meterLabel.toLowerCase()} ${line.value} of ${line.needed} needed)`)
      .join('; ');
    const { x, y, width } = this.layout.failure;
    addText(this, x, y, 'WHY IT FAILED', 'eyebrow', { colour: textColours.danger });
    addText(
      this,
      x,
      y + 26,
      `Every signatory had to carry the text at home. It fell short in: ${who}. The text never took effect, and the fighting goes on along the line.`,
      'body',
      { wrapWidth: width, lineSpacing: 5 },
    );
  }

  private later(delay: number, run: () => void): void {
    this.steps.push(this.time.delayedCall(delay, run));
  }
}
