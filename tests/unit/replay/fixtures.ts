// Shared set-up for the replay tests: the tutorial compiled once (small and fast), and one recorded all-AI game.
import { readFileSync } from 'node:fs';
import { compileScenario } from '../../../src/engine/index';
import type { CompiledScenario } from '../../../src/engine/index';
import { formatScenarioError, loadScenarioText } from '../../../src/scenario/loadScenario';

export const TUTORIAL_FILE = 'scenarios/tutorial.yaml';

export function compileFile(file: string): CompiledScenario {
  const result = loadScenarioText(readFileSync(file, 'utf8'), file);
  if (!result.ok) throw new Error(result.errors.map(formatScenarioError).join('\n'));
  return compileScenario(result.scenario);
}

/** A replay with one action taken out, with or without its checkpoint: what a careless hand-edit produces. */
export function withoutAction<T extends { actions: unknown[]; checkpoints: string[] }>(
  replay: T,
  index: number,
  dropCheckpoint: boolean,
): T {
  return {
    ...replay,
    actions: replay.actions.filter((_, i) => i !== index),
    checkpoints: dropCheckpoint ? replay.checkpoints.filter((_, i) => i !== index) : replay.checkpoints,
  };
}
