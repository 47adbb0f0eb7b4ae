// A test entrance to the endings: `?test&scenario=<id>&seed=<s>&outcome` starts an all-AI game of that bundled
// scenario through the session store (every seat AI, so it plays to its end at once) and opens the outcome scene
// it reached — Ceasefire or Collapse — without going through Setup and Summit. Only behind `?test`: a later issue
// adds real links that carry a scenario and seed.
import Phaser from 'phaser';
import { scenarioCatalogue, session } from '../store';
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
  if (!params.has('test') || !params.has('outcome')) return;
  const scenarioId = params.get('scenario');
  const entry = scenarioCatalogue
    .getState()
    .entries.find((candidate) => candidate.status === 'valid' && candidate.scenario.id === scenarioId);
  if (entry?.status !== 'valid') {
    console.warn(`startFromUrl: no bundled scenario with id "${scenarioId ?? ''}"`);
    return;
  }
  const seats = Object.fromEntries(entry.scenario.parties.map((party) => [party.id, 'ai' as const]));
  session
    .getState()
    .start({ scenario: entry.scenario, fileName: entry.fileName, seed: params.get('seed') ?? '1', seats });
  const target = outcomeSceneKey(session.getState().game?.outcome?.kind);
  if (!target) return;
  // Once the boot scene list is running, swap the title for the outcome scene.
  game.events.once(Phaser.Core.Events.READY, () => {
    game.scene.stop(sceneKeys.title);
    game.scene.start(target);
  });
}
