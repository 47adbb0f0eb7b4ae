// "Load a replay…" (JSON), as scenarioFilePicker.ts is for scenarios.
import { createFilePicker } from './filePicker';
import type { PickedFile } from './filePicker';

export const REPLAY_FILE_INPUT_ID = 'replay-file-input';
export type PickedReplayFile = PickedFile;

const picker = createFilePicker({
  id: REPLAY_FILE_INPUT_ID,
  accept: '.json,application/json',
  label: 'Load a replay file',
});

export function listenForReplayFiles(onFile: ((file: PickedReplayFile) => void) | null): void {
  picker.listen(onFile);
}

export function openReplayFilePicker(): void {
  picker.open();
}
