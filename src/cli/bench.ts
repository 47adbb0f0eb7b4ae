// `npm run bench`: how fast the engine and the AI run, and how heavy the browser build is. Figures only, no pass or
// fail: one process on one core, after a warm-up, so numbers from two runs on the same machine compare.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { applyAction, createGame, currentActor, decideAction, ENGINE_VERSION, playAiGame } from '../engine';
import type { CompiledScenario, GameState } from '../engine';
import { recordAiGame, verifyReplay } from '../replay';
import { chromiumPath } from './browser/launchChromium';
import { largestInputTimes } from './largestInputs';
import { measureBrowserFigures } from './browser/browserFigures';
import type { BrowserFigures } from './browser/browserFigures';
import {
  loadCompiledScenario,
  parseCliArgs,
  positiveInteger,
  ReportedError,
  runMain,
  scenarioPath,
  UsageError,
} from './args';

const usage = `Usage: npm run bench [-- --scenario <file>] [--seconds <n>] [--no-browser] [--json]

Prints, for one process on one core after a warm-up:
  full all-AI games per second (games played back to back for about --seconds),
  AI decision time p50 / p99 (every decideAction call of a set of games),
  applyAction mean time in microseconds,
  the time to verify a full recorded replay (median of several runs),
  the time to read the largest input each reader accepts: a replay file just under 16 MiB, a share link of the
  most actions a link may hold (long runs of pause and resume, once each),
  and, if dist/ exists (npm run build), the gzip size of the JavaScript in dist/assets, in total and without the
  Phaser chunk; then, in headless Chromium: the time from navigation to an interactive title next to an empty
  Phaser game's time (medians, measured side by side), and the frames per second of the Summit and Ceasefire
  scenes while they animate, with the renderer the game picks here and with WebGL forced.
No assertions: these are figures to compare between runs on the same machine.

Options:
  --scenario <file>  scenario to play (default: scenarios/paris-2026.yaml; a bare id means scenarios/<id>.yaml)
  --seconds <n>      time spent on the games-per-second figure (default: 10)
  --no-browser       skip the Chromium figures
  --json             print one JSON object
  --help             this text`;

const WARM_UP_GAMES = 5;
const TIMED_GAMES = 30;
const VERIFY_RUNS = 5;

async function main(args: string[]): Promise<number> {
  const { values, positionals } = parseCliArgs(args, {
    scenario: { type: 'string', default: 'scenarios/paris-2026.yaml' },
    seconds: { type: 'string' },
    json: { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
  const seconds = positiveInteger(values.seconds, 'seconds', 10);
  if (seconds > 600) throw new UsageError('--seconds may be at most 600');
  const file = scenarioPath(values.scenario);
  const compiled = await loadCompiledScenario(file);
  const say = (line: string) => {
    if (!values.json) console.log(line);
  };

  say(`bench: ${compiled.scenario.id} (${file}), engine ${ENGINE_VERSION}, Node ${process.version}, one core`);
  for (let i = 0; i < WARM_UP_GAMES; i++) playAiGame(compiled, { seed: `warm-up-${i}` });

  const throughput = gamesPerSecond(compiled, seconds * 1000);
  say(
    `  full all-AI games per second   ${throughput.gamesPerSecond.toFixed(1)}  (${throughput.games} games in ${(throughput.ms / 1000).toFixed(1)} s, ${throughput.actionsPerGame.toFixed(0)} actions a game)`,
  );
  say(
    `    by one-second window         median ${throughput.medianWindow.toFixed(1)}, best ${throughput.bestWindow.toFixed(1)}`,
  );

  const timings = timedGames(compiled, TIMED_GAMES);
  say(
    `  AI decision time               p50 ${formatMs(timings.decideP50)}, p99 ${formatMs(timings.decideP99)}, max ${formatMs(timings.decideMax)}  (${timings.decisions} decisions)`,
  );
  say(`  applyAction mean               ${timings.applyMeanMicroseconds.toFixed(1)} µs`);

  const verify = verifyTime(compiled);
  say(
    `  verify a full replay           ${verify.medianMs.toFixed(1)} ms  (${verify.actions} actions, median of ${VERIFY_RUNS})`,
  );

  const largest = largestInputTimes(compiled);
  for (const time of largest)
    say(`  ${time.reader.padEnd(30)} ${time.ms.toFixed(0)} ms  (${time.actions} actions, ${formatKiB(time.chars)})`);

  const bundle = bundleSizes('dist/assets');
  if (bundle === null) say('  bundle size                    no dist/assets (run npm run build first)');
  else {
    say(
      `  bundle JS, gzip                ${formatKiB(bundle.totalGzip)} total, ${formatKiB(bundle.withoutPhaserGzip)} without the Phaser chunk  (${bundle.files} files)`,
    );
    say(
      `  data files (JSON), gzip        ${formatKiB(bundle.dataGzip)}  (${bundle.dataFiles} files: the bundled scenarios, the map outlines)`,
    );
  }

  let browser: BrowserFigures | string;
  if (values['no-browser']) browser = 'skipped (--no-browser)';
  else if (!existsSync('dist/index.html')) browser = 'skipped: no dist/ (run npm run build first)';
  else if (!existsSync(chromiumPath)) browser = `skipped: no Chromium at ${chromiumPath} (scripts/ensure-chromium.sh)`;
  else browser = await measureBrowserFigures('dist');
  if (typeof browser === 'string') say(`  browser                        ${browser}`);
  else {
    const { boot } = browser;
    say(
      `  title interactive              ${boot.titleMs.toFixed(0)} ms vs an empty Phaser game ${boot.emptyPhaserMs.toFixed(0)} ms: ${boot.ratio.toFixed(2)}×  (medians of ${boot.runs} cold loads each)`,
    );
    for (const figure of browser.fps)
      say(
        `  ${`${figure.scene} fps (${figure.renderer})`.padEnd(30)} ${figure.fps.toFixed(1)}  (animating, over ${figure.seconds} s)`,
      );
  }

  if (values.json)
    console.log(
      JSON.stringify({
        scenario: compiled.scenario.id,
        engineVersion: ENGINE_VERSION,
        node: process.version,
        ...throughput,
        decideP50Ms: timings.decideP50,
        decideP99Ms: timings.decideP99,
        decideMaxMs: timings.decideMax,
        decisions: timings.decisions,
        applyMeanMicroseconds: timings.applyMeanMicroseconds,
        verifyMs: verify.medianMs,
        verifyActions: verify.actions,
        largestInputs: largest,
        bundle,
        browser,
      }),
    );
  return 0;
}

/**
 * Games back to back for `budgetMs`, counted overall and in one-second windows. This machine is a shared virtual
 * machine whose speed wanders from second to second; the median window is the typical rate, the best window what
 * one core does when nothing else takes it.
 */
function gamesPerSecond(compiled: CompiledScenario, budgetMs: number) {
  let games = 0;
  let actions = 0;
  const started = performance.now();
  const windows: number[] = [];
  let windowStart = started;
  let windowGames = 0;
  let ms = 0;
  while (ms < budgetMs) {
    actions += playAiGame(compiled, { seed: `bench-${games}` }).actions.length;
    games++;
    windowGames++;
    const now = performance.now();
    ms = now - started;
    if (now - windowStart >= 1000) {
      windows.push(windowGames / ((now - windowStart) / 1000));
      windowStart = now;
      windowGames = 0;
    }
  }
  const sorted = [...windows].sort((a, b) => a - b);
  return {
    games,
    ms,
    gamesPerSecond: games / (ms / 1000),
    medianWindow: sorted[Math.floor(sorted.length / 2)] ?? games / (ms / 1000),
    bestWindow: sorted[sorted.length - 1] ?? games / (ms / 1000),
    actionsPerGame: actions / games,
  };
}

/** The AI loop of runAiTurns, with a stopwatch around each decision and each rule application. */
function timedGames(compiled: CompiledScenario, games: number) {
  const decideTimes: number[] = [];
  let applyTotal = 0;
  let applyCount = 0;
  for (let i = 0; i < games; i++) {
    let state: GameState = createGame(compiled, { seed: `timed-${i}` });
    while (!state.paused && state.phase !== 'ended') {
      const actor = currentActor(compiled, state);
      if (actor === null || state.seats[actor] !== 'ai') break;
      const t0 = performance.now();
      const action = decideAction(compiled, state, actor);
      const t1 = performance.now();
      state = applyAction(compiled, state, action).state;
      const t2 = performance.now();
      decideTimes.push(t1 - t0);
      applyTotal += t2 - t1;
      applyCount++;
    }
  }
  decideTimes.sort((a, b) => a - b);
  return {
    decisions: decideTimes.length,
    decideP50: percentile(decideTimes, 0.5),
    decideP99: percentile(decideTimes, 0.99),
    decideMax: decideTimes.at(-1) ?? 0,
    applyMeanMicroseconds: applyCount === 0 ? 0 : (applyTotal / applyCount) * 1000,
  };
}

function verifyTime(compiled: CompiledScenario) {
  const replay = recordAiGame(compiled, 'bench-replay');
  const times: number[] = [];
  for (let run = 0; run < VERIFY_RUNS; run++) {
    const t0 = performance.now();
    const result = verifyReplay(compiled, replay);
    times.push(performance.now() - t0);
    if (!result.ok) throw new ReportedError([`bench: a freshly recorded replay does not verify: ${result.reason}`]);
  }
  times.sort((a, b) => a - b);
  return { medianMs: percentile(times, 0.5), actions: replay.actions.length };
}

function bundleSizes(folder: string) {
  if (!existsSync(folder)) return null;
  const names = readdirSync(folder);
  const gzipped = (name: string) => gzipSync(readFileSync(join(folder, name)), { level: 9 }).length;
  const scripts = names.filter((name) => /\.m?js$/.test(name));
  let totalGzip = 0;
  let withoutPhaserGzip = 0;
  for (const name of scripts) {
    const size = gzipped(name);
    totalGzip += size;
    if (!name.toLowerCase().includes('phaser')) withoutPhaserGzip += size;
  }
  // The bundled scenarios and the map outlines: data files the page fetches, not code, reported apart.
  const dataFiles = names.filter((name) => name.endsWith('.json'));
  const dataGzip = dataFiles.reduce((sum, name) => sum + gzipped(name), 0);
  return { files: scripts.length, totalGzip, withoutPhaserGzip, dataFiles: dataFiles.length, dataGzip };
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0;
}

function formatMs(ms: number): string {
  return ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`;
}

function formatKiB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

await runMain('bench', () => main(process.argv.slice(2)));
