// "Load a replay…": a hidden <input type=file> for replay files (JSON), as scenarioFilePicker.ts is for scenarios —
// only a real file input may ask the browser for a file. The title's button clicks it; tests set files on it.

export const REPLAY_FILE_INPUT_ID = 'replay-file-input';

export interface PickedReplayFile {
  fileName: string;
  text: string;
}

type ReplayFileListener = (file: PickedReplayFile) => void;
let listener: ReplayFileListener | null = null;

function fileInput(): HTMLInputElement {
  const existing = document.getElementById(REPLAY_FILE_INPUT_ID);
  if (existing instanceof HTMLInputElement) return existing;
  const input = document.createElement('input');
  input.type = 'file';
  input.id = REPLAY_FILE_INPUT_ID;
  input.accept = '.json,application/json';
  input.hidden = true;
  input.setAttribute('aria-label', 'Load a replay file');
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
    // Unreadable bytes make text the replay reader refuses with a located line, like any other bad file.
    text = `\u0000${error instanceof Error ? error.message : String(error)}`;
  }
  listener?.({ fileName: file.name, text });
}

/** Makes the hidden input exist and sends each picked file to `onFile` (one listener: the scene showing it). */
export function listenForReplayFiles(onFile: ReplayFileListener | null): void {
  fileInput();
  listener = onFile;
}

/** Opens the browser's file dialog. */
export function openReplayFilePicker(): void {
  fileInput().click();
}
