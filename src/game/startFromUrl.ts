// Links that start a game without going through the menus:
// - `?scenario=<id>&seed=<s>&seat=<party>[,<party>…]` starts that seeded game of a bundled scenario straight in the
//   Summit, with those seats human and the rest AI (a teacher hands out one link per table). A link that names an
//   unknown scenario or party opens the title with a notice that says so. When the browser holds a game already
//   (startLinkChoice): the same game is taken up where it stands; another one in progress makes the title ask
//   first, keeping it being the default.
// - `?test&scenario=<id>&seed=<s>&outcome` (browser tests only) plays an all-AI game to its end and opens the
//   outcome scene it reached — Ceasefire or Collapse.
import Phaser from 'phaser';
import { catalogueScenarios, parseStartLink, scenarioCatalogue, session, startLinkChoice } from '../store';
import type { SessionSetup } from '../store';
import { showNotice } from '../ui/notice';
import { continueTarget } from './autosaveBoot';
import { sceneKeys } from './sceneKeys';
import type { SceneKey } from './sceneKeys';
import type { TitleSceneData } from './scenes/TitleScene';

/** The scene that tells an outcome of this kind. */
export function outcomeSceneKey(kind: string | undefined): SceneKey | null {
  if (kind === 'ceasefire' || kind === 'ratification-failed') return sceneKeys.ceasefire;
  if (kind === 'collapse' || kind === 'deadline') return sceneKeys.collapse;
  return null;
}

export function startFromUrl(game: Phaser.Game, search = window.location.search): void {
  const params = new URLSearchParams(search);
  if (params.has('test') && params.has('outcome')) {
    const setup = allAiGame(params);
    if (!setup) return;
    session.getState().start(setup);
    const target = outcomeSceneKey(session.getState().game?.outcome?.kind);
    if (target) openOnReady(game, target);
    return;
  }
  const setup = humanGame(search);
  if (!setup) return;
  switch (startLinkChoice(session.getState(), setup)) {
    case 'resume':
      openOnReady(game, continueTarget() ?? sceneKeys.title);
      return;
    case 'ask': {
      const data: TitleSceneData = { startLink: setup };
      openOnReady(game, sceneKeys.title, data);
      return;
    }
    case 'start':
      session.getState().start(setup);
      openOnReady(game, sceneKeys.summit);
  }
}

/** Once the boot scene list is running, swaps the title for the scene the link asks for. */
function openOnReady(game: Phaser.Game, target: SceneKey, data?: object) {
  game.events.once(Phaser.Core.Events.READY, () => {
    game.scene.stop(sceneKeys.title);
    game.scene.start(target, data);
  });
}

/** A start link with its players' seats; a link that is wrong says so in a notice and the title opens. */
function humanGame(search: string): SessionSetup | null {
  const link = parseStartLink(search, catalogueScenarios);
  if (link === null) return null;
  if ('problem' in link) {
    showNotice(`This link cannot start a game: ${link.problem}.`);
    return null;
  }
  // A link without seats (or with ai=all) is not one a player sits down with: the title opens.
  if (!link.humanSeats || link.humanSeats.length === 0) return null;
  const entry = bundledEntry(link.scenarioId);
  if (!entry) return null;
  const humans = link.humanSeats;
  const seats = Object.fromEntries(
    entry.scenario.parties.map((party) => [party.id, humans.includes(party.id) ? ('human' as const) : ('ai' as const)]),
  );
  // No seed in the link: one is still needed for the game to be replayable, so the link's absence becomes "1".
  return { scenario: entry.scenario, fileName: entry.fileName, seed: link.seed ?? '1', seats };
}

/** The browser tests' entrance to the endings: every seat AI, so the game plays to its end at once. */
function allAiGame(params: URLSearchParams): SessionSetup | null {
  const scenarioId = params.get('scenario') ?? '';
  const entry = bundledEntry(scenarioId);
  if (!entry) {
    console.warn(`startFromUrl: no bundled scenario with id "${scenarioId}"`);
    return null;
  }
  const seats = Object.fromEntries(entry.scenario.parties.map((party) => [party.id, 'ai' as const]));
  return { scenario: entry.scenario, fileName: entry.fileName, seed: params.get('seed') || '1', seats };
}

function bundledEntry(scenarioId: string) {
  const entry = scenarioCatalogue
    .getState()
    .entries.find((candidate) => candidate.status === 'valid' && candidate.scenario.id === scenarioId);
  return entry?.status === 'valid' ? entry : null;
}
