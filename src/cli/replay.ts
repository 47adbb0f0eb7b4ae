// `npm run replay -- record | verify | show`: writes an all-AI game as a replay file, checks a replay against its
// scenario and this engine ("match", or where it first differs), and prints a replay's log up to a step. Every error
// is one line, never a stack trace; the exit code says what happened.
import { readFile, stat, writeFile } from 'node:fs/promises';
import type { CompiledScenario } from '../engine';
import { stateHash } from '../engine';
import {
  describeAction,
  MAX_REPLAY_CHARS,
  parseReplay,
  recordAiGame,
  ReplayError,
  serializeReplay,
  verifyReplay,
  walkReplay,
} from '../replay';
import type { Replay } from '../replay';
import {
  loadCompiledScenario,
  nonNegativeInteger,
  oneLine,
  parseCliArgs,
  ReportedError,
  requireOption,
  runMain,
  scenarioPath,
  UsageError,
} from './args';
import { eventText, outcomeText, stateLine } from './eventText';

const usage = `Usage: npm run replay -- <command> …

  record --scenario <file> --seed <text> --out <file>
      Plays a game with every seat played by the AI and writes it as a replay file (JSON).
  verify <replay> [--scenario <file>]
      Replays it on the scenario and prints "match" (exit 0), or where the replay first differs (exit 1).
  show <replay> [--step <n>] [--scenario <file>]
      Prints the game's log up to action n (default: all of it) and the state reached.

The scenario defaults to scenarios/<id>.yaml, <id> being the scenario the replay names; a bare id such as
"tutorial" given to --scenario means the same. Exit codes: 0 done (or match), 1 an error or a mismatch, 2 bad
arguments.`;

async function main(args: string[]): Promise<number> {
  const { values, positionals } = parseCliArgs(args, {
    scenario: { type: 'string' },
    seed: { type: 'string' },
    out: { type: 'string' },
    step: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const [command, ...rest] = positionals;
  const only = (allowed: string[]) => {
    for (const name of ['scenario', 'seed', 'out', 'step'] as const)
      if (values[name] !== undefined && !allowed.includes(name))
        throw new UsageError(`${command ?? ''} takes no --${name}`);
  };
  switch (command) {
    case 'record': {
      only(['scenario', 'seed', 'out']);
      if (rest.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(rest[0])}`);
      return record(
        scenarioPath(requireOption(values.scenario, 'scenario')),
        requireOption(values.seed, 'seed'),
        requireOption(values.out, 'out'),
      );
    }
    case 'verify':
      only(['scenario']);
      return verify(replayFileArgument(rest), values.scenario);
    case 'show':
      only(['scenario', 'step']);
      return show(
        replayFileArgument(rest),
        values.scenario,
        values.step === undefined ? null : nonNegativeInteger(values.step, 'step'),
      );
    case undefined:
      throw new UsageError('which command: record, verify or show?');
    default:
      throw new UsageError(`unknown command ${JSON.stringify(command)}; the commands are record, verify and show`);
  }
}

function replayFileArgument(rest: string[]): string {
  if (rest.length === 0) throw new UsageError('name the replay file');
  if (rest.length > 1) throw new UsageError(`one replay file at a time, not ${rest.length}`);
  return rest[0] ?? '';
}

async function record(scenarioFile: string, seed: string, out: string): Promise<number> {
  const compiled = await loadCompiledScenario(scenarioFile);
  const replay = recordAiGame(compiled, seed);
  try {
    await writeFile(out, serializeReplay(replay), 'utf8');
  } catch (error) {
    throw new ReportedError([`${out}: cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)})`]);
  }
  const outcome = verifyReplay(compiled, replay);
  console.log(
    `recorded ${out}: ${compiled.scenario.id}, seed ${JSON.stringify(seed)}, ${replay.actions.length} actions; ` +
      (outcome.ok ? outcomeText(outcome.state.outcome) : 'could not be re-verified'),
  );
  return 0;
}

async function verify(file: string, scenarioOption: string | undefined): Promise<number> {
  const replay = await readReplayFile(file);
  const compiled = await scenarioFor(file, replay, scenarioOption);
  const result = verifyReplay(compiled, replay);
  if (!result.ok) {
    console.error(`${file}: ${oneLine(result.reason)}`);
    return 1;
  }
  console.log(`match: ${file} (${replay.actions.length} actions; ${outcomeText(result.state.outcome)})`);
  return 0;
}

async function show(file: string, scenarioOption: string | undefined, step: number | null): Promise<number> {
  const replay = await readReplayFile(file);
  const compiled = await scenarioFor(file, replay, scenarioOption);
  const total = replay.actions.length;
  if (step !== null && step > total)
    throw new ReportedError([`${file}: --step ${step} is past the end: the replay has ${total} actions`]);
  let walked;
  try {
    walked = walkReplay(compiled, replay, step ?? total);
  } catch (error) {
    if (error instanceof ReplayError) throw new ReportedError([`${file}: ${error.message}`]);
    throw error;
  }
  const { initial, steps } = walked;
  const seats = Object.entries(replay.seats)
    .map(([party, seat]) => `${party} ${seat}`)
    .join(', ');
  const lines = [
    `${file}: ${compiled.scenario.title} (${replay.scenario.id}), seed ${JSON.stringify(replay.seed)}, ` +
      `engine ${replay.engineVersion}, ${total} actions`,
    `seats: ${seats}`,
    '',
    'start',
    ...initial.log.flat().map((entry) => `      ${eventText(compiled, entry)}`),
  ];
  let differs = false;
  for (const { index, action, events, state } of steps) {
    lines.push(`#${index}  ${describeAction(action)}`);
    for (const event of events) lines.push(`      ${eventText(compiled, event)}`);
    if (!differs && stateHash(state) !== replay.checkpoints[index]) {
      differs = true;
      lines.push(`      (!) the state here differs from the recording's checkpoint`);
    }
  }
  const last = steps.at(-1)?.state ?? initial;
  lines.push('', `after ${steps.length} of ${total} actions: ${stateLine(last)}`);
  console.log(lines.join('\n'));
  return 0;
}

async function readReplayFile(file: string): Promise<Replay> {
  let text: string;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new ReportedError([`${file}: is not a file`]);
    if (info.size > MAX_REPLAY_CHARS * 4) throw new ReportedError([`${file}: is too large to be a replay`]);
    const bytes = await readFile(file);
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new ReportedError([`${file}: this is not UTF-8 text; a replay is a JSON text file`]);
    }
  } catch (error) {
    if (error instanceof ReportedError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new ReportedError([
      `${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot be read (${code ?? String(error)})`}`,
    ]);
  }
  const parsed = parseReplay(text, file);
  if (!parsed.ok) throw new ReportedError(parsed.errors);
  return parsed.replay;
}

/** The scenario given, or scenarios/<id>.yaml for the id the replay names. */
async function scenarioFor(
  file: string,
  replay: Replay,
  scenarioOption: string | undefined,
): Promise<CompiledScenario> {
  const scenarioFile = scenarioPath(scenarioOption ?? replay.scenario.id);
  try {
    await stat(scenarioFile);
  } catch {
    throw new ReportedError([
      scenarioOption === undefined
        ? `${file}: the replay is of scenario "${replay.scenario.id}", but there is no ${scenarioFile}; name the file with --scenario`
        : `${scenarioFile}: no such file`,
    ]);
  }
  return loadCompiledScenario(scenarioFile);
}

await runMain('replay', () => main(process.argv.slice(2)));
