// One scenario on the title screen: title, date and size for a file that loaded; for a file that did not, its
// name and the first located problem, so an author sees what to fix without opening a terminal.
import Phaser from 'phaser';
import type { CatalogueEntry } from '../../store';
import { baseName, countOf, formatScenarioDate } from '../format';
import { addText, colours, textColours } from '../theme';
import { addKeycap } from './keyHints';
import { clampLines, fitToWidth } from './fitText';

export const CARD_WIDTH = 540;
export const CARD_HEIGHT = 92;
const PADDING_X = 26;

export interface CardCallbacks {
  onHover: () => void;
  onActivate: () => void;
}

export class ScenarioCard {
  readonly container: Phaser.GameObjects.Container;
  private readonly frame: Phaser.GameObjects.Graphics;
  private readonly enterHint: Phaser.GameObjects.Container;
  private readonly isValid: boolean;

  constructor(scene: Phaser.Scene, x: number, y: number, entry: CatalogueEntry, callbacks: CardCallbacks) {
    this.container = scene.add.container(x, y);
    this.frame = scene.add.graphics();
    this.isValid = entry.status === 'valid';
    this.container.add(this.frame);
    this.container.add(entry.status === 'valid' ? validContent(scene, entry) : invalidContent(scene, entry));

    const keycap = addKeycap(scene, 0, 0, 'Enter');
    this.enterHint = scene.add.container(CARD_WIDTH - PADDING_X + 8 - keycap.width, 27, keycap.objects);
    this.container.add(this.enterHint);

    const hitArea = scene.add.zone(0, 0, CARD_WIDTH, CARD_HEIGHT).setOrigin(0, 0);
    hitArea.setInteractive({ useHandCursor: true });
    hitArea.on(Phaser.Input.Events.POINTER_OVER, callbacks.onHover);
    hitArea.on(Phaser.Input.Events.POINTER_UP, callbacks.onActivate);
    this.container.add(hitArea);
    this.setSelected(false);
  }

  setSelected(selected: boolean): void {
    const frame = this.frame.clear();
    const accent = this.isValid ? colours.gold : colours.danger;
    const fill = this.isValid ? (selected ? colours.surfaceSelected : colours.surface) : colours.dangerSurface;
    frame.fillStyle(0x000000, 0.35).fillRoundedRect(3, 5, CARD_WIDTH, CARD_HEIGHT, 12);
    frame.fillStyle(fill, selected ? 0.98 : 0.82).fillRoundedRect(0, 0, CARD_WIDTH, CARD_HEIGHT, 12);
    frame.lineStyle(selected ? 2 : 1, selected ? accent : colours.line, selected ? 0.9 : 0.8);
    frame.strokeRoundedRect(0, 0, CARD_WIDTH, CARD_HEIGHT, 12);
    if (selected) frame.fillStyle(accent, 1).fillRoundedRect(0, 14, 5, CARD_HEIGHT - 28, 2);
    this.enterHint.setVisible(selected);
  }

  destroy(): void {
    this.container.destroy(true);
  }
}

function validContent(scene: Phaser.Scene, entry: Extract<CatalogueEntry, { status: 'valid' }>) {
  const { scenario } = entry;
  const textWidth = CARD_WIDTH - PADDING_X * 2 - 70;
  const title = fitToWidth(addText(scene, PADDING_X, 12, scenario.title, 'cardTitle'), textWidth);
  const facts = [
    formatScenarioDate(scenario.date),
    countOf(scenario.parties.length, 'party', 'parties'),
    countOf(scenario.issues.length, 'issue', 'issues'),
  ].join('  ·  ');
  const meta = addText(scene, PADDING_X, 43, facts, 'label', { colour: textColours.gold });
  const summary = fitToWidth(
    addText(scene, PADDING_X, 65, scenario.summary.replace(/\s+/g, ' '), 'label', { colour: textColours.muted }),
    CARD_WIDTH - PADDING_X * 2,
  );
  return [title, meta, summary];
}

function invalidContent(scene: Phaser.Scene, entry: Extract<CatalogueEntry, { status: 'invalid' }>) {
  const textWidth = CARD_WIDTH - PADDING_X * 2;
  // The count goes beside the title, where it cannot be cut off with the first problem's text.
  const count = addText(scene, 0, 19, countOf(entry.problems.length, 'problem', 'problems'), 'label', {
    colour: textColours.danger,
  });
  const title = fitToWidth(
    addText(scene, PADDING_X, 12, `Cannot load ${baseName(entry.fileName)}`, 'cardTitle', {
      colour: textColours.danger,
    }),
    textWidth - 80 - count.width,
  );
  count.setX(title.x + title.width + 12);
  const firstProblem = clampLines(
    addText(scene, PADDING_X, 44, entry.problems[0] ?? 'unknown problem', 'label', {
      colour: textColours.cream,
      wrapWidth: textWidth,
      lineSpacing: 3,
    }),
    2,
  );
  return [title, count, firstProblem];
}
