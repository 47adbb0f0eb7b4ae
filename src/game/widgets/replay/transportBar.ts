// The replay's controls, each a button with its key: a step back (←), play or pause (Space), a step on (→), the
// speed (S), "Branch here" (B) and back to the title (Esc). They join the scene's focus ring, so Tab and Enter reach
// them too; a greyed-out one says why in its hint.
import Phaser from 'phaser';
import { addActionButton } from '../summit/actionButton';
import type { FocusRing, Focusable } from '../summit/focusRing';

export interface TransportState {
  playing: boolean;
  speed: number;
  atStart: boolean;
  atEnd: boolean;
  /** Why "Branch here" cannot be used at this step, or null when it can. */
  branchBlocked: string | null;
}

export interface TransportHandlers {
  back: () => void;
  playPause: () => void;
  forward: () => void;
  speed: () => void;
  branch: () => void;
  title: () => void;
}

const GAP = 10;

export function renderTransport(
  scene: Phaser.Scene,
  layer: Phaser.GameObjects.Container,
  ring: FocusRing,
  at: { x: number; y: number },
  state: TransportState,
  handlers: TransportHandlers,
): Focusable[] {
  const specs = [
    {
      id: 'back',
      label: '◀  Back',
      shortcut: '←',
      enabled: !state.atStart,
      hint: state.atStart ? 'This is the start of the game' : 'One step back',
      activate: handlers.back,
    },
    {
      id: 'play',
      label: state.playing ? 'Pause' : state.atEnd ? 'Play from the start' : 'Play',
      shortcut: 'Space',
      enabled: true,
      tone: 'primary' as const,
      hint: state.playing ? 'Stop here' : 'Play the game on, step by step',
      activate: handlers.playPause,
    },
    {
      id: 'forward',
      label: 'Forward  ▶',
      shortcut: '→',
      enabled: !state.atEnd,
      hint: state.atEnd ? 'This is the last step of the replay' : 'One step on',
      activate: handlers.forward,
    },
    {
      id: 'speed',
      label: `Speed ${state.speed}×`,
      shortcut: 'S',
      enabled: true,
      hint: 'How fast Play goes: 1×, 2×, 4× or 8×',
      activate: handlers.speed,
    },
    {
      id: 'branch',
      label: 'Branch here',
      shortcut: 'B',
      enabled: state.branchBlocked === null,
      hint: state.branchBlocked ?? 'Take a seat and play on from this step: a new game, the replay stays as it was',
      activate: handlers.branch,
    },
    {
      id: 'title',
      label: 'Title',
      shortcut: 'Esc',
      enabled: true,
      hint: 'Back to the title screen',
      activate: handlers.title,
    },
  ];
  let x = at.x;
  const items: Focusable[] = [];
  for (const spec of specs) {
    const button = addActionButton(scene, x, at.y, {
      label: spec.label,
      shortcut: spec.shortcut,
      enabled: spec.enabled,
      ...('tone' in spec ? { tone: spec.tone } : {}),
    });
    layer.add(button.container);
    ring.bindPointer(button.zone, spec.id);
    items.push({
      id: spec.id,
      bounds: new Phaser.Geom.Rectangle(x, at.y, button.bounds.width, button.bounds.height),
      enabled: spec.enabled,
      hint: spec.hint,
      activate: spec.activate,
    });
    x += button.bounds.width + GAP;
  }
  return items;
}
