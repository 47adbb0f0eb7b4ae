// The table, as a roll call: every party in its seat order with its flag, short name and leader, its domestic
// support and its trust in you as labelled bars, and a word for where it stands — acting, its answer to the latest
// draft (✓ / ✗ and the word), away from the table, or else its mood toward you (warm, neutral, wary, cold). A gold
// seal after the name marks the parties whose signature the deal needs. Your own row shows your budget, not trust.
// Each row opens what you know of that party (a click, or focus and Enter); a signatory's support bar tells, on hover
// and focus, what its parliament needs to ratify.
import Phaser from 'phaser';
import { currentActor, partyMood } from '../../../store';
import type { Party } from '../../../store';
import { addText, colours, textColours } from '../../theme';
import { fitToWidth } from '../fitText';
import { drawPartyFlag } from '../partyFlag';
import type { SummitView } from '../../scenes/summitView';
import { shortName } from '../../scenes/summitView';
import type { Focusable, FocusRing } from './focusRing';
import { addMeterBar } from './meterBar';
import type { MeterBarBounds } from './meterBar';
import type { SummitMotion } from './motion';
import { addPanel } from './panel';
import type { PanelBox } from './panel';

export function renderPartyRoster(
  scene: Phaser.Scene,
  layer: Phaser.GameObjects.Container,
  box: PanelBox,
  view: SummitView,
  motion: SummitMotion | undefined,
  open: { ring: FocusRing; party: (partyId: string) => void },
): Focusable[] {
  addPanel(scene, layer, box, 'AT THE TABLE');
  const legend = addText(scene, box.x + box.width - 16, box.y + 10, 'must sign', 'caption').setOrigin(1, 0);
  const legendSeal = scene.add.graphics();
  drawSignatorySeal(legendSeal, legend.x - legend.width - 12, legend.y + legend.height / 2);
  layer.add([legend, legendSeal]);
  const { compiled, game } = view;
  const parties = compiled.scenario.parties;
  const top = box.y + 38;
  const rowHeight = Math.min(62, Math.floor((box.y + box.height - 8 - top) / parties.length));
  const actor = currentActor(compiled, game);
  const latest = game.drafts[game.drafts.length - 1];
  const supportMeter = supportMeterId(view);
  const budgetMeter = budgetMeterId(view);

  return parties.flatMap((party, index) => {
    const y = top + index * rowHeight;
    const isViewer = party.id === view.viewer;
    const row = scene.add.graphics();
    if (isViewer)
      row.fillStyle(colours.surfaceSelected, 0.9).fillRoundedRect(box.x + 8, y, box.width - 16, rowHeight - 4, 8);
    if (party.id === actor && game.phase !== 'ended') {
      row.lineStyle(2, colours.gold, 1).strokeRoundedRect(box.x + 8, y, box.width - 16, rowHeight - 4, 8);
    }
    drawPartyFlag(row, party.flag, { x: box.x + 16, y: y + 6, width: 27, height: 18 });
    const name = addText(scene, box.x + 52, y + 3, party.shortName, 'bodyStrong', { size: 16 });
    const mustSign = compiled.isSignatory.has(party.id);
    const nameWidth = name.width + (mustSign ? 18 : 0);
    if (mustSign) drawSignatorySeal(row, box.x + 52 + name.width + 10, y + 3 + name.height / 2);
    const status = statusOf(view, party, actor, latest);
    const statusText = addText(scene, box.x + box.width - 16, y + 5, status.text, 'caption', {
      colour: status.colour,
      style: 'bold',
    }).setOrigin(1, 0);
    const leaderRoom = box.width - 52 - nameWidth - statusText.width - 36;
    const leader = fitToWidth(
      addText(scene, box.x + 58 + nameWidth, y + 5, party.leaders[0]?.name ?? '', 'caption'),
      Math.max(0, leaderRoom),
    );
    if (leaderRoom < 30) leader.setVisible(false);
    layer.add([row, name, leader, statusText]);
    // The row's zone goes under the bars' own, so the support bar's words still show on hover.
    const bounds = new Phaser.Geom.Rectangle(box.x + 8, y, box.width - 16, rowHeight - 4);
    const zone = scene.add.zone(bounds.x, bounds.y, bounds.width, bounds.height).setOrigin(0, 0);
    layer.add(zone);
    const id = `party:${party.id}`;
    open.ring.bindPointer(zone, id);
    const threshold: Focusable[] = [];

    const barsY = y + 26;
    const halfWidth = (box.width - 48) / 2;
    const support = supportMeter ? compiled.meter.get(supportMeter) : undefined;
    if (support && supportMeter) {
      const value = game.partyMeters[party.id]?.[supportMeter] ?? support.start;
      const needed = compiled.scenario.rules.ratification.find((rule) => rule.party === party.id)?.atLeast;
      const bar = addMeterBar(
        scene,
        layer,
        box.x + 16,
        barsY,
        halfWidth,
        {
          label: 'Support',
          value,
          min: support.min,
          max: support.max,
          warning: needed !== undefined && value < needed + 5,
          mark: needed,
        },
        motion && { motion, id: `support:${party.id}` },
      );
      if (needed !== undefined)
        threshold.push(
          ratificationThreshold(scene, layer, open.ring, bar, party, { value, needed, label: support.label }),
        );
    }
    if (isViewer && budgetMeter) {
      const meter = compiled.meter.get(budgetMeter);
      addMeterBar(
        scene,
        layer,
        box.x + 28 + halfWidth,
        barsY,
        halfWidth,
        {
          label: 'Capital',
          value: game.partyMeters[party.id]?.[budgetMeter] ?? 0,
          min: meter?.min ?? 0,
          max: meter?.max ?? 100,
          warning: false,
        },
        motion && { motion, id: `budget:${party.id}` },
      );
    } else if (!isViewer) {
      const trust = compiled.scenario.rules.trust;
      const value = game.trust[party.id]?.[view.viewer] ?? trust.start;
      addMeterBar(
        scene,
        layer,
        box.x + 28 + halfWidth,
        barsY,
        halfWidth,
        {
          label: 'Trust',
          value,
          min: trust.min,
          max: trust.max,
          warning: value < (trust.max - trust.min) * 0.3 + trust.min,
        },
        motion && { motion, id: `trust:${party.id}>${view.viewer}` },
      );
    }
    const partyItem: Focusable = {
      id,
      bounds,
      enabled: true,
      hint: `${party.name}: what you know of ${isViewer ? 'your own delegation' : 'them'} (Enter or I).`,
      activate: () => open.party(party.id),
    };
    return [partyItem, ...threshold];
  });
}

/**
 * The support bar of a party whose parliament must ratify, as a control with words on hover and keyboard focus:
 * where support stands against what ratification needs (the gold tick), so nobody signs blind.
 */
function ratificationThreshold(
  scene: Phaser.Scene,
  layer: Phaser.GameObjects.Container,
  ring: FocusRing,
  bar: MeterBarBounds,
  party: Party,
  support: { value: number; needed: number; label: string },
): Focusable {
  const id = `ratification:${party.id}`;
  const zone = scene.add.zone(bar.x, bar.y, bar.width, bar.height).setOrigin(0, 0);
  layer.add(zone);
  ring.bindPointer(zone, id);
  const value = Math.round(support.value);
  const margin = value - support.needed;
  const standing =
    margin >= 0
      ? `${margin} to spare as things stand.`
      : `${-margin} short as things stand: a text signed now would fail at home unless the deal itself wins support.`;
  return {
    id,
    bounds: new Phaser.Geom.Rectangle(bar.x, bar.y, bar.width, bar.height),
    enabled: true,
    hint: `${party.shortName} must ratify a signed text at home: ${support.label.toLowerCase()} ${value}, needs at least ${support.needed} (the gold tick). ${standing}`,
  };
}

function statusOf(
  view: SummitView,
  party: Party,
  actor: string | null,
  latest: SummitView['game']['drafts'][number] | undefined,
): { text: string; colour: string } {
  const { compiled, game } = view;
  const { mood, label } = partyMood(compiled, game, party.id, view.viewer);
  if (mood === 'walked-out') return { text: label, colour: textColours.danger };
  if (party.id === actor && game.phase !== 'ended')
    return { text: party.id === view.viewer ? '▶ YOU · acting' : '▶ acting', colour: textColours.gold };
  if (party.id === view.viewer) return { text: 'YOU', colour: textColours.gold };
  const answer = latest?.answers[party.id];
  if (latest && answer)
    return answer.accept
      ? { text: '✓ accepts', colour: textColours.cream }
      : { text: '✗ rejects', colour: textColours.danger };
  if (latest?.by === party.id) return { text: '✎ drafted', colour: textColours.cream };
  if (!party.atTable)
    return { text: `away · via ${shortName(view, party.reachedThrough ?? null)}`, colour: textColours.faint };
  return { text: label, colour: MOOD_COLOURS[mood] };
}

const MOOD_COLOURS = {
  warm: textColours.cream,
  neutral: textColours.muted,
  wary: textColours.muted,
  cold: textColours.danger,
} as const;

/** A small gold seal (a ring round a dot): this party's signature is needed. Drawn, so no font can miss it. */
function drawSignatorySeal(graphics: Phaser.GameObjects.Graphics, x: number, y: number): void {
  graphics.lineStyle(2, colours.gold, 1).strokeCircle(x, y, 6);
  graphics.fillStyle(colours.gold, 1).fillCircle(x, y, 2.5);
}

/** The meter ratification reads (domestic support), or the first per-party meter where higher is better. */
function supportMeterId(view: SummitView): string | undefined {
  const { scenario } = view.compiled;
  return (
    scenario.rules.ratification[0]?.meter ??
    scenario.meters.find((meter) => meter.scope === 'party' && meter.higherIs === 'better')?.id
  );
}

/** The meter levers are paid from (political capital). */
function budgetMeterId(view: SummitView): string | undefined {
  for (const lever of view.compiled.scenario.levers) {
    const [meter] = Object.keys(lever.cost);
    if (meter) return meter;
  }
  return undefined;
}
