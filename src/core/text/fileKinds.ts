/// What a file that is not text is, from its first bytes (magic numbers), so
/// that refusing it can say so: "This is a PNG image, not a transcript."

interface FileKind {
  /// "a PNG image": what the message calls it.
  what: string;
  media?: true;
  matches(bytes: Uint8Array): boolean;
}

function ascii(bytes: Uint8Array, at: number, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (bytes[at + i] !== text.charCodeAt(i)) return false;
  return true;
}

function bytesAt(bytes: Uint8Array, at: number, ...values: number[]): boolean {
  return values.every((v, i) => bytes[at + i] === v);
}

/// An MPEG audio frame header (an MP3 without an ID3 tag): the sync bits,
/// Layer III, and a bitrate and sample rate that exist.
function mpegFrame(bytes: Uint8Array): boolean {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  if (a !== 0xff || b === undefined || c === undefined) return false;
  return (b & 0xe6) === 0xe2 && (b & 0x18) !== 0x08 && c >> 4 !== 0x0f && c >> 4 !== 0 && (c & 0x0c) !== 0x0c;
}

const KINDS: readonly FileKind[] = [
  { what: 'a PNG image', matches: (b) => bytesAt(b, 0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a) },
  { what: 'a JPEG image', matches: (b) => bytesAt(b, 0, 0xff, 0xd8, 0xff) },
  { what: 'a GIF image', matches: (b) => ascii(b, 0, 'GIF87a') || ascii(b, 0, 'GIF89a') },
  { what: 'a PDF document', matches: (b) => ascii(b, 0, '%PDF-') },
  // A Word document is a ZIP archive whose parts sit under word/.
  { what: 'a Word document', matches: (b) => zip(b) && contains(b, 'word/') },
  { what: 'a ZIP archive', matches: zip },
  // MP3: an ID3 tag (major version 2 to 4), or straight into a frame.
  {
    what: 'an audio or video file',
    media: true,
    matches: (b) => (ascii(b, 0, 'ID3') && b[3]! >= 2 && b[3]! <= 4 && b[4] === 0) || mpegFrame(b),
  },
  // MP4, MOV, M4A, 3GP: an "ftyp" box first.
  { what: 'an audio or video file', media: true, matches: (b) => ascii(b, 4, 'ftyp') },
  {
    what: 'an audio or video file',
    media: true,
    matches: (b) => ascii(b, 0, 'RIFF') && (ascii(b, 8, 'WAVE') || ascii(b, 8, 'AVI ')),
  },
  {
    what: 'an audio or video file',
    media: true,
    matches: (b) => (ascii(b, 0, 'OggS') && b[4] === 0) || ascii(b, 0, 'fLaC'),
  },
  // WebM and Matroska: an EBML header.
  { what: 'an audio or video file', media: true, matches: (b) => bytesAt(b, 0, 0x1a, 0x45, 0xdf, 0xa3) },
];

function zip(bytes: Uint8Array): boolean {
  return bytesAt(bytes, 0, 0x50, 0x4b, 0x03, 0x04) || bytesAt(bytes, 0, 0x50, 0x4b, 0x05, 0x06);
}

// The part names of a ZIP file's first entries are in its first few KB.
const NAME_SAMPLE = 64 * 1024;

function contains(bytes: Uint8Array, text: string): boolean {
  const end = Math.min(bytes.length, NAME_SAMPLE) - text.length;
  for (let i = 0; i <= end; i++) if (ascii(bytes, i, text)) return true;
  return false;
}

export const MEDIA_MESSAGE =
  'This is an audio or video file, not a transcript. Open it with Media… to play it beside the transcript.';

/// Why these bytes are not a transcript, when their first bytes say what
/// they are; null otherwise.
export function fileKindMessage(bytes: Uint8Array): string | null {
  const kind = KINDS.find((k) => k.matches(bytes));
  if (!kind) return null;
  return kind.media ? MEDIA_MESSAGE : `This is ${kind.what}, not a transcript.`;
}
