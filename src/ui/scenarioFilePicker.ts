// "Open a scenario file…" (YAML or JSON), read by the same loader as the bundled scenarios.
import type { ScenarioFile } from '../store';
import { createFilePicker } from './filePicker';

export const SCENARIO_FILE_INPUT_ID = 'scenario-file-input';

const picker = createFilePicker({
  id: SCENARIO_FILE_INPUT_ID,
  accept: '.yaml,.yml,.json,text/yaml,application/json',
  label: 'Open a scenario file',
});

export function listenForScenarioFiles(onFile: ((file: ScenarioFile) => void) | null): void {
  picker.listen(onFile);
}

export function openScenarioFilePicker(): void {
  picker.open();
}
