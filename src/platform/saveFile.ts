/// Writing files the user chose. Where the browser has the File System
/// Access API, the first save asks for a place and later saves write to the
/// same file; elsewhere each save is a download.

export interface SaveTarget {
  handle: FileSystemFileHandle | null;
  name: string;
}

export type SaveOutcome =
  | { ok: true; target: SaveTarget; method: 'file' | 'download' }
  | { ok: false; cancelled: boolean; message: string };

export async function saveTextFile(
  text: string,
  suggestedName: string,
  mime: string,
  current: FileSystemFileHandle | null,
  pickNew = false,
): Promise<SaveOutcome> {
  if (typeof window.showSaveFilePicker === 'function') {
    try {
      const handle =
        !pickNew && current
          ? current
          : await window.showSaveFilePicker({
              suggestedName,
              types: [
                { description: 'Caption Desk transcript', accept: { [mime]: [extensionOf(suggestedName)] } },
              ],
            });
      const writable = await handle.createWritable();
      await writable.write(text);
      await writable.close();
      return { ok: true, target: { handle, name: handle.name }, method: 'file' };
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') {
        return { ok: false, cancelled: true, message: 'Save cancelled.' };
      }
      return { ok: false, cancelled: false, message: `Could not save: ${describe(error)}` };
    }
  }
  downloadText(text, suggestedName, mime);
  return { ok: true, target: { handle: null, name: suggestedName }, method: 'download' };
}

/// Offers `text` (or bytes) as a download named `name`.
export function downloadText(text: string | Uint8Array<ArrayBuffer>, name: string, mime: string): void {
  const type = typeof text === 'string' && !mime.includes('charset') ? `${mime};charset=utf-8` : mime;
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function extensionOf(name: string): `.${string}` {
  const dot = name.lastIndexOf('.');
  return (dot >= 0 ? name.slice(dot) : '.json') as `.${string}`;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
