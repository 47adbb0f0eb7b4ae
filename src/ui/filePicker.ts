// A hidden <input type=file>, because only a real file input may ask the browser for a file. A canvas button
// clicks it; tests set files on it directly. One picker per kind of file (scenario, replay), each with one
// listener: the scene showing it.

export interface PickedFile {
  fileName: string;
  text: string;
}

export interface FilePicker {
  /** Makes the hidden input exist and sends each picked file to `onFile`. */
  listen: (onFile: ((file: PickedFile) => void) | null) => void;
  /** Opens the browser's file dialog. */
  open: () => void;
}

export function createFilePicker(options: { id: string; accept: string; label: string }): FilePicker {
  let listener: ((file: PickedFile) => void) | null = null;
  const input = (): HTMLInputElement => {
    const existing = document.getElementById(options.id);
    if (existing instanceof HTMLInputElement) return existing;
    const created = document.createElement('input');
    created.type = 'file';
    created.id = options.id;
    created.accept = options.accept;
    created.hidden = true;
    created.setAttribute('aria-label', options.label);
    created.addEventListener('change', () => {
      const file = created.files?.[0];
      // Cleared so that choosing the same file again (after fixing it) fires another change.
      created.value = '';
      if (file) void readPickedFile(file).then((picked) => listener?.(picked));
    });
    document.body.append(created);
    return created;
  };
  return {
    listen: (onFile) => {
      input();
      listener = onFile;
    },
    open: () => input().click(),
  };
}

async function readPickedFile(file: File): Promise<PickedFile> {
  try {
    return { fileName: file.name, text: await file.text() };
  } catch (error) {
    // The readers turn unreadable text into a located one-line error; an unreadable file gets the same treatment.
    return { fileName: file.name, text: `\u0000${error instanceof Error ? error.message : String(error)}` };
  }
}
