import { checkTranscript, parseDocument, readDocumentValue } from '../format/document.ts';
import type { Transcript } from '../transcript.ts';
import { importArchive, looksLikeArchive } from './archive.ts';
import { importAssemblyAi, looksLikeAssemblyAi } from './assemblyai.ts';
import { importDeepgram, looksLikeDeepgram } from './deepgram.ts';
import { importDocumentText, looksLikeDocumentText } from './documentText.ts';
import { importDpe, looksLikeDpe } from './dpe.ts';
import { isObject } from './json.ts';
import { importOtr, looksLikeOtr } from './otr.ts';
import type { ImportOptions, ImportResult } from './result.ts';
import { importRevAi, looksLikeRevAi } from './revai.ts';
import { RTTM_ALONE_MESSAGE, looksLikeRttm, parseRttm } from './rttm.ts';
import { importSrt, looksLikeSrt } from './srt.ts';
import { importTranscribe, looksLikeTranscribe } from './transcribe.ts';
import { isValidTranscript } from './validate.ts';
import { importWebVtt, looksLikeWebVtt } from './webvtt.ts';
import { importWhisperX, looksLikeWhisperX } from './whisperx.ts';

export { RTTM_ALONE_MESSAGE, looksLikeRttm, overlayRttm, type OverlayResult } from './rttm.ts';

/// What a file turned out to be.
export type OpenFormat =
  | 'caption-desk-json'
  | 'archive-text'
  | 'document-text'
  | 'webvtt'
  | 'srt'
  | 'whisperx-json'
  | 'amazon-transcribe-json'
  | 'assemblyai-json'
  | 'deepgram-json'
  | 'revai-json'
  | 'dpe-json'
  | 'otranscribe';

/// Display names of the formats, for notices ("Opened news.vtt (WebVTT).").
export const FORMAT_NAMES: Readonly<Record<OpenFormat, string>> = {
  'caption-desk-json': 'Caption Desk JSON',
  'archive-text': 'caption text',
  'document-text': 'text export',
  webvtt: 'WebVTT',
  srt: 'SRT',
  'whisperx-json': 'WhisperX',
  'amazon-transcribe-json': 'Amazon Transcribe',
  'assemblyai-json': 'AssemblyAI',
  'deepgram-json': 'Deepgram',
  'revai-json': 'Rev.ai',
  'dpe-json': 'BBC digital-paper-edit',
  otranscribe: 'oTranscribe',
};

export type OpenResult =
  { ok: true; transcript: Transcript; format: OpenFormat } | { ok: false; message: string };

export const UNKNOWN_JSON_MESSAGE =
  'This JSON file is not a transcript format Caption Desk knows (Caption Desk JSON, WhisperX, ' +
  'Amazon Transcribe, AssemblyAI, Deepgram, Rev.ai, BBC digital-paper-edit, oTranscribe).';

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
/// it is (formats.md in docs/ lists what each importer reads):
/// - JSON: our saved file (any object with "format" or "transcript"),
///   WhisperX, Deepgram, Rev.ai, Amazon Transcribe, AssemblyAI, BBC
///   digital-paper-edit, oTranscribe; other JSON is refused by name;
/// - WebVTT (a `WEBVTT` first line), SRT (a cue number or timing first),
///   RTTM (refused with `RTTM_ALONE_MESSAGE`: it has no words);
/// - our own plain text and Markdown exports, and the text of our Word
///   documents (`documentText.ts`), so that they open with their turns;
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
    if (json.ok) return openJson(json.value, options);
    // Broken JSON, or caption text that happens to start with "[laughter]".
    const saysJson = ext === 'json' || ext === 'otr';
    if (saysJson || (first === '{' && !looksLikeArchive(text))) {
      const result = parseDocument(text);
      return result.ok ? { ...result, format: 'caption-desk-json' } : result;
    }
  }

  if (looksLikeWebVtt(text)) return accept(importWebVtt(text, options), 'webvtt');
  if (looksLikeRttm(text)) return { ok: false, message: RTTM_ALONE_MESSAGE };
  if (looksLikeSrt(text)) {
    return ext === 'vtt'
      ? accept(importWebVtt(text, { ...options, headerOptional: true }), 'webvtt')
      : accept(importSrt(text, options), 'srt');
  }
  // Files whose name promises a format their content does not have.
  if (ext === 'vtt') return accept(importWebVtt(text, options), 'webvtt');
  if (ext === 'srt') return accept(importSrt(text, options), 'srt');
  if (ext === 'rttm') {
    const rttm = parseRttm(text);
    return { ok: false, message: rttm.ok ? RTTM_ALONE_MESSAGE : rttm.message };
  }

  if (looksLikeDocumentText(text)) return accept(importDocumentText(text, options), 'document-text');

  const imported = importArchive(text, options);
  if (imported.blocks.length === 0) {
    return { ok: false, message: 'This file has no transcript text in it.' };
  }
  return accept({ ok: true, transcript: imported }, 'archive-text');
}

/// JSON, by shape. Our own file is recognised by its "format" (or
/// "transcript") key, so that a damaged save gets the saved-file messages.
function openJson(value: unknown, options: ImportOptions): OpenResult {
  if (isObject(value) && (Object.hasOwn(value, 'format') || Object.hasOwn(value, 'transcript'))) {
    const result = readDocumentValue(value);
    return result.ok ? { ...result, format: 'caption-desk-json' } : result;
  }
  if (looksLikeWhisperX(value)) return accept(importWhisperX(value, options), 'whisperx-json');
  if (looksLikeDeepgram(value)) return accept(importDeepgram(value, options), 'deepgram-json');
  if (looksLikeRevAi(value)) return accept(importRevAi(value, options), 'revai-json');
  if (looksLikeTranscribe(value)) return accept(importTranscribe(value, options), 'amazon-transcribe-json');
  if (looksLikeAssemblyAi(value)) return accept(importAssemblyAi(value, options), 'assemblyai-json');
  if (looksLikeDpe(value)) return accept(importDpe(value, options), 'dpe-json');
  if (looksLikeOtr(value)) return accept(importOtr(value, options), 'otranscribe');
  return { ok: false, message: UNKNOWN_JSON_MESSAGE };
}

/// An importer's result, once it is known to satisfy the saved-file rules:
/// whatever opens must save and reopen, and an importer that breaks the
/// rules is a bug we would rather hear about now than at the next open.
function accept(result: ImportResult, format: OpenFormat): OpenResult {
  if (!result.ok) return result;
  if (isValidTranscript(result.transcript)) return { ok: true, transcript: result.transcript, format };
  const checked = checkTranscript(
    result.transcript,
    'Caption Desk could not import this file correctly (please report this)',
  );
  return checked.ok ? { ...checked, format } : checked;
}

function tryJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

const SAMPLE = 64 * 1024;

export const UTF16_MESSAGE =
  'This file is UTF-16 text; Caption Desk reads UTF-8. Save it as UTF-8 and open it again.';

/// Why decoded text cannot be a transcript (empty, binary, wrong encoding),
/// or null when it looks like text. The browser decodes files as UTF-8 with
/// U+FFFD for bad bytes, so damage shows up as NULs and replacement marks.
/// A few U+FFFD are normal in live captions (`�*s` for `'s`); many are not.
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
