// Keyboard focus for a canvas screen: the controls in Tab order, a gold frame round the focused one, and its hint
// (or the reason it is greyed out) shown on focus exactly as on hover. Tab / Shift+Tab and ↑ ↓ move, ← → change the
// focused control's value, Enter or Space use it. The mouse goes through the same items, so both paths agree.
// A hint answers the player's own gesture: it is not shown when the screen moves the focus by itself, it goes once
// the move it described has been played (so it never sits over the news that move brought), and neither it nor the
// frame is drawn over a panel that covers the screen.
import Phaser from 'phaser';
import { MODAL_NAME } from '../../layers';
import { colours } from '../../theme';
import { HintTooltip } from './hintTooltip';

export interface Focusable {
  id: string;
  /** Where it is on screen (game coordinates). */
  bounds: Phaser.Geom.Rectangle;
  enabled: boolean;
  /** What it does, or why it cannot be used now (the engine's reason). */
  hint: string | null;
  activate?: () => void;
  /** ← → on the focused control: the next or previous option, target or value. */
  step?: (direction: -1 | 1) => void;
}

const FRAME_DEPTH = 30;

export class FocusRing {
  private items: Focusable[] = [];
  private focusedId: string | null = null;
  private hoveredId: string | null = null;
  /** Whether the focused control's hint is wanted: the player moved the focus there (not the screen). */
  private focusHintWanted = false;
  private readonly frame: Phaser.GameObjects.Graphics;
  private readonly tooltip: HintTooltip;
  /** Called with the focused id whenever the frame is redrawn (a scene remembers, say, the last clause visited). */
  onFocus: ((id: string | null) => void) | null = null;

  constructor(private readonly scene: Phaser.Scene) {
    this.frame = scene.add.graphics().setDepth(FRAME_DEPTH);
    this.tooltip = new HintTooltip(scene);
    const hideUnderModal = () => this.hideUnderModal();
    scene.events.on(Phaser.Scenes.Events.POST_UPDATE, hideUnderModal);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () =>
      scene.events.off(Phaser.Scenes.Events.POST_UPDATE, hideUnderModal),
    );
  }

  /** Replaces the controls (after a re-render), keeping focus on the same id when it still exists. */
  setItems(items: Focusable[]): void {
    this.items = items;
    if (this.focusedId !== null && !items.some((item) => item.id === this.focusedId)) this.focusedId = null;
    if (this.hoveredId !== null && !items.some((item) => item.id === this.hoveredId)) this.hoveredId = null;
    this.redraw();
  }

  get focused(): Focusable | undefined {
    return this.items.find((item) => item.id === this.focusedId);
  }

  /** Focuses a control; `showHint` false when the screen, not the player, chose it (a new turn's recommended move). */
  focus(id: string | null, showHint = true): void {
    this.focusedId = id;
    this.focusHintWanted = showHint;
    this.redraw();
  }

  /** The move a hint described has been played: its hint goes until the player points at or moves to a control. */
  dismissHint(): void {
    this.focusHintWanted = false;
    this.hoveredId = null;
    this.redraw();
  }

  /** Makes a hit zone behave as this item for the mouse: hover shows the hint, a click focuses and uses it. */
  bindPointer(zone: Phaser.GameObjects.Zone, id: string): void {
    zone.setInteractive({ useHandCursor: true });
    zone.on(Phaser.Input.Events.POINTER_OVER, () => {
      this.hoveredId = id;
      this.redraw();
    });
    zone.on(Phaser.Input.Events.POINTER_OUT, () => {
      if (this.hoveredId === id) this.hoveredId = null;
      this.redraw();
    });
    zone.on(Phaser.Input.Events.POINTER_UP, () => {
      this.focusedId = id;
      this.focusHintWanted = true;
      this.redraw();
      const item = this.items.find((candidate) => candidate.id === id);
      if (item?.enabled) item.activate?.();
    });
  }

  /** Handles the focus keys; returns false for any other key so the scene can use it. */
  handleKey(event: KeyboardEvent): boolean {
    switch (event.key) {
      case 'Tab':
        this.move(event.shiftKey ? -1 : 1);
        return true;
      case 'ArrowDown':
        this.move(1);
        return true;
      case 'ArrowUp':
        this.move(-1);
        return true;
      case 'ArrowLeft':
      case 'ArrowRight': {
        this.focused?.step?.(event.key === 'ArrowLeft' ? -1 : 1);
        this.focusHintWanted = true;
        this.redraw();
        return this.focused?.step !== undefined;
      }
      case 'Enter':
      case ' ': {
        const item = this.focused;
        if (!item) return false;
        if (item.enabled) item.activate?.();
        return true;
      }
      default:
        return false;
    }
  }

  private move(step: 1 | -1) {
    if (this.items.length === 0) return;
    const index = this.items.findIndex((item) => item.id === this.focusedId);
    const next = index < 0 ? (step > 0 ? 0 : this.items.length - 1) : index + step;
    const wrapped = ((next % this.items.length) + this.items.length) % this.items.length;
    this.focusedId = this.items[wrapped]?.id ?? null;
    this.focusHintWanted = true;
    this.redraw();
  }

  private redraw() {
    this.onFocus?.(this.focusedId);
    this.frame.clear();
    const focused = this.focused;
    if (focused) {
      const { x, y, width, height } = focused.bounds;
      this.frame.lineStyle(3, colours.gold, 1).strokeRoundedRect(x - 4, y - 4, width + 8, height + 8, 10);
    }
    // The hovered control's hint wins while the mouse is on it; otherwise the focused control's shows.
    const shown = this.items.find((item) => item.id === this.hoveredId) ?? (this.focusHintWanted ? focused : undefined);
    if (shown?.hint) this.tooltip.show(shown.hint, shown.bounds, !shown.enabled);
    else this.tooltip.hide();
  }

  /** A panel over the whole screen (a dialog, the map, the facilitator's panel) hides the frame and the hint under it. */
  private hideUnderModal() {
    const covered = this.scene.children.list.some(
      (object) => object.name === MODAL_NAME && object instanceof Phaser.GameObjects.Container && object.visible,
    );
    this.frame.setVisible(!covered);
    this.tooltip.setCovered(covered);
  }
}
