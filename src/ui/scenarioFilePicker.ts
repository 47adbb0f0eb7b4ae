// "Open a scenario file…": a hidden <input type=file>, because only a real file input may ask the browser for a
// file. The canvas button clicks it; tests set files on it directly.
import type { ScenarioFile } from '../store';

export const SCENARIO_FILE_INPUT_ID = 'scenario-file-input';

type FileListener = (file: ScenarioFile) => void;
let listener: FileListener | null = null;

function fileInput(): HTMLInputElement {
  const existing = document.getElementById(SCENARIO_FILE_INPUT_ID);
  if (existing instanceof HTMLInputElement) return existing;
  const input = document.createElement('input');
  input.type = 'file';
  input.id = SCENARIO_FILE_INPUT_ID;
  input.accept = '.yaml,.yml,.json,text/yaml,application/json';
  input.hidden = true;
  input.setAttribute('aria-label', 'Open a scenario file');
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) fires another change.
    input.value = '';
    if (file) void readPickedFile(file);
  });
  document.body.append(input);
  return input;
}

async function readPickedFile(file: File) {
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    // The loader turns unreadable text into a located one-line error; an unreadable file gets the same treatment.
    text = `\u0000${error instanceof Error ? error.message : String(error)}`;
  }
  listener?.({ fileName: file.name, text });
}

/** Makes the hidden input exist and sends each picked file to `onFile` (one listener: the scene showing it). */
export function listenForScenarioFiles(onFile: FileListener | null): void {
  fileInput();
  listener = onFile;
}

/** Opens the browser's file dialog. */
export function openScenarioFilePicker(): void {
  fileInput().click();
}
