// The column of scenario cards. Shows as many cards as fit and scrolls to keep the selected one in view, so a
// build with many scenario files still fits the 720-pixel screen.
import type Phaser from 'phaser';
import type { CatalogueEntry } from '../../store';
import { addText, colours, textColours } from '../theme';
import { CARD_HEIGHT, CARD_WIDTH, ScenarioCard } from './scenarioCard';

const CARD_GAP = 10;
const HEADER_HEIGHT = 34;

export interface ScenarioListLayout {
  x: number;
  y: number;
  /** Cards visible at once. */
  visibleCards: number;
}

export interface ScenarioListCallbacks {
  onHover: (index: number) => void;
  onActivate: (index: number) => void;
}

export class ScenarioList {
  private cards: ScenarioCard[] = [];
  private readonly emptyState: Phaser.GameObjects.Container;
  private readonly position: Phaser.GameObjects.Text;
  private shownEntries: readonly CatalogueEntry[] | null = null;
  private firstVisible = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly layout: ScenarioListLayout,
    private readonly callbacks: ScenarioListCallbacks,
  ) {
    addText(scene, layout.x, layout.y, 'CHOOSE A SCENARIO', 'eyebrow', { colour: textColours.muted });
    this.position = addText(scene, layout.x + CARD_WIDTH, layout.y, '', 'label').setOrigin(1, 0);
    this.emptyState = this.createEmptyState();
  }

  show(entries: readonly CatalogueEntry[], selectedIndex: number): void {
    if (entries !== this.shownEntries) {
      this.shownEntries = entries;
      this.rebuild(entries);
    }
    this.scrollTo(selectedIndex);
    this.cards.forEach((card, index) => card.setSelected(index === selectedIndex));
  }

  private rebuild(entries: readonly CatalogueEntry[]) {
    for (const card of this.cards) card.destroy();
    this.cards = entries.map(
      (entry, index) =>
        new ScenarioCard(this.scene, this.layout.x, 0, entry, {
          onHover: () => this.callbacks.onHover(index),
          onActivate: () => this.callbacks.onActivate(index),
        }),
    );
    this.emptyState.setVisible(entries.length === 0);
  }

  private scrollTo(selectedIndex: number) {
    const { visibleCards } = this.layout;
    if (selectedIndex < this.firstVisible) this.firstVisible = selectedIndex;
    if (selectedIndex >= this.firstVisible + visibleCards) this.firstVisible = selectedIndex - visibleCards + 1;
    this.firstVisible = Math.max(0, Math.min(this.firstVisible, this.cards.length - visibleCards));
    const top = this.layout.y + HEADER_HEIGHT;
    this.cards.forEach((card, index) => {
      const slot = index - this.firstVisible;
      card.container.setVisible(slot >= 0 && slot < visibleCards);
      card.container.setY(top + slot * (CARD_HEIGHT + CARD_GAP));
    });
    const overflowing = this.cards.length > visibleCards;
    const last = Math.min(this.cards.length, this.firstVisible + visibleCards);
    this.position.setText(overflowing ? `${this.firstVisible + 1}–${last} of ${this.cards.length}  ↕` : '');
  }

  private createEmptyState() {
    const { x, y } = this.layout;
    const top = y + HEADER_HEIGHT;
    const frame = this.scene.add.graphics();
    frame.lineStyle(1.5, colours.line, 1).strokeRoundedRect(0, 0, CARD_WIDTH, CARD_HEIGHT, 12);
    const title = addText(this.scene, 26, 16, 'No scenarios in this build', 'cardTitle', { colour: textColours.muted });
    const hint = addText(this.scene, 26, 52, 'Add a scenario file to scenarios/ and build again.', 'label');
    return this.scene.add.container(x, top, [frame, title, hint]).setVisible(false);
  }
}
