// The replay's top line, in the Summit's look: the scenario and the round, the round's three steps with the current
// one filled (and named in words, not colour alone), that this is a replay and of what, and the collapse meter.
import type Phaser from 'phaser';
import type { CompiledScenario, GameState } from '../../../store';
import { addText, colours, GAME_WIDTH, textColours } from '../../theme';
import { fitToWidth } from '../fitText';
import { addMeterBar } from '../summit/meterBar';

const PHASES = [
  { phase: 'diplomacy', label: 'Diplomacy' },
  { phase: 'drafting', label: 'The text' },
  { phase: 'answers', label: 'Answers' },
] as const;

const OUTCOME_WORDS: Record<NonNullable<GameState['outcome']>['kind'], string> = {
  ceasefire: 'Ceasefire signed',
  'ratification-failed': 'Signed, not ratified',
  collapse: 'Talks collapsed',
  deadline: 'Deadline passed',
};

export function renderReplayTopBar(
  scene: Phaser.Scene,
  layer: Phaser.GameObjects.Container,
  compiled: CompiledScenario,
  game: GameState,
  source: string,
): void {
  const band = scene.add.graphics();
  band.fillStyle(colours.night, 0.92).fillRect(0, 0, GAME_WIDTH, 58);
  band.fillStyle(colours.gold, 0.7).fillRect(0, 58, GAME_WIDTH, 1);
  const eyebrow = fitToWidth(
    addText(scene, 16, 8, `REPLAY · ${compiled.scenario.title.toUpperCase()}`, 'eyebrow', { size: 14 }),
    300,
  );
  const roundText = game.phase === 'ended' ? `Ended in round ${game.round}` : `Round ${game.round} of ${game.deadline}`;
  const round = addText(scene, 16, 27, roundText, 'cardTitle', { size: 22 });
  layer.add([band, eyebrow, round]);

  let x = 336;
  if (game.phase === 'ended' && game.outcome) {
    const word = addText(scene, x + 12, 29, OUTCOME_WORDS[game.outcome.kind], 'bodyStrong', {
      size: 16,
      colour: textColours.ink,
    }).setOrigin(0, 0.5);
    const pill = scene.add.graphics();
    pill.fillStyle(colours.gold, 1).fillRoundedRect(x, 14, word.width + 24, 30, 15);
    layer.add([pill, word]);
  } else {
    for (const step of PHASES) {
      const current = game.phase === step.phase;
      const label = addText(scene, x + 12, 29, step.label, 'bodyStrong', {
        size: 16,
        colour: current ? textColours.ink : textColours.faint,
      }).setOrigin(0, 0.5);
      const pill = scene.add.graphics();
      if (current) pill.fillStyle(colours.gold, 1).fillRoundedRect(x, 14, label.width + 24, 30, 15);
      else pill.lineStyle(1, colours.line, 1).strokeRoundedRect(x, 14, label.width + 24, 30, 15);
      layer.add([pill, label]);
      x += label.width + 24 + 10;
    }
  }

  const collapse = compiled.scenario.rules.collapse;
  const meter = compiled.meter.get(collapse.meter);
  const right = GAME_WIDTH - 300;
  if (meter) {
    const value = game.sharedMeters[collapse.meter] ?? meter.start;
    addMeterBar(scene, layer, right, 10, 284, {
      label: meter.label,
      caption: `${meter.label} ${Math.round(value)} · collapse at ${collapse.atLeast}`,
      value,
      min: meter.min,
      max: collapse.atLeast,
      warning: value >= collapse.atLeast * 0.75,
    });
  }
  const from = fitToWidth(addText(scene, right, 32, `Seed ${game.seed} · ${source}`, 'label'), 284);
  layer.add(from);
}
