// "Load replays…": a hidden <input type=file multiple>, because only a real file input may ask the browser for
// files. The canvas button clicks it; tests set files on it directly. Every file picked in one go arrives together,
// read as text, in one call: the comparison is made of all of them at once.
import type { ReplayFile } from '../store';

export const REPLAY_FILES_INPUT_ID = 'replay-files-input';

/** No replay is near this size (parseReplay refuses past 16 MiB); reading it whole would only stall the page. */
const MAX_READ_BYTES = 64 * 1024 * 1024;

type FilesListener = (files: ReplayFile[]) => void;
let listener: FilesListener | null = null;

function filesInput(): HTMLInputElement {
  const existing = document.getElementById(REPLAY_FILES_INPUT_ID);
  if (existing instanceof HTMLInputElement) return existing;
  const input = document.createElement('input');
  input.type = 'file';
  input.id = REPLAY_FILES_INPUT_ID;
  input.multiple = true;
  input.accept = '.json,application/json';
  input.hidden = true;
  input.setAttribute('aria-label', 'Load replay files, one per table');
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    // Cleared so that choosing the same files again (after fixing one) fires another change.
    input.value = '';
    if (files.length > 0) void readPickedFiles(files);
  });
  document.body.append(input);
  return input;
}

async function readPickedFiles(files: readonly File[]) {
  const read = await Promise.all(files.map((file) => readPickedFile(file)));
  listener?.(read);
}

async function readPickedFile(file: File): Promise<ReplayFile> {
  if (file.size > MAX_READ_BYTES)
    return {
      fileName: file.name,
      text: '',
      readError: `the file is ${(file.size / 1024 / 1024).toFixed(0)} MiB; a replay is at most 16 MiB`,
    };
  try {
    return { fileName: file.name, text: await file.text() };
  } catch (error) {
    return { fileName: file.name, text: '', readError: error instanceof Error ? error.message : String(error) };
  }
}

/** Makes the hidden input exist and sends each batch of picked files to `onFiles` (one listener: the scene). */
export function listenForReplayFiles(onFiles: FilesListener | null): void {
  filesInput();
  listener = onFiles;
}

/** Opens the browser's file dialog. */
export function openReplayFilesPicker(): void {
  filesInput().click();
}
