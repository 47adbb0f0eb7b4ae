// A replay made ready for the viewer: read (from a file's text, or already decoded from a link), matched with a
// scenario of this build, verified against its checkpoints, and walked once so every step is at hand. What cannot
// be opened comes back as one line that says where: `file: field: what is wrong`.
import { catalogueScenarios, parseReplay, scenarioCatalogue, verifyReplay, walkReplay } from '../../../store';
import type { CompiledScenario, GameState, Replay, ReplayStep, ScenarioLookup } from '../../../store';

export interface OpenedReplay {
  compiled: CompiledScenario;
  replay: Replay;
  /** Where it came from, in words for the screen: a file's name, or "a shared link". */
  source: string;
  /** Where the scenario came from, as the session keeps it (for "Branch here"). */
  scenarioFileName: string;
  initial: GameState;
  /** Step i + 1 is steps[i]: the action, what it did, and the state after it. */
  steps: readonly ReplayStep[];
}

export type OpenReplayResult = { ok: true; opened: OpenedReplay } | { ok: false; problem: string };

/** A replay file's text → the opened replay, or the one located line that says what is wrong with it. */
export function openReplayText(
  text: string,
  fileName: string,
  scenarios: ScenarioLookup = catalogueScenarios,
): OpenReplayResult {
  const parsed = parseReplay(text, fileName);
  if (!parsed.ok) {
    const more = parsed.errors.length > 1 ? ` (and ${parsed.errors.length - 1} more problems)` : '';
    return { ok: false, problem: oneLine(`${parsed.errors[0] ?? `${fileName}: unreadable`}${more}`) };
  }
  const { replay } = parsed;
  const { id, hash } = replay.scenario;
  const compiled = scenarios(id, hash);
  if (!compiled)
    return {
      ok: false,
      problem: `${fileName}: scenario.id: unknown scenario "${id}": this version of the game has no scenario of that id`,
    };
  if (compiled.hash !== hash)
    return {
      ok: false,
      problem:
        `${fileName}: scenario.hash: the replay was recorded on another version of scenario "${id}" ` +
        `(content hash ${hash}; the one here is ${compiled.hash})`,
    };
  return openCheckedReplay(compiled, replay, fileName, fileName);
}

/** A parsed replay of a known scenario → the opened replay, once it plays back to its recorded states. */
export function openCheckedReplay(
  compiled: CompiledScenario,
  replay: Replay,
  source: string,
  problemPrefix: string,
): OpenReplayResult {
  const verified = verifyReplay(compiled, replay);
  if (!verified.ok) {
    const where = verified.at === null ? '' : ` actions[${verified.at}]:`;
    return { ok: false, problem: oneLine(`${problemPrefix}:${where} ${verified.reason}`) };
  }
  try {
    const { initial, steps } = walkReplay(compiled, replay);
    return {
      ok: true,
      opened: { compiled, replay, source, scenarioFileName: scenarioFileOf(compiled), initial, steps },
    };
  } catch (error) {
    return {
      ok: false,
      problem: oneLine(`${problemPrefix}: ${error instanceof Error ? error.message : String(error)}`),
    };
  }
}

function scenarioFileOf(compiled: CompiledScenario): string {
  const entry = scenarioCatalogue
    .getState()
    .entries.find((candidate) => candidate.status === 'valid' && candidate.scenario === compiled.scenario);
  return entry?.fileName ?? `${compiled.scenario.id}.yaml`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
