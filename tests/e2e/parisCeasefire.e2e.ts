// Issue #4, test (a): a whole game of the flagship scenario, Paris 2026, by keyboard only — title → setup →
// summit → a signed and ratified ceasefire → debrief → title — from Ukraine's seat on seed "2". At the Summit the
// player only ever presses Enter: on each new turn the Summit focuses the recommended move (end the phase in
// diplomacy, table the draft in drafting, accept in answers).
//
// Why seed "2" and Ukraine: scripts/findKeyboardCeasefireSeed.ts plays that Enter-only player on the session store
// for every seat and seeds "1"…"N". Since a seat's draft is its own (issue #10: it is never replaced by another
// party's text), an Enter-only France tables its own favourite text every round and the talks collapse on every
// seed; Ukraine's Enter-only player tables its own text as a counter-draft and accepts the convenor's, and seed "2"
// carries it to a ratified ceasefire that holds in round 7 after 22 presses of Enter (7 drafts tabled, 8
// accepted). The same player, run here in Node (support/enterOnlyPlayer.ts), predicts the game turn by turn, so a
// divergence fails on the turn where it happens.
//
// Keys only (no mouse), one plain key at a time with a frame after each (support/frameKeys.ts says why); the test
// hook is only read. The Ceasefire and Debrief scenes are checked on the page's data-scene attribute and on
// screenshots, and their texts (the debrief's party utilities) as soon as those scenes publish the test hook.
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './support/useChromium';
import { openGame } from './support/gamePage';
import type { GamePage, HookSnapshot } from './support/gamePage';
import { isShown, textsOf } from './support/expectations';
import { openSetupByKeys, pressKey, typeSeedByKeys } from './support/frameKeys';
import { changedFraction, pictureStats } from './support/pixels';
import { loadBundledScenario, playEnterOnly } from './support/enterOnlyPlayer';
import type { EnterMove } from './support/enterOnlyPlayer';
import { buildDebrief } from '../../src/store/debrief';
import { clausesOf, guarantorsOf, partyName } from '../../src/store/outcomeStory';
import type { VisibleText } from '../../src/game/testHook';

const baseUrl = inject('baseUrl');
const PARIS = 'scenarios/paris-2026.yaml';
const SEAT = 'ukraine';
const SEED = '2';
const SCENES_IN_ORDER = ['title', 'setup', 'summit', 'ceasefire', 'debrief', 'title'];

let game: GamePage | undefined;
const chromium = useChromium(
  () => game,
  () => (game = undefined),
);

/** What the Enter-only player does in this game, worked out in Node before the browser plays it. */
function predictGame() {
  const scenario = loadBundledScenario(PARIS);
  const played = playEnterOnly(scenario, PARIS, SEAT, SEED);
  const { compiled, initial, game: final } = played.state;
  const outcome = final?.outcome;
  if (!compiled || !initial || !final || outcome?.kind !== 'ceasefire' || played.stuck)
    throw new Error(
      `Enter alone no longer carries ${SEAT} to a ceasefire on seed ${SEED} (${played.stuck ?? outcome?.kind ?? 'unfinished'}): ` +
        'find another with `npx tsx scripts/findKeyboardCeasefireSeed.ts`',
    );
  const clauses = clausesOf(compiled, outcome.terms);
  const backers = guarantorsOf(clauses).map((id) => partyName(compiled, id));
  const backedClause = clauses.findIndex((clause) => clause.guarantors.length > 0);
  const backedBy = { clauses, backers, backedClause };
  return { scenario, moves: played.moves, outcome, debrief: buildDebrief(compiled, initial, final), backedBy };
}

/** Where the game stands, and what the human may do: changes with every move Enter plays. */
function progressOf(hook: HookSnapshot): string {
  const s = hook.session;
  return s ? [s.round, s.phase, s.humanToAct, s.outcome, s.drafts, s.available.join(',')].join('|') : 'none';
}

/** The action the hook must offer for Enter's move to be the predicted one. */
function offers(hook: HookSnapshot, move: EnterMove): boolean {
  const available = hook.session?.available ?? [];
  if (move.action === 'answerDraft') return available.some((name) => /^answerDraft:.+:accept$/.test(name));
  return available.includes(move.action);
}

/** The chart's surplus over no deal, written as the Debrief writes it (utilityChart.ts `signed`). */
function signedSurplus(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return `${rounded >= 0 ? '+' : '−'}${Math.abs(rounded).toFixed(2)}`;
}

/** Records every value the page's data-scene attribute takes, from now on (read-only: the game is untouched). */
async function watchScenes(current: GamePage): Promise<() => Promise<string[]>> {
  await current.page.evaluate(() => {
    const container = document.querySelector('#game');
    const trail: string[] = [container?.getAttribute('data-scene') ?? ''];
    (window as unknown as { __sceneTrail: string[] }).__sceneTrail = trail;
    if (!container) return;
    new MutationObserver(() => {
      const scene = container.getAttribute('data-scene') ?? '';
      if (trail[trail.length - 1] !== scene) trail.push(scene);
    }).observe(container, { attributes: true, attributeFilter: ['data-scene'] });
  });
  return () => current.page.evaluate(() => [...(window as unknown as { __sceneTrail: string[] }).__sceneTrail]);
}

async function sceneIs(current: GamePage, key: string): Promise<void> {
  await current.page.waitForSelector(`#game[data-scene="${key}"]`, { timeout: 20_000 });
}

/** Lets the screen draw a few frames before a picture (scenes fade and tween in). */
async function settle(current: GamePage): Promise<void> {
  await current.page.waitForTimeout(400);
}

/** The scene's visible texts, when that scene publishes the test hook; null when the hook is still another's. */
async function publishedTexts(current: GamePage, scene: string): Promise<VisibleText[] | null> {
  return (await current.hook()).scene === scene ? current.visibleTexts() : null;
}

async function logLines(current: GamePage): Promise<string[]> {
  return current.page.locator('#summit-live-log p').allTextContents();
}

describe('Paris 2026 by keyboard', () => {
  it(
    'Ukraine carries the Paris table to a ratified ceasefire with Enter alone, then reads the debrief',
    { timeout: 150_000 },
    async () => {
      const predicted = predictGame();
      const current = (game = await openGame(chromium.browser(), baseUrl));
      await current.waitForHook((hook) => hook.ready && hook.scene === 'title', 'the title screen to be ready');
      const scenesSoFar = await watchScenes(current);
      await settle(current);
      await current.screenshot('paris-ceasefire-1-title');

      // Setup: France's seat is offered first; ↓ from Start to Back, Print briefs and the first seat (Ukraine), Enter
      // takes it, ↑ back to Start. Every other seat stays the AI's. Type the seed, Enter.
      await openSetupByKeys(current, PARIS);
      for (let step = 0; step < 3; step++) await pressKey(current, 'ArrowDown');
      await pressKey(current, 'Enter');
      const setup = await current.waitForHook((h) => h.setup?.seat === SEAT, 'Ukraine to be your seat');
      for (let step = 0; step < 3; step++) await pressKey(current, 'ArrowUp');
      expect(setup.setup?.seats).toEqual(
        Object.fromEntries(predicted.scenario.parties.map((p) => [p.id, p.id === SEAT ? 'human' : 'ai'])),
      );
      await typeSeedByKeys(current, SEED);
      await settle(current);
      await current.screenshot('paris-ceasefire-2-setup');
      await pressKey(current, 'Enter');

      let hook = await current.waitForHook(
        (h) => h.scene === 'summit' && h.session?.humanToAct === SEAT,
        'Ukraine to act at the summit',
      );
      expect(await current.page.locator('#game').getAttribute('data-scene')).toBe('summit');
      expect(hook.session).toMatchObject({ scenarioId: 'paris-2026', seed: SEED, round: 1, phase: 'diplomacy' });
      const opening = textsOf(await current.visibleTexts());
      expect(opening).toContain(`Round 1 of ${hook.session?.deadline}`);
      // Screen readers hear the round open with its news, before anyone has moved.
      const openingLog = await logLines(current);
      expect(openingLog[0]).toBe(`Round 1 of ${hook.session?.deadline} begins.`);
      expect(openingLog.some((line) => line.startsWith('News:'))).toBe(true);
      await settle(current);
      await current.screenshot('paris-ceasefire-3-summit-round-1');

      // The Summit: Enter on the focused move, turn after turn, exactly as predicted.
      const pictured = new Set<string>();
      for (const [index, move] of predicted.moves.entries()) {
        const where = `move ${index + 1} of ${predicted.moves.length}: round ${move.round}, ${move.phase}`;
        expect(hook.session?.outcome, where).toBeNull();
        expect(hook.session?.humanToAct, where).toBe(SEAT);
        expect({ round: hook.session?.round, phase: hook.session?.phase }, where).toEqual({
          round: move.round,
          phase: move.phase,
        });
        expect(offers(hook, move), `${where}: ${move.action} is allowed`).toBe(true);
        // A few moments of the talks: the first text tabled, the first answer, and half-way.
        const moment =
          move.phase === 'drafting' && !pictured.has('drafting')
            ? 'drafting'
            : move.phase === 'answers' && !pictured.has('answers')
              ? 'answers'
              : move.round === 4 && move.phase === 'diplomacy'
                ? 'round-4'
                : null;
        if (moment) {
          pictured.add(moment);
          await settle(current);
          await current.screenshot(`paris-ceasefire-4${'abc'.charAt(pictured.size - 1)}-summit-${moment}`);
        }
        const before = progressOf(hook);
        await pressKey(current, 'Enter');
        hook = await current.waitForHook((h) => progressOf(h) !== before, `${where}: Enter to play ${move.action}`);
      }

      // Signed in the round predicted: the banner says so, and screen readers heard it as it happened.
      expect(hook.session?.outcome).toBe('ceasefire');
      expect(hook.session?.round).toBe(predicted.outcome.round);
      const banner = textsOf(await current.visibleTexts());
      expect(banner).toContain('Ceasefire signed');
      expect(banner.some((text) => text.startsWith(`Signed in round ${predicted.outcome.round}, ratified`))).toBe(true);
      await current.screenshot('paris-ceasefire-5-summit-signed');
      const log = await logLines(current);
      const seatName = predicted.scenario.parties.find((party) => party.id === SEAT)?.shortName ?? SEAT;
      expect(log.some((line) => line.startsWith(`${seatName} tables draft`))).toBe(true);
      expect(log.some((line) => line.endsWith(' is signed by every party whose signature is needed.'))).toBe(true);
      expect(log.some((line) => line.startsWith('Ratification:') && !line.includes('fails to ratify'))).toBe(true);
      expect(log).toContain('The talks are over: a ceasefire is signed.');

      // The Summit hands over to the Ceasefire scene by itself after a pause for reading.
      await sceneIs(current, 'ceasefire');
      await settle(current);
      await current.screenshot('paris-ceasefire-6-ceasefire-signing');
      await pressKey(current, 'Space'); // Space skips the signing and the months to the final picture
      await settle(current);
      const ceasefirePicture = await current.screenshot('paris-ceasefire-7-ceasefire');
      expect((await pictureStats(current.page, ceasefirePicture)).distinctColours).toBeGreaterThan(40);
      const ceasefireTexts = await publishedTexts(current, 'ceasefire');
      if (ceasefireTexts) {
        const shown = textsOf(ceasefireTexts);
        expect(shown).toContain(`CEASEFIRE TEXT SIGNED  ·  ROUND ${predicted.outcome.round}`);
        expect(shown).toContain(
          predicted.outcome.held
            ? `The ceasefire held for ${predicted.outcome.epilogue.length} months`
            : `The ceasefire broke down in month ${predicted.outcome.epilogue.length}`,
        );
        // Who backs the signed text: their flags under the map, and their names when that clause is chosen.
        const { clauses, backers, backedClause } = predicted.backedBy;
        expect(shown.includes('BACKED BY')).toBe(backers.length > 0);
        if (backedClause >= 0) {
          for (let step = 0; step <= backedClause; step++) await pressKey(current, 'ArrowDown');
          await settle(current);
          const names = clauses[backedClause]?.guarantors.map(
            (id) => predicted.scenario.parties.find((p) => p.id === id)?.name,
          );
          const caption = textsOf((await publishedTexts(current, 'ceasefire')) ?? []).find((text) =>
            text.includes('Backed by '),
          );
          expect(caption).toContain(`Backed by ${names?.slice(0, 2).join(', ')}`);
          await current.screenshot('paris-ceasefire-7b-ceasefire-backed-by');
          await pressKey(current, 'Escape');
        }
      }

      // The Debrief: each signatory's utility of the signed text against its no-deal value.
      await pressKey(current, 'Enter');
      await sceneIs(current, 'debrief');
      await settle(current);
      const results = await current.screenshot('paris-ceasefire-8-debrief-results');
      expect((await pictureStats(current.page, results)).distinctColours).toBeGreaterThan(40);
      const debriefTexts = await publishedTexts(current, 'debrief');
      if (debriefTexts) {
        expect(textsOf(debriefTexts)).toContain('WHAT EACH SIGNATORY GOT');
        for (const standing of predicted.debrief.standings) {
          const named = isShown(standing.name, debriefTexts) || isShown(standing.shortName, debriefTexts);
          expect(named, `${standing.name} in the utility chart`).toBe(true);
          const surplus = signedSurplus((standing.utility ?? standing.reservation) - standing.reservation);
          expect(textsOf(debriefTexts), `${standing.name}'s utility over no deal`).toContain(surplus);
        }
      }
      await pressKey(current, 'Tab'); // the second page: how it went
      await settle(current);
      const story = await current.screenshot('paris-ceasefire-9-debrief-story');
      expect(await changedFraction(current.page, results, story)).toBeGreaterThan(0.02);

      // Enter leaves for the title, which still offers the finished game (Continue opens its debrief).
      await pressKey(current, 'Enter');
      const title = await current.waitForHook((h) => h.scene === 'title' && h.ready, 'the title after the debrief');
      expect(title.session?.outcome).toBe('ceasefire');
      expect(title.continueAvailable).toBe(true);
      expect(await scenesSoFar()).toEqual(SCENES_IN_ORDER);
    },
  );
});
