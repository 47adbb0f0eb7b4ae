// Links that start a game without going through the menus:
// - `?scenario=<id>&seed=<s>&seat=<party>[,<party>…]` starts that seeded game of a bundled scenario straight in the
//   Summit, with those seats human and the rest AI (a teacher hands out one link per table). A link that names an
//   unknown scenario or party opens the title with a notice that says so.
// - `?test&scenario=<id>&seed=<s>&outcome` (browser tests only) plays an all-AI game to its end and opens the
//   outcome scene it reached — Ceasefire or Collapse.
import Phaser from 'phaser';
import { scenarioCatalogue, session } from '../store';
import type { Scenario } from '../store';
import { showNotice } from '../ui/notice';
import { sceneKeys } from './sceneKeys';
import type { SceneKey } from './sceneKeys';

/** The scene that tells an outcome of this kind. */
export function outcomeSceneKey(kind: string | undefined): SceneKey | null {
  if (kind === 'ceasefire' || kind === 'ratification-failed') return sceneKeys.ceasefire;
  if (kind === 'collapse' || kind === 'deadline') return sceneKeys.collapse;
  return null;
}

export function startFromUrl(game: Phaser.Game, search = window.location.search): void {
  const params = new URLSearchParams(search);
  const scenarioId = params.get('scenario');
  if (scenarioId === null) return;
  const testOutcome = params.has('test') && params.has('outcome');
  if (!testOutcome && !params.has('seat')) return;
  const entry = scenarioCatalogue
    .getState()
    .entries.find((candidate) => candidate.status === 'valid' && candidate.scenario.id === scenarioId);
  if (entry?.status !== 'valid') {
    const known = scenarioCatalogue
      .getState()
      .entries.flatMap((candidate) => (candidate.status === 'valid' ? [candidate.scenario.id] : []));
    showNotice(`This link names no scenario called "${scenarioId}" (known: ${known.join(', ')}). Choose one below.`);
    return;
  }
  const scenario = entry.scenario;
  const humans = testOutcome ? [] : (params.get('seat') ?? '').split(',').map((seat) => seat.trim());
  const unknown = humans.filter((seat) => !scenario.parties.some((party) => party.id === seat));
  if (!testOutcome && (unknown.length > 0 || humans.length === 0)) {
    showNotice(
      `This link asks for the seat "${unknown[0] ?? ''}", which ${scenario.title} does not have (seats: ${seatList(scenario)}).`,
    );
    return;
  }
  const seats = Object.fromEntries(
    scenario.parties.map((party) => [party.id, humans.includes(party.id) ? ('human' as const) : ('ai' as const)]),
  );
  // No seed in the link: one is still needed for the game to be replayable, so the link's absence becomes "1".
  session.getState().start({ scenario, fileName: entry.fileName, seed: params.get('seed') || '1', seats });
  const target = testOutcome ? outcomeSceneKey(session.getState().game?.outcome?.kind) : sceneKeys.summit;
  if (!target) return;
  // Once the boot scene list is running, swap the title for the scene the link asks for.
  game.events.once(Phaser.Core.Events.READY, () => {
    game.scene.stop(sceneKeys.title);
    game.scene.start(target);
  });
}

function seatList(scenario: Scenario): string {
  return scenario.parties.map((party) => party.id).join(', ');
}
