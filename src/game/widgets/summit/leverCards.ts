// Your levers as cards: a bilateral meeting first, then every lever the scenario gives your party, each with its
// cost and, for a lever aimed at someone, the target (← → or a click on ◀ ▶ changes it; only a click on the card's
// body or Enter plays it). A card the engine does not allow now is outlined only, its words dimmed, and its reason
// shows on hover and on focus.
import Phaser from 'phaser';
import { describeEffect } from '../../../store';
import type { Action, LegalOption } from '../../../store';
import { addText, colours, textColours } from '../../theme';
import { fitToWidth, shrinkColumnToWidth } from '../fitText';
import type { SummitView } from '../../scenes/summitView';
import { shortName } from '../../scenes/summitView';
import type { Focusable, FocusRing } from './focusRing';
import { addPanel } from './panel';
import type { PanelBox } from './panel';

interface LeverCard {
  id: string;
  label: string;
  cost: string;
  description: string;
  /** What playing it does, in the engine's numbers ("Escalation −5; the target trusts you more (+3)"). */
  effects: string;
  /** One legal-actions entry per target (a single entry with target null for an untargeted lever). */
  choices: { target: string | null; option: LegalOption }[];
}

const CARD_HEIGHT = 52;
const GAP = 8;

export function leverCardsOf(view: SummitView): LeverCard[] {
  const cards: LeverCard[] = [];
  const meetings = view.options.filter((option) => option.action.type === 'holdMeeting');
  if (meetings.length > 0) {
    cards.push({
      id: 'meeting',
      // Named apart from any scenario lever called a meeting: this one is the rules' own, open to every seat.
      label: 'Private talks',
      cost: 'free',
      description: 'Builds trust both ways and gives a rough idea of what matters to them.',
      effects: '',
      choices: meetings.map((option) => ({ target: targetOf(option.action), option })),
    });
  }
  for (const lever of view.compiled.scenario.levers) {
    const choices = view.options
      .filter((option) => option.action.type === 'playLever' && option.action.lever === lever.id)
      .map((option) => ({ target: targetOf(option.action), option }));
    if (choices.length === 0) continue;
    const cost = Object.entries(lever.cost)
      .map(([meter, amount]) => `${amount} ${shortMeterLabel(view.compiled.meter.get(meter)?.label ?? meter)}`)
      .join(', ');
    cards.push({
      id: `lever:${lever.id}`,
      label: lever.label,
      cost: cost === '' ? 'free' : cost,
      description: lever.description.replace(/\s+/g, ' '),
      effects: lever.effects.map((effect) => describeEffect(view.compiled, effect)).join('; '),
      choices,
    });
  }
  return cards;
}

/** "Political capital" → "capital": a card has room for one word; its hint spells out the rest. */
function shortMeterLabel(label: string): string {
  return (label.split(/\s+/).pop() ?? label).toLowerCase();
}

function targetOf(action: Action): string | null {
  if (action.type === 'holdMeeting') return action.with;
  if (action.type === 'playLever') return action.target ?? null;
  return null;
}

export function renderLeverCards(
  scene: Phaser.Scene,
  layer: Phaser.GameObjects.Container,
  ring: FocusRing,
  box: PanelBox,
  view: SummitView,
  targets: { chosen: (cardId: string) => string | null; choose: (cardId: string, target: string) => void },
  play: (action: Action) => void,
): Focusable[] {
  const actionsLeft = view.compiled.scenario.rules.actionsPerRound - (view.game.actionsUsed[view.viewer] ?? 0);
  const heading = addPanel(scene, layer, box, 'YOUR LEVERS');
  layer.add(
    addText(
      scene,
      heading.x + heading.width + 12,
      box.y + 12,
      `${Math.max(0, actionsLeft)} action(s) left this round`,
      'caption',
      {
        colour: textColours.muted,
      },
    ),
  );
  const cards = leverCardsOf(view);
  // A short hand gets one wide column, so targets and costs read in full; a long one needs two.
  const columns = cards.length <= 5 ? 1 : 2;
  const cardWidth = (box.width - 32 - GAP) / columns;
  const rows = Math.ceil(cards.length / columns);
  const rowHeight = Math.min(CARD_HEIGHT + GAP, Math.floor((box.height - 44) / Math.max(1, rows)));
  const titles: Phaser.GameObjects.Text[] = [];
  const items = cards.map((card, index) => {
    const x = box.x + 16 + (index % columns) * (cardWidth + GAP);
    const y = box.y + 38 + Math.floor(index / columns) * rowHeight;
    const height = rowHeight - GAP;
    const chosenTarget = targets.chosen(card.id);
    const choice =
      card.choices.find((candidate) => candidate.target === chosenTarget) ??
      card.choices.find((candidate) => candidate.option.allowed) ??
      card.choices[0];
    const enabled = choice?.option.allowed ?? false;

    const frame = scene.add.graphics();
    if (enabled) {
      frame.fillStyle(colours.surfaceRaised, 1).fillRoundedRect(x, y, cardWidth, height, 8);
      frame.fillStyle(colours.gold, 1).fillRect(x, y + 8, 3, height - 16);
    }
    frame
      .lineStyle(1, enabled ? colours.gold : colours.line, enabled ? 0.7 : 0.9)
      .strokeRoundedRect(x, y, cardWidth, height, 8);
    const title = addText(scene, x + 12, y + 5, card.label, 'bodyStrong', {
      size: 15,
      colour: enabled ? textColours.cream : textColours.faint,
    });
    titles.push(title);
    const target = choice?.target ?? null;
    const step = (direction: -1 | 1) => {
      if (card.choices.length < 2) return;
      const current = card.choices.findIndex((candidate) => candidate.target === target);
      const next = card.choices[(current + direction + card.choices.length) % card.choices.length];
      if (next?.target) targets.choose(card.id, next.target);
    };
    const zone = scene.add.zone(x, y, cardWidth, height).setOrigin(0, 0);
    layer.add([frame, title, zone]);
    ring.bindPointer(zone, card.id);
    const colour = enabled ? textColours.gold : textColours.faint;
    if (target === null || card.choices.length < 2) {
      const detail = target === null ? card.cost : `${shortName(view, target)}  ·  ${card.cost}`;
      layer.add(fitToWidth(addText(scene, x + 12, y + height - 22, detail, 'caption', { colour }), cardWidth - 20));
    } else {
      // The arrows are hit zones of their own, over the card's: choosing a target must never play the lever.
      const arrows = addTargetChooser(
        scene,
        layer,
        { x: x + 12, y: y + height - 22, maxWidth: cardWidth - 20 },
        {
          label: shortName(view, target),
          cost: card.cost,
          colour,
        },
      );
      for (const [arrow, direction] of [
        [arrows.previous, -1],
        [arrows.next, 1],
      ] as const) {
        arrow.on(Phaser.Input.Events.POINTER_UP, () => {
          ring.focus(card.id);
          step(direction);
        });
      }
    }

    const onTarget = target === null ? '' : ` on ${view.compiled.party.get(target)?.name ?? target}`;
    return {
      id: card.id,
      bounds: new Phaser.Geom.Rectangle(x, y, cardWidth, height),
      enabled,
      hint: enabled
        ? `${card.label}${onTarget} (${card.cost}). ${card.description}${card.effects ? `\nEffect: ${card.effects}.` : ''}${card.choices.length > 1 ? '  ← → change the target.' : ''}`
        : `${card.label}${onTarget}: ${choice?.option.reason ?? 'not available'}.${card.choices.length > 1 ? '  ← → change the target.' : ''}`,
      activate: () => {
        if (choice) play(choice.option.action);
      },
      ...(card.choices.length > 1 ? { step } : {}),
    };
  });
  // One size for every card title (a long name may step down to 14 px before it is cut; its hint has it whole).
  shrinkColumnToWidth(titles, cardWidth - 20);
  return items;
}

/**
 * "◀ USA ▶ · 2 capital" on a card: each arrow a text of its own with a hit zone a little larger than the glyph (a
 * finger or an unsteady mouse on a projector). Returns the two zones.
 */
function addTargetChooser(
  scene: Phaser.Scene,
  layer: Phaser.GameObjects.Container,
  at: { x: number; y: number; maxWidth: number },
  content: { label: string; cost: string; colour: string },
): { previous: Phaser.GameObjects.Zone; next: Phaser.GameObjects.Zone } {
  const style = { colour: content.colour };
  const previousArrow = addText(scene, at.x, at.y, '◀', 'caption', style);
  const name = addText(scene, previousArrow.x + previousArrow.width + 6, at.y, content.label, 'caption', style);
  const nextArrow = addText(scene, name.x + name.width + 6, at.y, '▶', 'caption', style);
  const costX = nextArrow.x + nextArrow.width;
  const cost = fitToWidth(
    addText(scene, costX, at.y, `  ·  ${content.cost}`, 'caption', style),
    Math.max(0, at.x + at.maxWidth - costX),
  );
  const hitZone = (arrow: Phaser.GameObjects.Text) =>
    scene.add
      .zone(arrow.x - ARROW_SLACK, arrow.y - ARROW_SLACK, arrow.width + 2 * ARROW_SLACK, arrow.height + 2 * ARROW_SLACK)
      .setOrigin(0, 0)
      .setInteractive({ useHandCursor: true });
  const previous = hitZone(previousArrow);
  const next = hitZone(nextArrow);
  layer.add([previousArrow, name, nextArrow, cost, previous, next]);
  return { previous, next };
}

/** Pixels round an arrow glyph that still count as a click on it. */
const ARROW_SLACK = 6;
