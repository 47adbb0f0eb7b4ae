// Node side of loading: reads a file with the size limit checked before reading and UTF-8 checked strictly, then
// hands the text to the same loader the browser uses.
import { readFile, stat } from 'node:fs/promises';
import { loadScenarioText, MAX_SCENARIO_BYTES, tooLargeMessage } from './loadScenario';
import type { ScenarioLoadResult } from './loadScenario';

export async function readScenarioFile(file: string): Promise<ScenarioLoadResult> {
  const fail = (message: string): ScenarioLoadResult => ({
    ok: false,
    errors: [{ file, line: 1, column: 1, path: '', message }],
  });
  try {
    const info = await stat(file);
    if (!info.isFile()) return fail('is not a file');
    if (info.size > MAX_SCENARIO_BYTES) return fail(tooLargeMessage(info.size));
    const bytes = await readFile(file);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    } catch {
      return fail('this is not UTF-8 text; a scenario is a YAML or JSON text file saved as UTF-8');
    }
    return loadScenarioText(text, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail('no such file');
    if (code === 'EACCES') return fail('permission denied');
    return fail(`could not be read (${code ?? String(error)})`);
  }
}
