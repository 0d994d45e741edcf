import {
  checkTranscript,
  damagedDocumentMessage,
  declaresOwnFormat,
  parseDocument,
} from '../format/document.ts';
import type { Transcript } from '../transcript.ts';
import { RTTM_ALONE_MESSAGE, type RttmTurn } from './vendors/rttm.ts';
import { looksLikeArchive } from './captions/archive.ts';
import {
  FALLBACK_FORMAT,
  JSON_EXTENSIONS,
  JSON_FORMATS,
  TEXT_FORMATS,
  UNKNOWN_JSON_MESSAGE,
  importFormat,
  textFormatNamed,
  type ImportFormat,
  type OpenFormat,
  type Reading,
} from './formats.ts';
import type { ImportOptions } from './result.ts';
import { isValidTranscript } from './validate.ts';

export { FORMAT_NAMES, UNKNOWN_JSON_MESSAGE, type OpenFormat } from './formats.ts';
export {
  RTTM_ALONE_MESSAGE,
  looksLikeRttm,
  overlayRttm,
  overlaySpeakerTurns,
  type OverlayResult,
  type RttmTurn,
} from './vendors/rttm.ts';

/// A transcript, or why the text is not one. Speaker turns without words
/// (RTTM) are not a transcript of their own, so they are not `ok`: their
/// `message` says so to a caller that cannot use them (the command line, a
/// paste), and the app lays the `turns` over the open transcript
/// (`overlaySpeakerTurns`).
export type OpenResult =
  | { ok: true; transcript: Transcript; format: OpenFormat; notice?: string }
  | { ok: false; kind: 'speaker-turns'; turns: RttmTurn[]; format: 'rttm'; message: string }
  | { ok: false; kind?: undefined; message: string };

/// The largest file we read. The browser layer checks `File.size` against it
/// before reading, the CLI checks the file's size on disk; both show
/// `fileTooLargeMessage`. A 24-hour programme saved by us is a few MB.
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

const MB = 1024 * 1024;

export function fileTooLargeMessage(bytes: number): string {
  const size = (bytes / MB).toFixed(bytes < 1000 * MB ? 1 : 0);
  return `This file is too large to open (${size} MB); Caption Desk opens files up to ${MAX_FILE_BYTES / MB} MB.`;
}

/// Opens the text of a file the user picked, deciding from its content what
/// it is: the first format of `formats.ts` that recognises it, in detection
/// order (docs/formats.md lists what each reader reads):
/// - JSON: our saved file (any object with "format" or "transcript"),
///   WhisperX, Deepgram, Rev.ai, Google Speech-to-Text, Amazon Transcribe,
///   AssemblyAI, BBC
///   digital-paper-edit, oTranscribe; other JSON is refused by name;
/// - TTML (a `<tt>` root element), SCC (a `Scenarist_SCC V1.0` header or a
///   timecode line of byte pairs);
/// - WebVTT (a `WEBVTT` first line), RTTM (speaker turns without words: not
///   `ok`, with `RTTM_ALONE_MESSAGE` and the turns), SRT (a cue number or
///   timing first);
/// - anything else: caption text (Archive page layout, or plain paragraphs).
/// `fileName` is only a hint — for text that could be either, and to name
/// the format a file claims to be when its content is not — and becomes the
/// transcript's source. Never throws.
export function openTranscriptText(text: string, fileName?: string): OpenResult {
  try {
    return open(text, fileName);
  } catch (error) {
    // A bug in an importer must still end in words, not a blank screen.
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `Caption Desk could not read this file (${detail}). Please report this.` };
  }
}

// Extensions of our own file (`json`).
const OWN_EXTENSIONS = importFormat('caption-desk-json')!.extensions;

function extension(fileName: string | undefined): string {
  return /\.([A-Za-z0-9]+)$/.exec(fileName ?? '')?.[1]?.toLowerCase() ?? '';
}

function open(raw: string, fileName: string | undefined): OpenResult {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const problem = textProblem(text);
  if (problem) return { ok: false, message: problem };
  const options: ImportOptions = fileName === undefined ? {} : { source: fileName };
  const ext = extension(fileName);

  const first = /\S/.exec(text)?.[0];
  if (first === '{' || first === '[') {
    const json = tryJson(text);
    if (json.ok) {
      const format = JSON_FORMATS.find((f) => f.looksLike(json.value));
      return format
        ? finish(format, format.read(json.value, options))
        : { ok: false, message: UNKNOWN_JSON_MESSAGE };
    }
    // Our own file, damaged: say so, and where.
    if (first === '{' && (OWN_EXTENSIONS.includes(ext) || declaresOwnFormat(text))) {
      return { ok: false, message: damagedDocumentMessage(text) };
    }
    // Broken JSON, or caption text that happens to start with "[laughter]".
    if (JSON_EXTENSIONS.has(ext) || (first === '{' && !looksLikeArchive(text))) {
      const result = parseDocument(text);
      return result.ok ? { ...result, format: 'caption-desk-json' } : result;
    }
  }

  // The name is a hint: a format it names may claim text another recognises.
  const named = textFormatNamed(ext);
  const recognised = TEXT_FORMATS.find((f) => f.looksLike(text));
  if (recognised) {
    if (named?.claims?.recognisedAs === recognised.id) return finish(named, named.claims.read(text, options));
    return finish(recognised, recognised.read(text, options));
  }
  // A file whose name promises a format its content does not have gets
  // that format's message; anything else is caption text.
  const format = named ?? FALLBACK_FORMAT;
  return finish(format, format.read(text, options));
}

/// A reader's result as an open result. An importer's transcript must
/// satisfy the saved-file rules: whatever opens must save and reopen, and
/// an importer that breaks the rules is a bug we would rather hear about now
/// than at the next open.
function finish(format: ImportFormat, reading: Reading): OpenResult {
  if (!reading.ok) return reading;
  if ('turns' in reading) {
    return {
      ok: false,
      kind: 'speaker-turns',
      turns: reading.turns,
      format: 'rttm',
      message: RTTM_ALONE_MESSAGE,
    };
  }
  const id = format.id as OpenFormat;
  if (format.content === 'json' && format.checked) return { ...reading, format: id };
  const notice = reading.notice === undefined ? {} : { notice: reading.notice };
  if (isValidTranscript(reading.transcript))
    return { ok: true, transcript: reading.transcript, format: id, ...notice };
  const checked = checkTranscript(
    reading.transcript,
    'Caption Desk could not import this file correctly (please report this)',
  );
  return checked.ok ? { ...checked, format: id, ...notice } : checked;
}

function tryJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

const SAMPLE = 64 * 1024;

const UTF16_MESSAGE =
  'This file is UTF-16 text; Caption Desk reads UTF-8. Save it as UTF-8 and open it again.';

/// Why text cannot be a transcript (empty, binary, wrong encoding), or null
/// when it looks like text. Files come through `decodeText`
/// (core/text/decode.ts), which reads UTF-16 and legacy encodings and
/// refuses binary data itself; this catches text that reached us another
/// way already decoded wrongly: NULs, control characters, and replacement
/// marks where another program read bytes as UTF-8. A few U+FFFD are normal
/// in live captions (`�*s` for `'s`); many are not.
export function textProblem(text: string): string | null {
  if (text.trim() === '') return 'This file is empty.';
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let nul = 0;
  let nulOdd = 0;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) {
      nul++;
      if (i % 2 === 1) nulOdd++;
    } else if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) control++;
  }
  // UTF-16 text read as UTF-8: every other character is a NUL.
  if (nul > sample.length / 4 && (nulOdd > nul * 0.9 || nulOdd < nul * 0.1)) return UTF16_MESSAGE;
  if (nul > 0 || control > Math.max(4, sample.length / 100)) {
    return 'This file does not look like text (it contains binary data).';
  }
  let replaced = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) replaced++;
  if (replaced >= 4 && replaced > text.length / 100) {
    // Binary data read as UTF-8 is full of control characters (caught
    // above); text without them is text in another encoding (Windows-1252,
    // Latin-1), where every accented letter became U+FFFD.
    return control > 0
      ? 'This file does not look like text (it contains binary data).'
      : `This file is not UTF-8 text (${replaced.toLocaleString('en-US')} characters could not be read). ` +
          'Save it as UTF-8 and open it again.';
  }
  return null;
}
