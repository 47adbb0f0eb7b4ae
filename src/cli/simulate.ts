// `npm run simulate -- --scenario F --seed S --games N [--json]`: N games with every seat played by the AI, seeds
// `S-0` … `S-(N-1)`, and the figures a designer tunes a scenario by. --json prints one JSON object for scripts.
import { createGame, ENGINE_VERSION, playAiGame } from '../engine';
import type { CompiledScenario, Terms } from '../engine';
import {
  loadCompiledScenario,
  parseCliArgs,
  positiveInteger,
  requireOption,
  runMain,
  scenarioPath,
  UsageError,
} from './args';
import { SimulationTally } from './simulationSummary';
import type { SimulationSummary } from './simulationSummary';

const usage = `Usage: npm run simulate -- --scenario <file> --seed <text> --games <n> [--json]

Plays <n> games with every seat played by the AI, with seeds <text>-0 … <text>-(n-1), on one core, and reports:
  agreement / collapse / deadline rates (agreement: a text was signed, whether or not it was then ratified),
  mean rounds (the round each game ended in), ratification failures (share of signed texts),
  epilogue durability (share of ratified ceasefires that held, mean months held),
  the most common signed packages (share of agreements),
  mean utility per party (of the signed text; with no deal, the party's reservation value at the end),
  mean distance from each signed text to the Nash point (in the signatories' utility space; the Nash point of
  the first game's opening state), and games per second.

Options:
  --scenario <file>  scenario file (YAML or JSON); a bare id such as "tutorial" means scenarios/<id>.yaml
  --seed <text>      seed prefix (default: "sim")
  --games <n>        number of games (default: 100)
  --json             print one JSON object instead of the table
  --help             this text

Exit codes: 0 done, 1 the scenario could not be loaded, 2 bad arguments.`;

const MAX_GAMES = 1_000_000;

async function main(args: string[]): Promise<number> {
  const { values, positionals } = parseCliArgs(args, {
    scenario: { type: 'string' },
    seed: { type: 'string', default: 'sim' },
    games: { type: 'string' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
  const file = scenarioPath(requireOption(values.scenario, 'scenario'));
  const seed = values.seed;
  if (seed === '') throw new UsageError('--seed must not be empty');
  const games = positiveInteger(values.games, 'games', 100);
  if (games > MAX_GAMES) throw new UsageError(`--games may be at most ${MAX_GAMES}`);

  const compiled = await loadCompiledScenario(file);
  const seats = Object.fromEntries(compiled.partyIds.map((id) => [id, 'ai' as const]));
  const tally = new SimulationTally(compiled, createGame(compiled, { seed: `${seed}-0`, seats }));

  const started = performance.now();
  for (let i = 0; i < games; i++) tally.add(playAiGame(compiled, { seed: `${seed}-${i}`, seats }).state);
  const seconds = (performance.now() - started) / 1000;

  const summary = tally.summary();
  const report = {
    scenario: { id: compiled.scenario.id, file, hash: compiled.hash },
    engineVersion: ENGINE_VERSION,
    seed,
    ...summary,
    seconds: round(seconds, 3),
    gamesPerSecond: round(games / seconds, 2),
  };
  if (values.json) console.log(JSON.stringify(report));
  else console.log(table(compiled, report));
  return 0;
}

function table(
  compiled: CompiledScenario,
  report: SimulationSummary & { seed: string; seconds: number; gamesPerSecond: number },
) {
  const { games } = report;
  const percent = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);
  const count = (value: number) => String(value).padStart(String(games).length);
  const row = (label: string, value: string, extra = '') =>
    `  ${label.padEnd(34)}${value.padStart(8)}  ${extra}`.trimEnd();
  const collapses = report.collapses.escalation + report.collapses.walkOut;
  const deadlines = Math.round(report.deadlineRate * games);
  const lines = [
    `${compiled.scenario.title} (${compiled.scenario.id}): ${games} all-AI games, seeds ${report.seed}-0 … ${report.seed}-${games - 1}`,
    '',
    'Outcomes',
    row('agreement (a text was signed)', percent(report.agreementRate), count(report.agreements)),
    row('  ratified ceasefire', percent(report.ceasefireRate), count(report.epilogue.ceasefires)),
    row('  ratification failed', percent(report.ratificationFailures / games), count(report.ratificationFailures)),
    row('collapse', percent(report.collapseRate), count(collapses)),
    row('  escalation', percent(report.collapses.escalation / games), count(report.collapses.escalation)),
    row('  walk-out', percent(report.collapses.walkOut / games), count(report.collapses.walkOut)),
    row('deadline (no text signed)', percent(report.deadlineRate), count(deadlines)),
    '',
    row('mean rounds', report.meanRounds.toFixed(2)),
    row('ratification failures (of signed)', percent(report.ratificationFailureRate)),
    row('ceasefires that held (epilogue)', percent(report.epilogue.heldRate)),
    row('mean months held', report.epilogue.meanMonthsHeld === null ? '—' : report.epilogue.meanMonthsHeld.toFixed(1)),
    '',
    'Most common signed packages (share of agreements)',
    ...(report.topPackages.length === 0
      ? ['  none: no text was signed']
      : report.topPackages.map(
          (entry) =>
            `  ${percent(entry.share).padStart(6)}  ${count(entry.count)}  ${packageText(compiled, entry.terms)}`,
        )),
    '',
    'Mean utility per party (signed text; no deal: reservation value at the end)',
    ...Object.entries(report.meanUtility).map(([party, value]) => row(partyLabel(compiled, party), value.toFixed(3))),
    '',
    'Nash point (opening state of the first game)',
    ...(report.nash === null
      ? ['  none: no package is acceptable to every signatory at the start']
      : [
          `  ${packageText(compiled, report.nash.terms)}`,
          `  utilities: ${Object.entries(report.nash.utilities)
            .map(([party, value]) => `${party} ${value.toFixed(3)}`)
            .join(', ')}`,
          row(
            'mean distance of signed texts',
            report.meanNashDistance === null ? '—' : report.meanNashDistance.toFixed(3),
            report.nash.agreementsMeasured === 0 ? '(no text signed)' : `(${report.nash.agreementsMeasured} texts)`,
          ),
        ]),
    '',
    row('games per second (one core)', report.gamesPerSecond.toFixed(1), `(${report.seconds.toFixed(2)} s)`),
  ];
  return lines.join('\n');
}

function packageText(compiled: CompiledScenario, terms: Terms): string {
  return compiled.issueIds.map((issue) => `${issue}: ${terms[issue] ?? '—'}`).join('; ');
}

function partyLabel(compiled: CompiledScenario, party: string): string {
  const definition = compiled.party.get(party);
  return definition ? `${definition.shortName} (${party})` : party;
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

await runMain('simulate', () => main(process.argv.slice(2)));
