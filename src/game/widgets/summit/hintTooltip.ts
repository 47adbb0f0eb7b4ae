// A small box of words beside a control: what it does, or — for a greyed-out one — the engine's reason why not.
// One per scene, moved to whatever is hovered or focused.
import type Phaser from 'phaser';
import { addText, colours, GAME_HEIGHT, GAME_WIDTH, textColours } from '../../theme';

const MAX_WIDTH = 340;
const PADDING = 10;
const DEPTH = 40;

export class HintTooltip {
  private readonly container: Phaser.GameObjects.Container;
  private readonly box: Phaser.GameObjects.Graphics;
  private readonly label: Phaser.GameObjects.Text;
  private shown = false;

  constructor(scene: Phaser.Scene) {
    this.box = scene.add.graphics();
    this.label = addText(scene, PADDING, PADDING, '', 'label', { colour: textColours.cream, wrapWidth: MAX_WIDTH });
    this.container = scene.add.container(0, 0, [this.box, this.label]).setDepth(DEPTH).setVisible(false);
  }

  /** Shows `text` under the rectangle (or above it when there is no room below). */
  show(text: string, near: Phaser.Geom.Rectangle, disabled: boolean): void {
    this.label.setText(text).setColor(disabled ? textColours.danger : textColours.cream);
    const width = this.label.width + PADDING * 2;
    const height = this.label.height + PADDING * 2;
    this.box.clear();
    this.box.fillStyle(0x000000, 0.45).fillRoundedRect(3, 4, width, height, 8);
    this.box.fillStyle(disabled ? colours.dangerSurface : colours.navy, 0.97).fillRoundedRect(0, 0, width, height, 8);
    this.box.lineStyle(1, disabled ? colours.danger : colours.gold, 0.9).strokeRoundedRect(0, 0, width, height, 8);
    const below = near.bottom + 8 + height <= GAME_HEIGHT - 4;
    const y = below ? near.bottom + 8 : near.top - 8 - height;
    const x = Math.min(Math.max(4, near.left), GAME_WIDTH - width - 4);
    this.shown = true;
    this.container.setPosition(x, Math.max(4, y)).setVisible(true);
  }

  hide(): void {
    this.shown = false;
    this.container.setVisible(false);
  }

  /** While a panel covers the screen the hint stays hidden; it comes back, unchanged, when the panel closes. */
  setCovered(covered: boolean): void {
    this.container.setVisible(this.shown && !covered);
  }
}
