// Issue #5, parts 5 and 6, in Chromium: the autosave read back at boot (every corrupt save is kept aside, offered as a
// download, and the title still works; a good save offers Continue, which resumes the very same game), a replay file
// opened through the title's picker into the replay viewer and stepped by keys, "Branch here" into a live game, and
// a shared game link opening straight on its last step with the state hash Node computes. The games and links are
// made in Node with the same modules the browser runs, so the browser is checked against an independent run.
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { compileScenario, stateHash } from '../../src/engine';
import type { CompiledScenario } from '../../src/engine';
import { decodeShareHash, encodeShareHash, recordAiGame, serializeReplay, walkReplay } from '../../src/replay';
import type { Replay } from '../../src/replay';
import { AUTOSAVE_KEY, autosaveSession } from '../../src/store/autosave';
import { REJECTED_SAVES_KEY } from '../../src/store/rejectedSaves';
import type { StorageLike } from '../../src/store/autosave';
import { createSessionStore, humanToAct } from '../../src/store/session';
import type { SessionState } from '../../src/store/session';
import { actionSentence } from '../../src/game/widgets/replay/actionSentence';
import { useChromium } from './support/useChromium';
import { openGame } from './support/gamePage';
import type { GamePage } from './support/gamePage';
import { textsOf } from './support/expectations';
import { loadBundledScenario, recommendedAction } from './support/enterOnlyPlayer';
import { press } from './support/newGame';
import { pictureStats } from './support/pixels';

const baseUrl = inject('baseUrl');
const PARIS = 'scenarios/paris-2026.yaml';
const NOTICE = '#page-notice';

let game: GamePage | undefined;
const chromium = useChromium(
  () => game,
  () => (game = undefined),
);

function paris(): CompiledScenario {
  return compileScenario(loadBundledScenario(PARIS));
}

/** An all-AI game of Paris on `seed`, recorded in Node. */
function allAiParis(seed: string): { compiled: CompiledScenario; replay: Replay } {
  const compiled = paris();
  return { compiled, replay: recordAiGame(compiled, seed) };
}

/** Storage in memory, as the autosave sees localStorage. */
function memoryStorage(): StorageLike & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

/** France plays a few moves of Paris (seed 3) by the Summit's recommended move; the session and its save. */
function savedParisGame(moves: number): { session: SessionState; saveText: string } {
  const compiled = paris();
  const store = createSessionStore();
  const storage = memoryStorage();
  const seats = Object.fromEntries(compiled.partyIds.map((id) => [id, id === 'france' ? 'human' : 'ai'] as const));
  store.getState().start({ scenario: compiled.scenario, fileName: PARIS, seed: '3', seats });
  autosaveSession(store, storage, { scenarios: (id) => (id === compiled.scenario.id ? compiled : null) });
  for (let move = 0; move < moves; move++) {
    const party = humanToAct(store.getState());
    const action = party === null ? null : recommendedAction(store.getState(), party);
    if (!action) break;
    const result = store.getState().dispatch(action);
    if (!result.ok) throw new Error(`move ${move} refused: ${result.reason}`);
  }
  const saveText = storage.getItem(AUTOSAVE_KEY);
  if (saveText === null) throw new Error('the autosave wrote nothing');
  return { session: store.getState(), saveText };
}

/** Opens the title, then reloads it with `text` in the autosave's place, set before any of the game's code runs. */
async function openWithSave(text: string): Promise<GamePage> {
  const current = (game = await openGame(chromium.browser(), baseUrl));
  await current.waitForHook((hook) => hook.ready && hook.scene === 'title', 'the title screen');
  await current.page.addInitScript(
    ([key, value]) => {
      // Only on the first load after this: a reload later must find what the game itself left.
      if (sessionStorage.getItem('save-planted') === null) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('save-planted', 'yes');
      }
    },
    [AUTOSAVE_KEY, text] as const,
  );
  await current.page.reload({ waitUntil: 'load' });
  await current.waitForHook((hook) => hook.ready && hook.scene === 'title', 'the title screen after the reload');
  return current;
}

function storedItem(current: GamePage, key: string): Promise<string | null> {
  return current.page.evaluate((name) => localStorage.getItem(name), key);
}

/** The texts of the saves kept aside, oldest first. */
async function keptSaveTexts(current: GamePage): Promise<string[]> {
  const list = await storedItem(current, REJECTED_SAVES_KEY);
  return list === null ? [] : (JSON.parse(list) as { text: string }[]).map((save) => save.text);
}

/** Every text on screen is projector-sized and inside the 1280×720 view. */
async function expectReadableTexts(current: GamePage) {
  for (const shown of await current.visibleTexts()) {
    expect(shown.fontSizePx, `"${shown.text}" is too small for a projector`).toBeGreaterThanOrEqual(14);
    expect(shown.x, `"${shown.text}" starts off screen`).toBeGreaterThanOrEqual(0);
    expect(shown.x + shown.width, `"${shown.text}" runs off the right edge`).toBeLessThanOrEqual(1280);
    expect(shown.y + shown.height, `"${shown.text}" runs off the bottom`).toBeLessThanOrEqual(720);
  }
}

describe('autosave at boot', () => {
  it('keeps every corrupt save aside, offers them as downloads until deleted, and the title still works', async () => {
    const corrupt = '{"format": "ceasefire-summit-save", "version": 1, "replay": ';
    const current = await openWithSave(corrupt);
    const { page } = current;

    const notice = (await page.locator(`${NOTICE} span`).textContent()) ?? '';
    expect(notice).toMatch(/^autosave:\d+:\d+: not valid JSON: .+ The save was kept aside\.$/);
    expect(await keptSaveTexts(current)).toEqual([corrupt]);
    expect(await storedItem(current, AUTOSAVE_KEY)).toBeNull();
    const title = await current.hook();
    expect(title.continueAvailable).toBe(false);
    expect(title.session).toBeNull();
    expect(textsOf(await current.visibleTexts())).not.toContain('Continue');
    await current.screenshot('replay-corrupt-save-notice');

    // The notice's button hands the save over as a file, as it was; the save stays kept until the player deletes it.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#page-notice-action')]);
    expect(download.suggestedFilename()).toBe('ceasefire-summit-save-kept-aside.json');
    expect(readFileSync(await download.path(), 'utf8')).toBe(corrupt);
    expect(await keptSaveTexts(current)).toEqual([corrupt]);

    // A second bad save, found at the next visit, joins the first instead of replacing it; both are offered.
    const other = '{"format": "not-a-save"}';
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [AUTOSAVE_KEY, other] as const);
    await page.reload({ waitUntil: 'load' });
    await current.waitForHook((hook) => hook.ready && hook.scene === 'title', 'the title screen after the second');
    expect((await page.locator(`${NOTICE} span`).textContent()) ?? '').toMatch(
      /^autosave: format: .+ The save was kept aside\. One more saved game that could not be restored earlier is kept aside\.$/,
    );
    expect(await keptSaveTexts(current)).toEqual([corrupt, other]);
    expect(await page.locator('#page-notice-action').textContent()).toBe('Download the 2 saves');

    await page.click('#page-notice-action-2'); // "Delete them"
    expect(await storedItem(current, REJECTED_SAVES_KEY)).toBeNull();
    expect(await page.locator(NOTICE).count()).toBe(0);

    // The title goes on as ever: a briefing opens and closes, N opens the setup.
    await press(current, 'Enter');
    await current.waitForHook((hook) => hook.view === 'briefing', 'the briefing to open');
    await press(current, 'Escape');
    await current.waitForHook((hook) => hook.view === 'list', 'the list to return');
    await press(current, 'n');
    await current.waitForHook((hook) => hook.scene === 'setup', 'N to open the setup');
  });

  it('offers Continue for a saved game, and C resumes it where it stood', async () => {
    const saved = savedParisGame(5);
    const expected = saved.session.game;
    if (!expected) throw new Error('no game was saved');
    const current = await openWithSave(saved.saveText);

    const title = await current.hook();
    expect(title.continueAvailable).toBe(true);
    expect(await current.page.locator(NOTICE).count()).toBe(0);
    await current.page.waitForTimeout(300);
    const texts = await current.visibleTexts();
    expect(textsOf(texts)).toEqual(expect.arrayContaining(['Continue', 'New game', 'Load a replay', 'Compare tables']));
    await expectReadableTexts(current);
    await current.screenshot('replay-title-continue');

    await press(current, 'c');
    const summit = await current.waitForHook((hook) => hook.scene === 'summit', 'C to open the summit');
    expect(summit.session).toMatchObject({
      scenarioId: 'paris-2026',
      seed: '3',
      round: expected.round,
      phase: expected.phase,
      drafts: expected.drafts.length,
      humanToAct: humanToAct(saved.session),
      outcome: null,
    });
    expect(summit.session?.terms).toEqual(saved.session.draftTerms);
    // The save now holds the resumed game: same scenario, seed and moves.
    const resaved = JSON.parse((await storedItem(current, AUTOSAVE_KEY)) ?? 'null') as { replay: Replay } | null;
    expect(resaved?.replay.actions).toEqual(JSON.parse(saved.saveText).replay.actions);
    await current.page.waitForTimeout(1500); // the round banner passes
    await current.screenshot('replay-continued-summit');
  });
});

describe('replay viewer', () => {
  it('says in one line why a bad replay file cannot open, then opens a good one and steps through it by keys', async () => {
    const { compiled, replay } = allAiParis('5');
    const walked = walkReplay(compiled, replay);
    const hashAt = (step: number) =>
      stateHash(step === 0 ? walked.initial : (walked.steps[step - 1]?.state ?? walked.initial));
    const roundTwo = walked.steps.findIndex((step) => step.state.round === 2) + 1;
    const current = (game = await openGame(chromium.browser(), baseUrl));
    await current.waitForHook((hook) => hook.ready && hook.scene === 'title', 'the title screen');

    // A broken file: one located line on the title; the title keeps working.
    await current.page.setInputFiles('#replay-file-input', {
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "ceasefire-summit-replay",\n  "version": 1,,\n}'),
    });
    const refused = await current.waitForHook((hook) => hook.replayFileProblem !== null, 'the file to be refused');
    expect(refused.replayFileProblem).toMatch(/^broken\.json:2:\d+: not valid JSON: /);
    expect(refused.scene).toBe('title');
    const problemLine = (await current.visibleTexts()).find((shown) =>
      shown.text.startsWith('Cannot open the replay:'),
    );
    expect(problemLine?.text).toBe(`Cannot open the replay: ${refused.replayFileProblem}`);
    await expectReadableTexts(current);
    await current.screenshot('replay-title-bad-file');
    await press(current, 'Enter');
    await current.waitForHook((hook) => hook.view === 'briefing', 'the briefing to open after the bad file');
    await press(current, 'Escape');
    await current.waitForHook((hook) => hook.view === 'list', 'the list to return');

    // The good file opens the viewer at the start of the game.
    await current.page.setInputFiles('#replay-file-input', {
      name: 'paris-seed-5.json',
      mimeType: 'application/json',
      buffer: Buffer.from(serializeReplay(replay)),
    });
    let hook = await current.waitForHook((h) => h.scene === 'replay' && h.replay !== null, 'the replay viewer');
    expect(await current.page.locator('#game').getAttribute('data-scene')).toBe('replay');
    expect(hook.replay).toMatchObject({
      scenarioId: 'paris-2026',
      source: 'paris-seed-5.json',
      step: 0,
      steps: replay.actions.length,
      playing: false,
      round: 1,
      stateHash: hashAt(0),
    });
    await current.page.waitForTimeout(300);
    const opening = textsOf(await current.visibleTexts());
    expect(opening).toEqual(
      expect.arrayContaining([`STEP 0 OF ${replay.actions.length}`, 'Round 1 of 8', 'AT THE TABLE']),
    );
    await expectReadableTexts(current);

    const stepTo = async (key: string, step: number) => {
      await press(current, key);
      hook = await current.waitForHook((h) => h.replay?.step === step, `${key} to show step ${step}`);
      expect(hook.replay?.stateHash, `the state at step ${step}`).toBe(hashAt(step));
    };
    await stepTo('ArrowRight', 1);
    await stepTo('ArrowRight', 2);
    await stepTo('ArrowLeft', 1);
    // The step reads like the Summit's news: names and labels, never an action's type or a party's id.
    const first = replay.actions[0];
    const firstWords = first ? actionSentence(compiled, first, walked.initial) : null;
    expect(firstWords).not.toContain(first?.type);
    expect(firstWords).toMatch(/^[A-Z].*\.$/);
    expect(hook.replay?.action).toBe(firstWords);
    expect(textsOf(await current.visibleTexts())).toContain(firstWords);
    await stepTo('PageDown', roundTwo);
    expect(hook.replay?.round).toBe(2);
    await stepTo('PageUp', 0);
    await stepTo('End', replay.actions.length);
    expect(hook.replay?.phase).toBe('ended');
    await current.page.waitForTimeout(200);
    await current.screenshot('replay-viewer-end');
    await stepTo('Home', 0);

    // Space plays and pauses; S changes the speed.
    await press(current, 's');
    await current.waitForHook((h) => h.replay?.speed === 2, 'S to double the speed');
    await press(current, 'Space');
    hook = await current.waitForHook(
      (h) => (h.replay?.step ?? 0) >= 2 && h.replay?.playing === true,
      'play to move on',
    );
    await press(current, 'Space');
    hook = await current.waitForHook((h) => h.replay?.playing === false, 'Space to pause');
    const paused = hook.replay?.step ?? 0;
    expect(hook.replay?.stateHash).toBe(hashAt(paused));
    await current.page.waitForTimeout(600);
    expect((await current.hook()).replay?.step).toBe(paused);

    // Half-way through round 2, branch: France (the convenor, as Setup offers) plays on from there.
    await stepTo('End', replay.actions.length);
    await stepTo('Home', 0);
    await stepTo('PageDown', roundTwo);
    await press(current, 'b');
    hook = await current.waitForHook((h) => h.replay?.seatChooser !== null, 'B to open the seat chooser');
    expect(hook.replay?.seatChooser).toBe('france');
    expect(textsOf(await current.visibleTexts())).toContain('Which seat do you take?');
    await expectReadableTexts(current);
    await current.screenshot('replay-branch-seat-chooser');
    await press(current, 'Enter');
    hook = await current.waitForHook(
      (h) => h.scene === 'summit' && h.session !== null,
      'the branch to open the summit',
    );
    expect(hook.session).toMatchObject({ scenarioId: 'paris-2026', seed: '5', humanToAct: 'france' });
    expect(hook.session?.round).toBeGreaterThanOrEqual(2);
  });

  it('opens a shared game link on its last step, with the final state Node computes', async () => {
    const { compiled, replay } = allAiParis('11');
    const hash = encodeShareHash(compiled, replay);
    const current = (game = await openGame(chromium.browser(), baseUrl));
    await current.waitForHook((hook) => hook.ready && hook.scene === 'title', 'the title screen');
    // Another query string, so the browser loads the page anew rather than only moving to the fragment.
    await current.page.goto(`${baseUrl}?test&shared#${hash}`, { waitUntil: 'load' });
    const hook = await current.waitForHook((h) => h.scene === 'replay' && h.replay !== null, 'the replay viewer');
    expect(hook.replay).toMatchObject({
      scenarioId: 'paris-2026',
      source: 'a shared link',
      step: replay.actions.length,
      steps: replay.actions.length,
      phase: 'ended',
    });
    expect(hook.replay?.stateHash).toBe(replay.finalStateHash);
    expect(await current.page.locator(NOTICE).count()).toBe(0);
    await current.page.waitForTimeout(400);
    await expectReadableTexts(current);
    const shot = await current.screenshot('replay-shared-link');
    expect((await pictureStats(current.page, shot)).distinctColours).toBeGreaterThan(100);

    await press(current, 'Escape');
    await current.waitForHook((h) => h.scene === 'title' && h.ready, 'Escape to go back to the title');
  });

  it('opens the title with a one-line notice when a game link is damaged', async () => {
    const { compiled, replay } = allAiParis('11');
    const good = encodeShareHash(compiled, replay);
    const damaged = `${good.slice(0, -6)}${good.slice(-6).split('').reverse().join('')}`;
    const expected = decodeShareHash(compiled, damaged);
    expect(expected.ok).toBe(false);
    const current = (game = await openGame(chromium.browser(), baseUrl));
    await current.waitForHook((hook) => hook.ready && hook.scene === 'title', 'the title screen');
    await current.page.goto(`${baseUrl}?test&damaged#${damaged}`, { waitUntil: 'load' });
    await current.waitForHook((h) => h.scene === 'title' && h.ready, 'the title screen to open instead');
    const notice = await current.page.locator(`${NOTICE} span`).textContent();
    expect(notice).toBe(`This game link cannot be opened: ${expected.ok ? '' : expected.problem}`);
    await current.screenshot('replay-damaged-link');
    await press(current, 'n');
    await current.waitForHook((h) => h.scene === 'setup', 'N to open the setup');
  });
});
