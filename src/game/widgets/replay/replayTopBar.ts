// The replay's top line, in the Summit's look: the scenario and the round, the round's three steps with the current
// one filled (and named in words, not colour alone) or, once ended, how it ended in Compare's words (a game the
// facilitator stopped says so), that this is a replay and of what, and the collapse meter.
import type Phaser from 'phaser';
import { outcomeLabel } from '../../../store';
import type { CompiledScenario, GameState } from '../../../store';
import { addText, colours, GAME_WIDTH, textColours } from '../../theme';
import { fitToWidth } from '../fitText';
import { addMeterBar } from '../summit/meterBar';
import { addPhaseSteps, addTopBand, STEPS_X } from '../summit/topBand';

export function renderReplayTopBar(
  scene: Phaser.Scene,
  layer: Phaser.GameObjects.Container,
  compiled: CompiledScenario,
  game: GameState,
  source: string,
): void {
  addTopBand(scene, layer, `Replay · ${compiled.scenario.title}`, game);
  const x = STEPS_X;
  if (game.phase === 'ended' && game.outcome) {
    const word = addText(scene, x + 12, 29, outcomeLabel(game.outcome), 'bodyStrong', {
      size: 16,
      colour: textColours.ink,
    }).setOrigin(0, 0.5);
    const pill = scene.add.graphics();
    pill.fillStyle(colours.gold, 1).fillRoundedRect(x, 14, word.width + 24, 30, 15);
    layer.add([pill, word]);
  } else addPhaseSteps(scene, layer, x, game.phase);

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
