// The schematic map of Ukraine every ending shows: the internationally recognised border (Crimea included), the
// neighbours faintly, the scenario's features by kind (occupied areas always, as the situation the talks start
// from; the rest as a text or a breakdown draws them), a legend in words, and a visible "schematic" tag whose
// note (the scenario's `map.note`) opens with N or a click.
import type Phaser from 'phaser';
import { fillPolygon, strokePolyline } from './paths';
import type { MapFeature, Scenario } from '../../../store';
import { addText, colours, textColours } from '../../theme';
import { clampLines } from '../fitText';
import { drawFeature, projectFeature } from './drawFeature';
import { featureStyles, kindOrder } from './featureStyle';
import type { FeatureKind } from './featureStyle';
import { polygonCentre } from './hatch';
import { LabelPlacer } from './labelPlacer';
import { fitProjection } from './projection';
import type { Box, MapProjection } from './projection';
import { regionOutlines } from './regionOutlines';
import { addMapLegend, legendSize } from './mapLegend';
import { addMapNote } from './mapNote';

const AREA_LABEL_MIN_WIDTH = 46;
const LEGEND_WIDTH = 182;

/** Where neighbour and sea names sit, [lon, lat]: context for readers who do not know the region. */
const PLACE_NAMES: readonly { name: string; at: [number, number]; sea?: boolean }[] = [
  { name: 'BELARUS', at: [27.6, 52.55] },
  { name: 'RUSSIA', at: [40.2, 51.6] },
  { name: 'POLAND', at: [22.4, 51.6] },
  { name: 'ROMANIA', at: [25.0, 46.4] },
  { name: 'MOLDOVA', at: [28.6, 47.55] },
  { name: 'Black Sea', at: [32.4, 44.1], sea: true },
];

export class SchematicMap {
  readonly container: Phaser.GameObjects.Container;
  private readonly projection: MapProjection;
  private readonly featuresById: Map<string, MapFeature>;
  private readonly labels: LabelPlacer;
  private readonly kindsShown = new Set<FeatureKind>();
  private legend: Phaser.GameObjects.Container | null = null;
  private readonly note: { toggle: () => void };
  private readonly layers: Phaser.GameObjects.Container;
  private readonly overlay: Phaser.GameObjects.Container;
  /** Cities sit above every layer, so no area or line hides a name. */
  private readonly cities: Phaser.GameObjects.Container;
  private readonly caption: Phaser.GameObjects.Container;
  /** The land, borders, place names and occupied areas: under every other layer, and never changed after. */
  readonly stillParts: Phaser.GameObjects.GameObject[];

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly box: Box,
    scenarioMap: Scenario['map'],
  ) {
    this.layers = scene.add.container(0, 0);
    this.overlay = scene.add.container(0, 0);
    this.cities = scene.add.container(0, 0);
    this.projection = fitProjection(regionOutlines, {
      x: box.x + 6,
      y: box.y + 6,
      width: box.width - 12,
      height: box.height - 12,
    });
    this.featuresById = new Map((scenarioMap?.features ?? []).map((feature) => [feature.id, feature]));
    this.labels = new LabelPlacer(box);
    // Labels keep clear of the legend at its largest (every kind the scenario has).
    const allKinds = new Set([...this.featuresById.values()].map((feature) => feature.kind));
    const legend = legendSize(allKinds.size, LEGEND_WIDTH);
    this.labels.reserve({ x: box.x + 8, y: box.y + box.height - 8 - legend.height, ...legend });

    const base = this.drawBase();
    this.container = scene.add.container(0, 0, [base, this.layers, this.cities, this.overlay]);
    const captionText = addText(scene, 10, 6, '', 'caption', {
      colour: textColours.cream,
      style: 'bold',
      wrapWidth: box.width - 40,
    });
    this.caption = scene.add.container(box.x + 10, box.y + 40, [scene.add.graphics(), captionText]).setVisible(false);
    this.overlay.add(this.caption);
    const tag = this.addSchematicTag();
    this.note = addMapNote(scene, this.overlay, box, scenarioMap?.note ?? null, tag);
    // Occupied areas and cities are the situation itself, shown whatever the text says.
    // Their words ride with the city names, above every layer: a zone a text draws across them must not hide them.
    const occupied = this.addLayer(this.idsOfKind('occupied'), 1, this.cities);
    this.stillParts = [base, occupied];
    this.cities.add(this.addLayer(this.idsOfKind('city')));
  }

  /**
   * Draws the features with these ids (unknown ids are skipped) as one layer the scene may fade or pulse; their
   * labels go with the layer unless `labelsOn` takes them.
   */
  addLayer(ids: readonly string[], alpha = 1, labelsOn?: Phaser.GameObjects.Container): Phaser.GameObjects.Container {
    const features = ids
      .map((id) => this.featuresById.get(id))
      .filter((feature): feature is MapFeature => feature !== undefined)
      .sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind));
    const graphics = this.scene.add.graphics();
    const layer = this.scene.add.container(0, 0, [graphics]);
    for (const feature of features) {
      drawFeature(graphics, feature, this.projection, alpha);
      this.kindsShown.add(feature.kind);
      const label = this.labelFor(feature);
      if (label) (labelsOn ?? layer).add(label);
    }
    this.layers.add(layer);
    this.refreshLegend();
    return layer;
  }

  /**
   * Names in words, on a dark strip along the map's top, what is lit and who backs it (null hides it): the shapes
   * are small, and a flag alone names nobody.
   */
  setCaption(featureIds: readonly string[] | null, backedBy: readonly string[] = []): void {
    const labels = (featureIds ?? [])
      .map((id) => this.featuresById.get(id)?.label)
      .filter((label) => label !== undefined);
    const lines = [
      labels.length > 0 ? `On the map: ${labels.join('; ')}` : '',
      featureIds !== null && backedBy.length > 0 ? `Backed by ${backedBy.join(', ')}` : '',
    ].filter(Boolean);
    this.caption.setVisible(lines.length > 0);
    if (lines.length === 0) return;
    const text = this.caption.getAt(1) as Phaser.GameObjects.Text;
    text.setText(lines.join(' · '));
    clampLines(text, 3);
    const background = this.caption.getAt(0) as Phaser.GameObjects.Graphics;
    const width = this.box.width - 20;
    background
      .clear()
      .fillStyle(colours.night, 0.92)
      .fillRoundedRect(0, 0, width, text.height + 12, 6);
    background.lineStyle(1, colours.gold, 0.8).strokeRoundedRect(0, 0, width, text.height + 12, 6);
  }

  toggleNote(): void {
    this.note.toggle();
  }

  private idsOfKind(kind: FeatureKind): string[] {
    return [...this.featuresById.values()].filter((feature) => feature.kind === kind).map((feature) => feature.id);
  }

  private drawBase(): Phaser.GameObjects.Container {
    const base = this.scene.add.graphics();
    base.fillStyle(0x071226, 1).fillRoundedRect(this.box.x, this.box.y, this.box.width, this.box.height, 10);
    for (const country of regionOutlines.neighbours) {
      for (const ring of country.rings) {
        const points = this.projection.fromFrame(ring);
        base.fillStyle(0x13213d, 1);
        fillPolygon(base, points);
        base.lineStyle(1, 0x2c426b, 1);
        strokePolyline(base, points, true);
      }
    }
    for (const ring of regionOutlines.ukraine) {
      const points = this.projection.fromFrame(ring);
      base.fillStyle(0x203c68, 1);
      fillPolygon(base, points);
    }
    for (const ring of regionOutlines.ukraine) {
      const points = this.projection.fromFrame(ring);
      base.lineStyle(2, colours.gold, 0.9);
      strokePolyline(base, points, true);
    }
    base.lineStyle(1, colours.line, 1).strokeRoundedRect(this.box.x, this.box.y, this.box.width, this.box.height, 10);
    const names = PLACE_NAMES.map((place) => {
      const text = addText(this.scene, 0, 0, place.name, 'caption', {
        colour: place.sea ? '#6f8fc0' : '#6f7f9e',
        style: place.sea ? 'italic' : 'bold',
      });
      const at = this.projection.project(place.at);
      this.labels.place(text, at.x, at.y, ['centre']);
      return text;
    });
    const country = addText(this.scene, 0, 0, 'UKRAINE', 'eyebrow', { colour: '#c9b98f' });
    const centre = this.projection.project([29.6, 49.0]);
    this.labels.place(country, centre.x, centre.y, ['centre']);
    return this.scene.add.container(0, 0, [base, ...names, country]);
  }

  private addSchematicTag(): Phaser.GameObjects.Container {
    const text = addText(this.scene, 0, 0, 'Schematic — approximate  ·  N note', 'caption', {
      colour: textColours.muted,
      style: 'italic',
    });
    const width = text.width + 16;
    const x = this.box.x + this.box.width - width - 8;
    const y = this.box.y + 8;
    text.setPosition(8, 3);
    const background = this.scene.add.graphics();
    background.fillStyle(colours.night, 0.85).fillRoundedRect(0, 0, width, text.height + 6, 6);
    background.lineStyle(1, colours.line, 1).strokeRoundedRect(0, 0, width, text.height + 6, 6);
    const tag = this.scene.add.container(x, y, [background, text]);
    tag.setSize(width, text.height + 6);
    this.labels.reserve({ x, y, width, height: text.height + 6 });
    this.overlay.add(tag);
    return tag;
  }

  private labelFor(feature: MapFeature): Phaser.GameObjects.Text | null {
    const points = projectFeature(feature, this.projection);
    if (feature.kind === 'city') {
      const at = points[0]!;
      const text = addText(this.scene, 0, 0, feature.label, 'caption', { colour: textColours.cream });
      text.setShadow(0, 1, '#000000', 3, false, true);
      return this.labels.place(text, at.x, at.y, ['right', 'left', 'above', 'below']) ? text : null;
    }
    const word = featureStyles[feature.kind].areaLabel;
    if (!word || feature.geometry !== 'polygon') return null;
    const xs = points.map((point) => point.x);
    if (Math.max(...xs) - Math.min(...xs) < AREA_LABEL_MIN_WIDTH) return null;
    const centre = polygonCentre(points);
    const text = addText(this.scene, 0, 0, word, 'caption', { colour: '#ffd2c8', style: 'bold' });
    text.setShadow(0, 1, '#000000', 4, false, true);
    return this.labels.place(text, centre.x, centre.y, ['centre', 'below', 'above']) ? text : null;
  }

  private refreshLegend(): void {
    this.legend?.destroy();
    const kinds = kindOrder.filter((kind) => this.kindsShown.has(kind));
    this.legend = addMapLegend(this.scene, this.box.x + 8, this.box.y + this.box.height - 8, kinds, LEGEND_WIDTH);
    this.overlay.addAt(this.legend, 0);
  }
}

/**
 * The map for a scenario, or — for a scenario without a `map` section (a fictional conflict, say) — a plain panel
 * that says so instead of showing Ukraine for a place that is not Ukraine.
 */
export function addScenarioMap(scene: Phaser.Scene, box: Box, scenarioMap: Scenario['map']): SchematicMap | null {
  if (scenarioMap) return new SchematicMap(scene, box, scenarioMap);
  const panel = scene.add.graphics();
  panel.fillStyle(0x071226, 0.9).fillRoundedRect(box.x, box.y, box.width, box.height, 10);
  panel.lineStyle(1, colours.line, 1).strokeRoundedRect(box.x, box.y, box.width, box.height, 10);
  addText(scene, box.x + box.width / 2, box.y + box.height / 2, 'This scenario has no map.', 'label').setOrigin(0.5);
  return null;
}
