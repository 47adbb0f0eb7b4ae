// The table at this step of a replay, as a roll call: every party with its flag, short name, who played it (a person
// or the AI), where it stands (acting, its answer to the latest draft), its domestic support and how far the rest of
// the table trusts it (the mean of the others' trust in it), as labelled bars so no number rests on colour alone.
import type Phaser from 'phaser';
import { currentActor } from '../../../store';
import type { CompiledScenario, GameState, Party } from '../../../store';
import { addText, colours, textColours } from '../../theme';
import { fitToWidth } from '../fitText';
import { drawPartyFlag } from '../partyFlag';
import { addMeterBar } from '../summit/meterBar';
import { addPanel } from '../summit/panel';
import type { PanelBox } from '../summit/panel';

export function renderReplayRoster(
  scene: Phaser.Scene,
  layer: Phaser.GameObjects.Container,
  box: PanelBox,
  compiled: CompiledScenario,
  game: GameState,
): void {
  addPanel(scene, layer, box, 'AT THE TABLE');
  const parties = compiled.scenario.parties;
  const top = box.y + 38;
  const rowHeight = Math.min(62, Math.floor((box.y + box.height - 8 - top) / Math.max(1, parties.length)));
  const actor = game.phase === 'ended' ? null : currentActor(compiled, game);
  const latest = game.drafts[game.drafts.length - 1];
  const supportMeter = supportMeterId(compiled);
  const support = supportMeter ? compiled.meter.get(supportMeter) : undefined;
  const trust = compiled.scenario.rules.trust;
  const halfWidth = (box.width - 48) / 2;

  parties.forEach((party, index) => {
    const y = top + index * rowHeight;
    const row = scene.add.graphics();
    if (party.id === actor)
      row.lineStyle(2, colours.gold, 1).strokeRoundedRect(box.x + 8, y, box.width - 16, rowHeight - 4, 8);
    drawPartyFlag(row, party.flag, { x: box.x + 16, y: y + 6, width: 27, height: 18 });
    const name = addText(scene, box.x + 52, y + 3, party.shortName, 'bodyStrong', { size: 16 });
    const status = statusOf(compiled, game, party, actor, latest);
    const statusText = addText(scene, box.x + box.width - 16, y + 5, status.text, 'caption', {
      colour: status.colour,
      style: 'bold',
    }).setOrigin(1, 0);
    const seatRoom = box.width - 52 - name.width - statusText.width - 36;
    const seat = fitToWidth(
      addText(scene, box.x + 58 + name.width, y + 5, game.seats[party.id] === 'human' ? 'player' : 'AI', 'caption'),
      Math.max(0, seatRoom),
    );
    if (seatRoom < 20) seat.setVisible(false);
    layer.add([row, name, seat, statusText]);

    const barsY = y + 24;
    if (support && supportMeter) {
      const value = game.partyMeters[party.id]?.[supportMeter] ?? support.start;
      const needed = compiled.scenario.rules.ratification.find((rule) => rule.party === party.id)?.atLeast;
      addMeterBar(scene, layer, box.x + 16, barsY, halfWidth, {
        label: 'Support',
        value,
        min: support.min,
        max: support.max,
        warning: needed !== undefined && value < needed + 5,
      });
    }
    const trusted = trustIn(game, party.id, trust.start);
    addMeterBar(scene, layer, box.x + 28 + halfWidth, barsY, halfWidth, {
      label: 'Trusted',
      value: trusted,
      min: trust.min,
      max: trust.max,
      warning: trusted < (trust.max - trust.min) * 0.3 + trust.min,
    });
  });
}

/** How far the others trust this party: the mean of trust[other][party] over every other party. */
function trustIn(game: GameState, partyId: string, start: number): number {
  const values = Object.entries(game.trust).flatMap(([from, row]) => (from === partyId ? [] : [row[partyId] ?? start]));
  return values.length === 0 ? start : values.reduce((sum, value) => sum + value, 0) / values.length;
}

function statusOf(
  compiled: CompiledScenario,
  game: GameState,
  party: Party,
  actor: string | null,
  latest: GameState['drafts'][number] | undefined,
): { text: string; colour: string } {
  if (party.id === actor) return { text: '▶ acting', colour: textColours.gold };
  const answer = latest?.answers[party.id];
  if (latest && answer)
    return answer.accept
      ? { text: '✓ accepts', colour: textColours.cream }
      : { text: '✗ rejects', colour: textColours.danger };
  if (latest?.by === party.id) return { text: '✎ drafted', colour: textColours.cream };
  if (!party.atTable) return { text: 'away', colour: textColours.faint };
  if (compiled.isSignatory.has(party.id)) return { text: 'must sign', colour: textColours.faint };
  return { text: '', colour: textColours.faint };
}

/** The meter ratification reads (domestic support), or the first per-party meter where higher is better. */
function supportMeterId(compiled: CompiledScenario): string | undefined {
  const { scenario } = compiled;
  return (
    scenario.rules.ratification[0]?.meter ??
    scenario.meters.find((meter) => meter.scope === 'party' && meter.higherIs === 'better')?.id
  );
}
