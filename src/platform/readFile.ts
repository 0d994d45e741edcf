import { fileTooLargeMessage, MAX_FILE_BYTES } from '../core/import/detect.ts';

export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

/// Reads a user's file as text. The size is checked before anything is
/// read, and bytes that are not valid text give a message rather than a
/// document full of replacement characters.
export async function readTextFile(file: Blob & { name?: string }): Promise<ReadResult> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, message: fileTooLargeMessage(file.size) };
  const bytes = new Uint8Array(await file.arrayBuffer());
  return decodeText(bytes);
}

export function decodeText(bytes: Uint8Array): ReadResult {
  if (bytes.length === 0) return { ok: false, message: 'This file is empty.' };
  // UTF-16 files carry a byte-order mark; without one we expect UTF-8.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return decodeWith('utf-8', bytes.subarray(3));
  return decodeWith('utf-8', bytes);
}

function decodeWith(encoding: string, bytes: Uint8Array): ReadResult {
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    return {
      ok: false,
      message:
        encoding === 'utf-8'
          ? 'This file is not valid UTF-8 text. Save it as UTF-8 and open it again.'
          : `This file is not valid ${encoding.toUpperCase()} text.`,
    };
  }
}
