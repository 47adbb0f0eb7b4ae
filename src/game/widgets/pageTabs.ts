// Two or more page names side by side, the current one underlined in gold; clicking a name shows its page.
import Phaser from 'phaser';
import { addText, colours, textColours } from '../theme';

export interface PageTabs<Page extends string> {
  container: Phaser.GameObjects.Container;
  setActive: (page: Page) => void;
  /** x of the leftmost tab's left edge, for placing a hint beside the tabs. */
  left: number;
}

const GAP = 28;

/** Tabs laid out leftwards from `right`, text centred on `y`. */
export function addPageTabs<Page extends string>(
  scene: Phaser.Scene,
  right: number,
  y: number,
  pages: readonly { page: Page; label: string }[],
  onSelect: (page: Page) => void,
): PageTabs<Page> {
  const container = scene.add.container(0, 0);
  const underline = scene.add.graphics();
  container.add(underline);
  const labels = new Map<Page, Phaser.GameObjects.Text>();
  let cursor = right;
  for (const { page, label } of [...pages].reverse()) {
    const text = addText(scene, cursor, y, label, 'bodyStrong', { size: 16 }).setOrigin(1, 0.5);
    const hitArea = scene.add
      .zone(cursor - text.width - 6, y - 16, text.width + 12, 34)
      .setOrigin(0, 0)
      .setInteractive({ useHandCursor: true });
    hitArea.on(Phaser.Input.Events.POINTER_UP, () => onSelect(page));
    container.add([text, hitArea]);
    labels.set(page, text);
    cursor -= text.width + GAP;
  }
  const setActive = (active: Page) => {
    underline.clear();
    for (const [page, text] of labels) {
      const isActive = page === active;
      text.setColor(isActive ? textColours.cream : textColours.faint);
      if (isActive) underline.fillStyle(colours.gold, 1).fillRect(text.x - text.width, y + 14, text.width, 3);
    }
  };
  return { container, setActive, left: cursor + GAP };
}
