/// The one reader of a file's bytes as text, for the app (platform/readFile)
/// and the command line alike: UTF-8, UTF-16 and legacy single-byte text are
/// read, and only what is not text is refused, saying what it is where the
/// bytes tell (`fileKinds.ts`).

import { fileKindMessage } from './fileKinds.ts';
import { decodeWindows1252 } from './windows1252.ts';

// The core is type-checked without DOM or Node types; both have TextDecoder
// (as does every browser), and this is the part of it used here.
declare const TextDecoder: new (
  label: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => { decode(input: Uint8Array): string };

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodeResult =
  { ok: true; text: string; encoding: TextEncoding } | { ok: false; message: string };

export const BINARY_MESSAGE = 'This file does not look like text (it contains binary data).';

/// How a file was read, when that was a choice the user should know of:
/// text that is not UTF-8 or UTF-16 is read as Windows-1252, the commonest
/// legacy encoding, and could be in another. Null for UTF-8 and UTF-16.
export function encodingNote(encoding: TextEncoding | undefined): string | null {
  return encoding === 'windows-1252' ? 'read as Windows-1252' : null;
}

/// Reads a file's bytes as text:
/// - UTF-8, with or without a byte-order mark;
/// - UTF-16 LE or BE, by its byte-order mark, or without one where the bytes
///   show it (a NUL in every other byte: mostly-ASCII text);
/// - otherwise, bytes that are not UTF-8 but are text otherwise, as
///   Windows-1252 (which covers ISO-8859-1's printable range);
/// and refuses empty files and binary data (NULs or control characters),
/// naming images, PDF, Word, ZIP and media files.
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, message: 'This file is empty.' };
  if (bytesAre(bytes, 0xff, 0xfe)) return utf16(bytes.subarray(2), 'utf-16le', true);
  if (bytesAre(bytes, 0xfe, 0xff)) return utf16(bytes.subarray(2), 'utf-16be', true);
  const kind = fileKindMessage(bytes);
  if (kind) return { ok: false, message: kind };
  const body = bytesAre(bytes, 0xef, 0xbb, 0xbf) ? bytes.subarray(3) : bytes;
  const wide = utf16Order(body);
  if (wide) return utf16(body, wide, false);
  const utf8 = tryDecode('utf-8', body);
  if (utf8 !== null) return text(utf8, 'utf-8');
  return text(decodeWindows1252(body), 'windows-1252');
}

function bytesAre(bytes: Uint8Array, ...values: number[]): boolean {
  return values.every((v, i) => bytes[i] === v);
}

function tryDecode(encoding: TextEncoding, bytes: Uint8Array): string | null {
  try {
    // ignoreBOM: a byte-order mark has been dealt with; another is text.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', marked: boolean): DecodeResult {
  const decoded = tryDecode(encoding, bytes);
  if (decoded !== null) return text(decoded, encoding);
  // A byte-order mark said UTF-16; without one the NULs only suggested it.
  return {
    ok: false,
    message: marked ? `This file is not valid ${encoding.toUpperCase()} text.` : BINARY_MESSAGE,
  };
}

const SAMPLE = 64 * 1024;

/// UTF-16 without a byte-order mark, where the bytes show it: in
/// mostly-ASCII text every other byte is a NUL (the odd ones little-endian,
/// the even ones big-endian) and the others hardly ever are.
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= pairs * 0.6 && even <= odd * 0.05) return 'utf-16le';
  if (even >= pairs * 0.6 && odd <= even * 0.05) return 'utf-16be';
  return null;
}

/// Decoded text, unless it is binary data: a NUL, or more than a few
/// control characters in its first 64K characters (C0 other than tab, line
/// breaks and form feed; in Windows-1252, also the C1 controls that the
/// bytes it leaves undefined become).
function text(decoded: string, encoding: TextEncoding): DecodeResult {
  const n = Math.min(decoded.length, SAMPLE);
  const c1 = encoding === 'windows-1252';
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = decoded.charCodeAt(i);
    if (c === 0) return { ok: false, message: BINARY_MESSAGE };
    if (c < 0x20 ? c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d : c1 && c >= 0x80 && c < 0xa0) {
      control++;
    }
  }
  if (control > Math.max(4, n / 100)) return { ok: false, message: BINARY_MESSAGE };
  return { ok: true, text: decoded, encoding };
}
