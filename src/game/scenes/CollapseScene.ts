// The Collapse ending, also for the deadline: what broke (escalation at its top, a walk-out with its reason, or the
// deadline passing), the last draft on the table with every answer and reason, and on the map the line where the
// fighting goes on and, faintly, what the last draft would have drawn. Enter goes on to the debrief.
import Phaser from 'phaser';
import { breakCause, lastDrafts, mapFeaturesOf, scenarioCatalogue, session } from '../../store';
import { markActiveScene } from '../markActiveScene';
import { publishTestHook } from '../testHook';
import { sceneKeys } from '../sceneKeys';
import { addText, GAME_HEIGHT, GAME_WIDTH, textColours } from '../theme';
import { addActionButton } from '../widgets/debrief/actionButton';
import { addAnswerList } from '../widgets/debrief/answerList';
import { addBreakPanel } from '../widgets/debrief/breakPanel';
import { addEndingHeader, HEADER_LEFT } from '../widgets/debrief/endingHeader';
import { showNoFinishedGame } from '../widgets/debrief/noFinishedGame';
import { fitToWidth } from '../widgets/fitText';
import { addKeyHints } from '../widgets/keyHints';
import { addScenarioMap } from '../widgets/map/SchematicMap';
import { addSummitBackdrop } from '../widgets/summitBackdrop';

const MAP_BOX = { x: 640, y: 112, width: 584, height: 404 };
const LEFT_WIDTH = 540;
const ANSWERS_BOTTOM = GAME_HEIGHT - 60;

export class CollapseScene extends Phaser.Scene {
  constructor() {
    super(sceneKeys.collapse);
  }

  create(): void {
    markActiveScene(this);
    // Texts are read by the hook when a test asks, so publishing first sees everything drawn after.
    publishTestHook(this, scenarioCatalogue, true);
    addSummitBackdrop(this);
    const toDebrief = () => this.scene.start(sceneKeys.debrief);
    this.input.keyboard?.on('keydown-ENTER', toDebrief);
    addActionButton(this, GAME_WIDTH - 56, GAME_HEIGHT - 30, 'Debrief  →', toDebrief);
    const { compiled, game } = session.getState();
    const cause = compiled && game ? breakCause(compiled, game) : null;
    if (!compiled || !game || !cause) {
      showNoFinishedGame(this);
      return;
    }
    const round = game.outcome?.round ?? game.round;
    const stopped = game.outcome?.kind === 'deadline' && game.outcome.endedByFacilitator === true;
    const eyebrow = stopped
      ? `THE FACILITATOR ENDED THE TALKS  ·  ROUND ${round}`
      : cause.kind === 'deadline'
        ? `THE DEADLINE PASSED  ·  ROUND ${round}`
        : `TALKS COLLAPSED  ·  ROUND ${round}`;
    const title =
      cause.kind === 'escalation'
        ? 'Escalation reached its peak'
        : cause.kind === 'walk-out'
          ? `${cause.partyName} walked out`
          : stopped
            ? 'Stopped before any text was signed'
            : 'No ceasefire before the deadline';
    addEndingHeader(this, eyebrow, title);

    const map = addScenarioMap(this, MAP_BOX, compiled.scenario.map);
    const drafts = lastDrafts(compiled, game, 2);
    const last = drafts[0];
    // The fighting goes on along the line; the unsigned draft's own features are shown faintly, as what was not agreed.
    if (last) map?.addLayer(mapFeaturesOf(last.clauses), 0.45);
    const contactLines = (compiled.scenario.map?.features ?? []).filter((feature) => feature.kind === 'contact-line');
    map?.addLayer(contactLines.map((feature) => feature.id));
    this.input.keyboard?.on('keydown-N', () => map?.toggleNote());

    const y = addBreakPanel(this, HEADER_LEFT, 122, LEFT_WIDTH, cause) + 14;
    if (last) {
      addText(this, HEADER_LEFT, y, 'THE LAST DRAFTS AND THE ANSWERS', 'eyebrow');
      let cursor = y + 24;
      for (const draft of drafts) {
        // A second draft is told only when it has room for a few answers.
        if (draft !== last && cursor + 110 > ANSWERS_BOTTOM) break;
        addText(this, HEADER_LEFT, cursor, `Round ${draft.round}, tabled by ${draft.byName}`, 'label', {
          colour: textColours.gold,
        });
        cursor = addAnswerList(this, HEADER_LEFT, cursor + 26, LEFT_WIDTH, ANSWERS_BOTTOM, draft.answers) + 8;
      }
      this.addLastTerms(last.clauses.map((clause) => clause.optionLabel));
    } else {
      addText(this, HEADER_LEFT, y, 'No draft was ever tabled.', 'body', { colour: textColours.muted });
    }
    addKeyHints(this, HEADER_LEFT, GAME_HEIGHT - 30, [
      { keys: ['Enter'], action: 'debrief' },
      { keys: ['N'], action: 'map note' },
    ]);
  }

  /** The last draft's clauses under the map, two columns, one line each. */
  private addLastTerms(lines: readonly string[]): void {
    addText(this, MAP_BOX.x, MAP_BOX.y + MAP_BOX.height + 14, 'THE LAST DRAFT (NOT AGREED)', 'eyebrow');
    const columnWidth = (MAP_BOX.width - 16) / 2;
    const rows = Math.ceil(lines.length / 2);
    lines.forEach((line, index) => {
      const column = Math.floor(index / rows);
      const row = index % rows;
      const text = addText(
        this,
        MAP_BOX.x + column * (columnWidth + 16),
        MAP_BOX.y + MAP_BOX.height + 40 + row * 22,
        line,
        'caption',
        {
          colour: textColours.muted,
        },
      );
      fitToWidth(text, columnWidth);
    });
  }
}
