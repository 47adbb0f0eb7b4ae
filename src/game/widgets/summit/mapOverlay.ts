// The Summit's map panel: M (or the Map button) lays the schematic map of Ukraine over the table with the text in
// front of the player drawn on it — occupied areas always, and whatever the clauses place (a demilitarised zone,
// monitors, a force) — next to the clauses in words. M or Escape closes it. It is a picture of the text, nothing
// more: no rule is computed here.
import type Phaser from 'phaser';
import { clausesOf, mapFeaturesOf } from '../../../store';
import { MODAL_NAME } from '../../layers';
import { addText, colours, GAME_HEIGHT, GAME_WIDTH, textColours } from '../../theme';
import { clampLines } from '../fitText';
import { SchematicMap } from '../map/SchematicMap';
import type { SummitView } from '../../scenes/summitView';

const DEPTH = 40;
const BOX = { x: 40, y: 76, width: GAME_WIDTH - 80, height: GAME_HEIGHT - 116 };
const MAP_BOX = { x: BOX.x + 400, y: BOX.y + 20, width: BOX.width - 420, height: BOX.height - 40 };

export class SummitMapOverlay {
  private container: Phaser.GameObjects.Container | null = null;

  constructor(private readonly scene: Phaser.Scene) {}

  get isOpen(): boolean {
    return this.container !== null;
  }

  toggle(view: SummitView): void {
    if (this.container) this.close();
    else this.open(view);
  }

  open(view: SummitView): void {
    this.close();
    const scene = this.scene;
    const shade = scene.add.rectangle(0, 0, GAME_WIDTH, GAME_HEIGHT, 0x000000, 0.55).setOrigin(0, 0).setInteractive();
    const frame = scene.add.graphics();
    frame.fillStyle(colours.navy, 0.98).fillRoundedRect(BOX.x, BOX.y, BOX.width, BOX.height, 14);
    frame.lineStyle(2, colours.gold, 0.9).strokeRoundedRect(BOX.x, BOX.y, BOX.width, BOX.height, 14);
    const whose = view.pendingDraft ? `Draft ${view.pendingDraft.id} on the table` : 'Your draft';
    const heading = addText(scene, BOX.x + 24, BOX.y + 20, `${whose.toUpperCase()} ON THE MAP`, 'eyebrow');
    const objects: Phaser.GameObjects.GameObject[] = [shade, frame, heading];
    const clauses = clausesOf(view.compiled, view.shownTerms);
    let y = BOX.y + 56;
    for (const clause of clauses) {
      const issue = addText(scene, BOX.x + 24, y, clause.issueLabel, 'caption', { colour: textColours.muted });
      const drawn = clause.mapFeatures.length > 0 ? '  ◆ on the map' : '';
      const option = clampLines(
        addText(scene, BOX.x + 24, y + 18, `${clause.optionLabel}${drawn}`, 'label', {
          colour: clause.mapFeatures.length > 0 ? textColours.cream : textColours.muted,
          style: 'bold',
          wrapWidth: 356,
        }),
        2,
      );
      objects.push(issue, option);
      y += 18 + option.height + 10;
    }
    const close = addText(scene, BOX.x + 24, BOX.y + BOX.height - 34, 'M or Esc  close the map', 'label', {
      colour: textColours.gold,
    });
    objects.push(close);
    this.container = scene.add.container(0, 0, objects).setDepth(DEPTH).setName(MODAL_NAME);
    const scenarioMap = view.compiled.scenario.map;
    if (!scenarioMap) {
      const none = addText(scene, MAP_BOX.x + MAP_BOX.width / 2, MAP_BOX.y + MAP_BOX.height / 2, '', 'label');
      this.container.add(none.setText('This scenario has no map.').setOrigin(0.5));
      return;
    }
    const map = new SchematicMap(scene, MAP_BOX, scenarioMap);
    const layer = map.addLayer(mapFeaturesOf(clauses));
    this.container.add(map.container);
    // The text's own shapes fade in over the map of the situation, so the eye sees what the text changes.
    layer.setAlpha(0);
    scene.tweens.add({ targets: layer, alpha: 1, duration: 600, ease: 'Sine.easeOut' });
  }

  close(): void {
    this.container?.destroy(true);
    this.container = null;
  }
}
