// The guide of a scenario's first rounds, on the Summit: what just happened, what to do now and why, for the
// round and phase the table is in (the step is chosen by the store, from the scenario file). It sits where the
// table has room and never over the controls it names; H hides it, leaving a one-line reminder of how to bring
// it back.
import type Phaser from 'phaser';
import type { GuideView } from '../../../store';
import { addText, colours, textColours } from '../../theme';
import type { PanelBox } from './panel';

const PADDING = 14;
const GAP = 8;
/** Text sizes tried in turn until the whole step fits its box: the largest that fits a projector best. */
const SIZES = [17, 16, 15, 14] as const;
/** Height of the folded guide (its one-line reminder). */
export const FOLDED_GUIDE_HEIGHT = 40;

/**
 * Where the guide goes: under the roll call when the parties leave room there (a small table like the tutorial's),
 * else over the news feed, which the guide's own "what just happened" stands in for until H hides it.
 */
export function guidePlacement(
  roster: PanelBox,
  parties: number,
  news: PanelBox,
): { roster: PanelBox; guide: PanelBox } {
  const rosterHeight = 38 + parties * 62 + 8;
  const room = roster.height - rosterHeight - 12;
  if (room < 260) return { roster, guide: news };
  return {
    roster: { ...roster, height: rosterHeight },
    guide: { x: roster.x, y: roster.y + rosterHeight + 12, width: roster.width, height: room },
  };
}

export function renderTutorialGuide(
  scene: Phaser.Scene,
  layer: Phaser.GameObjects.Container,
  box: PanelBox,
  guide: GuideView,
  hidden: boolean,
): void {
  const frame = scene.add.graphics();
  layer.add(frame);
  if (hidden) {
    drawFrame(frame, { ...box, height: FOLDED_GUIDE_HEIGHT });
    const reminder = addText(scene, box.x + PADDING, box.y + 11, 'GUIDE HIDDEN · press H to show it', 'label', {
      colour: textColours.gold,
    });
    layer.add(reminder);
    return;
  }
  drawFrame(frame, box);
  const heading = addText(scene, box.x + PADDING, box.y + 12, 'GUIDE', 'eyebrow');
  const counter = addText(
    scene,
    box.x + box.width - PADDING,
    box.y + 12,
    `step ${guide.stepNumber} of ${guide.stepsThisRound} · H hides`,
    'caption',
    { colour: textColours.muted },
  ).setOrigin(1, 0);
  layer.add([heading, counter]);
  const texts = fitStep(scene, box, guide);
  layer.add(texts);
}

function drawFrame(frame: Phaser.GameObjects.Graphics, box: PanelBox): void {
  frame.fillStyle(0x000000, 0.3).fillRoundedRect(box.x + 3, box.y + 4, box.width, box.height, 12);
  frame.fillStyle(colours.surfaceRaised, 0.96).fillRoundedRect(box.x, box.y, box.width, box.height, 12);
  frame.lineStyle(2, colours.gold, 0.9).strokeRoundedRect(box.x, box.y, box.width, box.height, 12);
}

/** Lays the step out at the largest size that fits; at the smallest, what does not fit is left to the reader's H. */
function fitStep(scene: Phaser.Scene, box: PanelBox, guide: GuideView): Phaser.GameObjects.Text[] {
  let texts: Phaser.GameObjects.Text[] = [];
  for (const size of SIZES) {
    texts.forEach((text) => text.destroy());
    texts = layoutStep(scene, box, guide, size);
    const bottom = Math.max(...texts.map((text) => text.y + text.height));
    if (bottom <= box.y + box.height - PADDING) break;
  }
  return texts;
}

function layoutStep(scene: Phaser.Scene, box: PanelBox, guide: GuideView, size: number): Phaser.GameObjects.Text[] {
  const wrapWidth = box.width - PADDING * 2;
  const x = box.x + PADDING;
  let y = box.y + 38;
  const texts: Phaser.GameObjects.Text[] = [];
  const add = (content: string, colour: string, style: 'bold' | 'normal' | 'italic', textSize = size) => {
    const text = addText(scene, x, y, content, 'body', { size: textSize, colour, style, wrapWidth });
    texts.push(text);
    y += text.height + GAP;
  };
  const { step } = guide;
  add(step.title, textColours.gold, 'bold', size + 1);
  if (step.happened) add(`Just now: ${step.happened}`, textColours.muted, 'italic', Math.max(14, size - 1));
  add(`Now: ${step.now}`, textColours.cream, 'normal');
  add(`Why: ${step.why}`, textColours.muted, 'normal', Math.max(14, size - 1));
  return texts;
}
