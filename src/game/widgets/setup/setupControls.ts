// The right-hand controls of setup: the seed (shown, editable by typing, or redrawn), opening a scenario file, and
// Start / Back. Each is a focusable control, so the keyboard reaches every one.
import Phaser from 'phaser';
import { addText, colours, textColours } from '../../theme';
import { addActionButton, BUTTON_HEIGHT } from '../summit/actionButton';
import type { Focusable, FocusRing } from '../summit/focusRing';

export interface SetupControlsChoice {
  seed: string;
  seedEditable: boolean;
  canStart: boolean;
  onNewSeed: () => void;
  onOpenFile: () => void;
  /** Prints the confidential brief of every human seat, with this seed's numbers. */
  onPrintBriefs: () => void;
  onStart: () => void;
  onBack: () => void;
}

const SEED_BOX_WIDTH = 230;

export function renderSetupControls(
  scene: Phaser.Scene,
  layer: Phaser.GameObjects.Container,
  ring: FocusRing,
  box: { x: number; y: number; width: number },
  choice: SetupControlsChoice,
): Focusable[] {
  const { x, y } = box;
  const items: Focusable[] = [];

  const seedLabel = addText(scene, x, y, 'SEED', 'eyebrow');
  const seedNote = addText(scene, x + 62, y, 'the same seed and seats give the same game', 'label', {
    colour: textColours.faint,
  });
  const field = scene.add.graphics();
  const fieldY = y + 26;
  field.fillStyle(colours.night, 0.9).fillRoundedRect(x, fieldY, SEED_BOX_WIDTH, BUTTON_HEIGHT, 8);
  field.lineStyle(1.5, colours.line, 1).strokeRoundedRect(x, fieldY, SEED_BOX_WIDTH, BUTTON_HEIGHT, 8);
  const seedText = addText(scene, x + 14, fieldY + BUTTON_HEIGHT / 2, choice.seed || 'type a seed', 'bodyStrong', {
    size: 20,
    colour: choice.seed ? textColours.cream : textColours.faint,
  }).setOrigin(0, 0.5);
  const seedZone = scene.add.zone(x, fieldY, SEED_BOX_WIDTH, BUTTON_HEIGHT).setOrigin(0, 0);
  layer.add([seedLabel, seedNote, field, seedText, seedZone]);
  ring.bindPointer(seedZone, 'seed');
  items.push({
    id: 'seed',
    bounds: new Phaser.Geom.Rectangle(x, fieldY, SEED_BOX_WIDTH, BUTTON_HEIGHT),
    enabled: true,
    hint: 'Type to change the seed; Backspace deletes.',
  });

  const reseed = addActionButton(scene, x + SEED_BOX_WIDTH + 12, fieldY, { label: 'New seed', enabled: true });
  layer.add(reseed.container);
  ring.bindPointer(reseed.zone, 'new-seed');
  items.push({
    id: 'new-seed',
    bounds: reseed.bounds,
    enabled: true,
    hint: 'Draw another random seed.',
    activate: choice.onNewSeed,
  });

  const open = addActionButton(scene, x, fieldY + 64, { label: 'Open a scenario file…', enabled: true });
  layer.add(open.container);
  ring.bindPointer(open.zone, 'open-file');
  items.push({
    id: 'open-file',
    bounds: open.bounds,
    enabled: true,
    hint: 'Play a scenario file from your computer (YAML).',
    activate: choice.onOpenFile,
  });

  const briefs = addActionButton(scene, x + open.bounds.width + 12, fieldY + 64, {
    label: 'Print briefs',
    enabled: choice.canStart,
  });
  layer.add(briefs.container);
  ring.bindPointer(briefs.zone, 'print-briefs');

  // Room above Start for a picked file's error (up to three lines).
  const startY = fieldY + 192;
  const start = addActionButton(scene, x, startY, {
    label: 'Start the summit',
    enabled: choice.canStart,
    tone: 'primary',
    minWidth: 250,
  });
  const back = addActionButton(scene, x + 268, startY, { label: 'Back', shortcut: 'Esc', enabled: true });
  layer.add([start.container, back.container]);
  ring.bindPointer(start.zone, 'start');
  ring.bindPointer(back.zone, 'back');
  items.push(
    {
      id: 'start',
      bounds: start.bounds,
      enabled: choice.canStart,
      hint: choice.canStart ? 'Enter: take your seat at the table.' : 'Choose a scenario and a seed first.',
      activate: choice.onStart,
    },
    { id: 'back', bounds: back.bounds, enabled: true, hint: 'Back to the title screen.', activate: choice.onBack },
    // Last in the Tab order, after Back: printing is for the teacher, not a step every player takes.
    {
      id: 'print-briefs',
      bounds: briefs.bounds,
      enabled: choice.canStart,
      hint: 'A confidential role brief for each human seat, with this seed’s numbers, to print.',
      activate: choice.onPrintBriefs,
    },
  );
  return items;
}
