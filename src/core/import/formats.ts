/// The formats Caption Desk opens, in one list: what each is called, how it
/// is recognised from its content, which reader reads it, and what the Open
/// button's file picker offers for it. Detection (`openTranscriptText`), the
/// format names in messages and the picker's accept list all come from here;
/// a new format is one more entry. docs/formats.md describes each reader.
///
/// The list is in the order people know the formats by (README, messages).
/// Detection tries formats recognised by a key of their own before those
/// recognised by a shape that other files could share (`DETECTION_ORDER`),
/// so a file with a format's own key never goes to a looser shape.

import { readDocumentValue } from '../format/document.ts';
import type { Original } from '../format/original.ts';
import type { Transcript } from '../transcript.ts';
import { importArchive, looksLikeArchive } from './captions/archive.ts';
import { importDocumentText, looksLikeDocumentText } from './captions/documentText.ts';
import { importScc, looksLikeScc } from './captions/scc.ts';
import { importSrt, looksLikeSrt } from './captions/srt.ts';
import { importTtml, looksLikeTtml } from './captions/ttml.ts';
import { importTimestampedText, looksLikeTimestampedText } from './captions/timestampedText.ts';
import { importWebVtt, looksLikeWebVtt } from './captions/webvtt.ts';
import { isObject } from './json.ts';
import type { ImportOptions } from './result.ts';
import { importAssemblyAi, looksLikeAssemblyAi } from './vendors/assemblyai.ts';
import { importDeepgram, looksLikeDeepgram } from './vendors/deepgram.ts';
import { importDpe, looksLikeDpe } from './vendors/dpe.ts';
import { importGoogleStt, looksLikeGoogleStt } from './vendors/googleStt.ts';
import { importOtr, looksLikeOtr } from './vendors/otr.ts';
import { importRevAi, looksLikeRevAi } from './vendors/revai.ts';
import { looksLikeRttm, parseRttm, type RttmTurn } from './vendors/rttm.ts';
import { importTranscribe, looksLikeTranscribe } from './vendors/transcribe.ts';
import { importWhisperX, looksLikeWhisperX } from './vendors/whisperx.ts';

/// What a reader gives: a transcript (with the import-time original our own
/// file may carry), the speaker turns of a file without words, or a message.
export type Reading =
  | { ok: true; transcript: Transcript; original?: Original; notice?: string }
  | { ok: true; turns: RttmTurn[] }
  | { ok: false; message: string };

/// `key`: a key or header only this format has. `shape`: a shape another
/// format's file could also have; tried after every `key` format.
/// `fallback`: whatever no other format recognises (one entry).
export type Recognition = 'key' | 'shape' | 'fallback';

interface FormatEntry {
  id: string;
  /// For people: messages, notices.
  name: string;
  /// What the Open button's file picker offers: extensions without the dot,
  /// and MIME types. The name is only a hint (see `openTranscriptText`).
  extensions: readonly string[];
  mimeTypes: readonly string[];
  recognisedBy: Recognition;
}

/// A format read from parsed JSON.
export interface JsonFormat extends FormatEntry {
  content: 'json';
  recognisedBy: 'key' | 'shape';
  looksLike(value: unknown): boolean;
  read(value: unknown, options: ImportOptions): Reading;
  /// The reader applies the saved-file rules itself (our own file), so its
  /// transcript is not checked again.
  checked?: true;
}

/// A format read from text.
export interface TextFormat extends FormatEntry {
  content: 'text';
  looksLike(text: string): boolean;
  read(text: string, options: ImportOptions): Reading;
  /// Text that another format recognises, read as this one when the file's
  /// name says it is this format: a `.vtt` file of SRT-style cues without
  /// the `WEBVTT` line.
  claims?: { recognisedAs: string; read(text: string, options: ImportOptions): Reading };
}

export type ImportFormat = JsonFormat | TextFormat;

const JSON_MIME = ['application/json'];

const formats = [
  {
    id: 'archive-text',
    name: 'caption text',
    content: 'text',
    recognisedBy: 'fallback',
    extensions: ['txt'],
    mimeTypes: ['text/plain'],
    looksLike: looksLikeArchive,
    read: (text, options) => {
      const transcript = importArchive(text, options);
      return transcript.blocks.length === 0
        ? { ok: false, message: 'This file has no transcript text in it.' }
        : { ok: true, transcript };
    },
  },
  {
    id: 'caption-desk-json',
    name: 'Caption Desk JSON',
    content: 'json',
    // Any object with "format" or "transcript" is taken for ours, so that a
    // damaged save gets the saved-file messages.
    recognisedBy: 'key',
    extensions: ['json'],
    mimeTypes: JSON_MIME,
    looksLike: (value) =>
      isObject(value) && (Object.hasOwn(value, 'format') || Object.hasOwn(value, 'transcript')),
    read: (value) => readDocumentValue(value),
    checked: true,
  },
  {
    id: 'webvtt',
    name: 'WebVTT',
    content: 'text',
    recognisedBy: 'key',
    extensions: ['vtt'],
    mimeTypes: ['text/vtt'],
    looksLike: looksLikeWebVtt,
    read: (text, options) => importWebVtt(text, options),
    claims: {
      recognisedAs: 'srt',
      read: (text, options) => importWebVtt(text, { ...options, headerOptional: true }),
    },
  },
  {
    id: 'srt',
    name: 'SRT',
    content: 'text',
    recognisedBy: 'shape',
    extensions: ['srt'],
    mimeTypes: [],
    looksLike: looksLikeSrt,
    read: (text, options) => importSrt(text, options),
  },
  {
    id: 'ttml',
    name: 'TTML',
    content: 'text',
    recognisedBy: 'key',
    extensions: ['ttml', 'dfxp', 'xml'],
    mimeTypes: ['application/ttml+xml'],
    looksLike: looksLikeTtml,
    read: (text, options) => importTtml(text, options),
  },
  {
    id: 'scc',
    name: 'SCC',
    content: 'text',
    recognisedBy: 'key',
    extensions: ['scc'],
    mimeTypes: [],
    looksLike: looksLikeScc,
    read: (text, options) => importScc(text, options),
  },
  {
    // Before our text exports: it declines their stamps itself.
    id: 'timestamped-text',
    name: 'timestamped text',
    content: 'text',
    recognisedBy: 'shape',
    extensions: ['txt'],
    mimeTypes: ['text/plain'],
    looksLike: looksLikeTimestampedText,
    read: (text, options) => importTimestampedText(text, options),
  },
  {
    // Our own plain text and Markdown exports, and the text of our Word
    // documents, so that they open with their turns (captions/documentText.ts).
    id: 'document-text',
    name: 'text export',
    content: 'text',
    recognisedBy: 'shape',
    extensions: ['md'],
    mimeTypes: ['text/markdown'],
    looksLike: looksLikeDocumentText,
    read: (text, options) => importDocumentText(text, options),
  },
  {
    id: 'whisperx-json',
    name: 'WhisperX',
    content: 'json',
    recognisedBy: 'key',
    extensions: ['json'],
    mimeTypes: JSON_MIME,
    looksLike: looksLikeWhisperX,
    read: importWhisperX,
  },
  {
    id: 'amazon-transcribe-json',
    name: 'Amazon Transcribe',
    content: 'json',
    recognisedBy: 'shape',
    extensions: ['json'],
    mimeTypes: JSON_MIME,
    looksLike: looksLikeTranscribe,
    read: importTranscribe,
  },
  {
    id: 'assemblyai-json',
    name: 'AssemblyAI',
    content: 'json',
    recognisedBy: 'shape',
    extensions: ['json'],
    mimeTypes: JSON_MIME,
    looksLike: looksLikeAssemblyAi,
    read: importAssemblyAi,
  },
  {
    id: 'deepgram-json',
    name: 'Deepgram',
    content: 'json',
    recognisedBy: 'key',
    extensions: ['json'],
    mimeTypes: JSON_MIME,
    looksLike: looksLikeDeepgram,
    read: importDeepgram,
  },
  {
    id: 'revai-json',
    name: 'Rev.ai',
    content: 'json',
    recognisedBy: 'key',
    extensions: ['json'],
    mimeTypes: JSON_MIME,
    looksLike: looksLikeRevAi,
    read: importRevAi,
  },
  {
    id: 'google-stt-json',
    name: 'Google Speech-to-Text',
    content: 'json',
    recognisedBy: 'key',
    extensions: ['json'],
    mimeTypes: JSON_MIME,
    looksLike: looksLikeGoogleStt,
    read: importGoogleStt,
  },
  {
    id: 'dpe-json',
    name: 'BBC digital-paper-edit',
    content: 'json',
    recognisedBy: 'shape',
    extensions: ['json'],
    mimeTypes: JSON_MIME,
    looksLike: looksLikeDpe,
    read: importDpe,
  },
  {
    id: 'otranscribe',
    name: 'oTranscribe',
    content: 'json',
    recognisedBy: 'shape',
    extensions: ['otr'],
    mimeTypes: [],
    looksLike: looksLikeOtr,
    read: importOtr,
  },
  {
    id: 'rttm',
    name: 'RTTM',
    content: 'text',
    recognisedBy: 'key',
    extensions: ['rttm'],
    mimeTypes: [],
    looksLike: looksLikeRttm,
    // Speaker turns without words, for the open transcript.
    read: (text) => parseRttm(text),
  },
] as const satisfies readonly ImportFormat[];

export const IMPORT_FORMATS: readonly ImportFormat[] = formats;

export type FormatId = (typeof formats)[number]['id'];

/// What a file turned out to be, when it is a transcript. RTTM is the one
/// format of speaker turns without words.
export type OpenFormat = Exclude<FormatId, 'rttm'>;

/// Display names of the formats, for messages and notices.
export const FORMAT_NAMES = Object.fromEntries(formats.map((f) => [f.id, f.name])) as Readonly<
  Record<FormatId, string>
>;

export function importFormat(id: string): ImportFormat | undefined {
  return IMPORT_FORMATS.find((f) => f.id === id);
}

const RANK: Readonly<Record<Recognition, number>> = { key: 0, shape: 1, fallback: 2 };

/// Every format in the order detection tries them: `key` formats, then
/// `shape` formats, then the fallback, each in list order.
export const DETECTION_ORDER: readonly ImportFormat[] = IMPORT_FORMATS.map((format, index) => ({
  format,
  index,
}))
  .sort((a, b) => RANK[a.format.recognisedBy] - RANK[b.format.recognisedBy] || a.index - b.index)
  .map(({ format }) => format);

export const JSON_FORMATS: readonly JsonFormat[] = DETECTION_ORDER.filter(
  (f): f is JsonFormat => f.content === 'json',
);

/// Text formats recognised by content, in detection order (the fallback aside).
export const TEXT_FORMATS: readonly TextFormat[] = DETECTION_ORDER.filter(
  (f): f is TextFormat => f.content === 'text' && f.recognisedBy !== 'fallback',
);

export const FALLBACK_FORMAT: TextFormat = DETECTION_ORDER.find(
  (f): f is TextFormat => f.content === 'text' && f.recognisedBy === 'fallback',
)!;

/// The text format a file's extension names (`vtt`, `srt`, `rttm`, `txt`);
/// of several, the one detection tries last, the most general (`txt` names
/// caption text, not timestamped text).
export function textFormatNamed(extension: string): TextFormat | undefined {
  return DETECTION_ORDER.findLast(
    (f): f is TextFormat => f.content === 'text' && f.extensions.includes(extension),
  );
}

/// Extensions that say a file is JSON (`json`, `otr`): broken JSON with one
/// of these names gets a JSON message rather than being read as caption text.
export const JSON_EXTENSIONS: ReadonlySet<string> = new Set(JSON_FORMATS.flatMap((f) => f.extensions));

export const UNKNOWN_JSON_MESSAGE =
  'This JSON file is not a transcript format Caption Desk knows (' +
  `${IMPORT_FORMATS.filter((f) => f.content === 'json')
    .map((f) => f.name)
    .join(', ')}).`;

/// The file picker's `accept`: every format's extensions, then its MIME types.
export const OPEN_ACCEPT = [
  ...new Set([
    ...IMPORT_FORMATS.flatMap((f) => f.extensions.map((e) => `.${e}`)),
    ...IMPORT_FORMATS.flatMap((f) => f.mimeTypes),
  ]),
].join(',');
