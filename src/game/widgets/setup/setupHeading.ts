// The setup screen's heading: what you are about to play, in one title and one line of facts.
import type Phaser from 'phaser';
import type { Scenario } from '../../../store';
import { countOf, formatScenarioDate } from '../../format';
import { addText, colours, textColours } from '../../theme';
import { fitToWidth } from '../fitText';

export function renderSetupHeading(
  scene: Phaser.Scene,
  layer: Phaser.GameObjects.Container,
  x: number,
  scenario: Scenario | null,
): void {
  const eyebrow = addText(scene, x, 34, 'NEW GAME', 'eyebrow');
  const title = fitToWidth(
    addText(scene, x - 2, 56, scenario?.title ?? 'No scenario could be loaded', 'panelTitle'),
    1280 - x * 2,
  );
  const facts = scenario
    ? [
        formatScenarioDate(scenario.date),
        countOf(scenario.parties.length, 'party', 'parties'),
        countOf(scenario.issues.length, 'issue', 'issues'),
        `${countOf(scenario.rules.rounds, 'round', 'rounds')} to the deadline`,
      ].join('  ·  ')
    : 'Open a scenario file to play.';
  const meta = addText(scene, x, 108, facts, 'label', { colour: scenario ? textColours.gold : textColours.danger });
  const rule = scene.add.graphics();
  rule.fillStyle(colours.gold, 1).fillRect(x, 140, 96, 3);
  layer.add([eyebrow, title, meta, rule]);
}
