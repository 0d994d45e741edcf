import { fileTooLargeMessage, MAX_FILE_BYTES } from '../core/import/detect.ts';
import { decodeText, type DecodeResult } from '../core/text/decode.ts';

/// Reads a user's file as text, with the decoder the command line uses
/// (core/text/decode.ts). The size is checked before anything is read.
export async function readTextFile(file: Blob & { name?: string }): Promise<DecodeResult> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, message: fileTooLargeMessage(file.size) };
  return decodeText(new Uint8Array(await file.arrayBuffer()));
}
