// The setup screen in Chromium: reached from the title by keyboard, it shows the chosen scenario's seats with their
// difficulty, takes a typed seed, and survives a malformed scenario file picked through the real file input —
// showing the loader's located one-line error as text — then still starts a game.
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './support/useChromium';
import { openGame } from './support/gamePage';
import type { GamePage } from './support/gamePage';
import { bundledScenariosOnDisk, isShown, textsOf } from './support/expectations';
import { openSetupByKeyboard, press, typeSeed } from './support/newGame';
import { fixtureScenarioText } from './fixtures/fixtureScenario';

const baseUrl = inject('baseUrl');
const TUTORIAL = 'scenarios/tutorial.yaml';
let game: GamePage | undefined;
const chromium = useChromium(
  () => game,
  () => (game = undefined),
);

describe('setup screen', () => {
  it('opens from the title by keyboard with every playable seat, its difficulty, and an editable seed', async () => {
    game = await openGame(chromium.browser(), baseUrl);
    const setup = await openSetupByKeyboard(game, TUTORIAL);
    expect(await game.page.locator('#game').getAttribute('data-scene')).toBe('setup');
    const tutorial = bundledScenariosOnDisk().find((entry) => entry.fileName === TUTORIAL)?.scenario;
    expect(setup.setup?.scenarioId).toBe(tutorial?.id);
    // Your seat is human by default, every other seat AI; the seed is a random default.
    // The tutorial suggests Norvale's seat (it must sign and ratify, and the guide is written for it).
    expect(setup.setup?.seat).toBe('norvale');
    expect(setup.setup?.seats).toEqual({ commission: 'ai', norvale: 'human', ostrand: 'ai' });
    expect(setup.setup?.seed).toMatch(/^\d{6}$/);

    const texts = await game.visibleTexts();
    for (const party of tutorial?.parties ?? []) expect(isShown(party.name, texts), party.name).toBe(true);
    expect(textsOf(texts).some((text) => text.endsWith('Easy'))).toBe(true);
    expect(textsOf(texts).some((text) => text.endsWith('Hard'))).toBe(true);
    for (const shown of texts) expect(shown.fontSizePx, shown.text).toBeGreaterThanOrEqual(14);

    await typeSeed(game, '2026');
    // ↑ from Start walks back up to the seats; ← → lets a human play Ostrand too, Enter takes the Commission's seat.
    await press(game, 'ArrowUp'); // open a file
    await press(game, 'ArrowUp'); // new seed
    await press(game, 'ArrowUp'); // seed
    await press(game, 'ArrowUp'); // Ostrand
    await press(game, 'ArrowRight');
    await game.waitForHook((hook) => hook.setup?.seats.ostrand === 'human', 'Ostrand to be played by a human');
    await press(game, 'ArrowRight');
    await game.waitForHook((hook) => hook.setup?.seats.ostrand === 'ai', 'Ostrand back to the AI');
    await press(game, 'ArrowUp'); // Norvale
    await press(game, 'ArrowUp'); // the Commission
    await press(game, 'Enter');
    const chosen = await game.waitForHook(
      (hook) => hook.setup?.seat === 'commission',
      'the Commission to be your seat',
    );
    expect(chosen.setup?.seats.commission).toBe('human');
    expect(chosen.setup?.seed).toBe('2026');
    await game.page.waitForTimeout(300);
    await game.screenshot('setup');

    await press(game, 'Escape');
    await game.waitForHook((hook) => hook.scene === 'title', 'Escape to return to the title');
  });

  it('shows a malformed scenario file from the file picker as its located error, and keeps working', async () => {
    game = await openGame(chromium.browser(), baseUrl);
    await openSetupByKeyboard(game, TUTORIAL);
    const input = game.page.locator('#scenario-file-input');
    expect(await input.getAttribute('type')).toBe('file');

    const broken = 'rounds: [1, 2\nid: oops\n';
    await input.setInputFiles({ name: 'broken.yaml', mimeType: 'text/yaml', buffer: Buffer.from(broken) });
    const refused = await game.waitForHook((hook) => hook.setup?.fileProblem != null, 'the file problem to show');
    expect(refused.setup?.fileProblem).toMatch(/^broken\.yaml:\d+:\d+/);
    // The game still has the tutorial in hand, and says what was wrong with the file, as text on screen.
    expect(refused.setup?.scenarioId).toBe('tutorial');
    await game.page.waitForTimeout(300);
    const texts = textsOf(await game.visibleTexts());
    expect(texts.some((text) => text.startsWith('Cannot open the file: broken.yaml:'))).toBe(true);
    await game.screenshot('setup-broken-file');

    // A good file picked next replaces the error and becomes the scenario.
    await input.setInputFiles({
      name: 'lakeside.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from(fixtureScenarioText(3)),
    });
    const loaded = await game.waitForHook(
      (hook) => hook.setup?.fileName === 'lakeside.yaml',
      'the picked file to load',
    );
    expect(loaded.setup?.fileProblem).toBeNull();

    // And the game still starts.
    await press(game, 'Enter');
    const summit = await game.waitForHook((hook) => hook.scene === 'summit' && hook.session !== null, 'the summit');
    expect(summit.session?.scenarioId).toBe(loaded.setup?.scenarioId);
    expect(await game.page.locator('#game').getAttribute('data-scene')).toBe('summit');
  });
});
