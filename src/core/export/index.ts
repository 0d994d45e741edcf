/// The export formats, for the export dialog and the convert CLI: what each
/// is called, its file extension and MIME type, which options it reads, and
/// one entry point that writes any of them.
import { serializeDocument } from '../format/document.ts';
import type { Transcript } from '../transcript.ts';
import { exportCsv } from './csv.ts';
import { DOCX_MIME, exportDocx } from './docx.ts';
import { exportMarkdown } from './markdown.ts';
import type { GapMode, SpeakerLabelStyle } from './spanText.ts';
import { exportSrt } from './srt.ts';
import { exportPlainText } from './text.ts';
import { exportTtml } from './ttml.ts';
import type { DocumentOptions, PlainTextOptions } from './text.ts';
import { programmeOnly } from '../boundaries/programmeRange.ts';
import { exportWebVtt } from './webvtt.ts';

export { GAP_MODES, SPEAKER_LABELS } from './spanText.ts';
export type { GapMode, SpeakerLabelStyle } from './spanText.ts';

/// An option a format reads; the others are ignored by it.
export type ExportOptionName =
  'timestamps' | 'speakers' | 'mergeTurns' | 'gaps' | 'capitalize' | 'links' | 'outside';

export interface ExportFormat {
  id: 'txt' | 'md' | 'docx' | 'srt' | 'vtt' | 'ttml' | 'csv' | 'json';
  label: string;
  /// Without the dot.
  extension: string;
  mime: string;
  /// True when `exportTranscript` gives bytes rather than text.
  binary: boolean;
  options: readonly ExportOptionName[];
}

const DOCUMENT_OPTIONS = [
  'timestamps',
  'speakers',
  'mergeTurns',
  'gaps',
  'capitalize',
  'links',
  'outside',
] as const;

export const EXPORT_FORMATS = [
  {
    id: 'txt',
    label: 'Plain text',
    extension: 'txt',
    mime: 'text/plain;charset=utf-8',
    binary: false,
    options: DOCUMENT_OPTIONS,
  },
  {
    id: 'md',
    label: 'Markdown',
    extension: 'md',
    mime: 'text/markdown;charset=utf-8',
    binary: false,
    options: DOCUMENT_OPTIONS,
  },
  {
    id: 'docx',
    label: 'Word document',
    extension: 'docx',
    mime: DOCX_MIME,
    binary: true,
    options: DOCUMENT_OPTIONS,
  },
  {
    id: 'srt',
    label: 'SubRip subtitles',
    extension: 'srt',
    mime: 'application/x-subrip;charset=utf-8',
    binary: false,
    options: ['speakers', 'gaps', 'capitalize', 'outside'],
  },
  {
    id: 'vtt',
    label: 'WebVTT captions',
    extension: 'vtt',
    mime: 'text/vtt;charset=utf-8',
    binary: false,
    options: ['speakers', 'gaps', 'capitalize', 'outside'],
  },
  {
    id: 'ttml',
    label: 'TTML captions (IMSC 1)',
    extension: 'ttml',
    mime: 'application/ttml+xml;charset=utf-8',
    binary: false,
    options: ['speakers', 'gaps', 'outside'],
  },
  {
    id: 'csv',
    label: 'Spreadsheet (CSV)',
    extension: 'csv',
    mime: 'text/csv;charset=utf-8',
    binary: false,
    options: ['gaps', 'capitalize', 'links', 'outside'],
  },
  {
    id: 'json',
    label: 'Caption Desk file',
    extension: 'json',
    mime: 'application/json',
    binary: false,
    options: [],
  },
] as const satisfies readonly ExportFormat[];

export type ExportFormatId = (typeof EXPORT_FORMATS)[number]['id'];

export function exportFormat(id: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((f) => f.id === id);
}

export interface ExportOptions {
  /// txt, md, docx. Default `none` for txt, `clock` for md and docx (a
  /// document is read with its times; clean copy for pasting is not).
  timestamps?: PlainTextOptions['timestamps'];
  /// txt, md, docx (default `name-and-role`); srt, vtt, ttml (default `name`).
  speakers?: SpeakerLabelStyle;
  /// txt, md, docx. Default false.
  mergeTurns?: boolean;
  /// Every format but json. Default `keep`.
  gaps?: GapMode;
  /// Every format but json: the text is cased by the capitalization fixer
  /// (core/casing) on the way out; the transcript is left as it is. Default false.
  capitalize?: boolean;
  /// csv, md, docx: a link to each turn's moment in the programme's source
  /// (`meta.link`): a `link` column, a link after each Markdown turn, the
  /// Word turn's time (or text) as a hyperlink. Default false; nothing
  /// without a source.
  links?: boolean;
  /// Every format but json: keep the turns outside the programme's
  /// boundaries (`meta.bounds`). Default false: only the programme's turns.
  outside?: boolean;
}

/// Writes `t` in format `id`. Text formats give a string, Word gives bytes.
/// `json` is the saved file and throws `UnsaveableTranscriptError` for a
/// transcript that would not open again; the others never throw on data.
export async function exportTranscript(
  t: Transcript,
  id: ExportFormatId,
  options: ExportOptions = {},
): Promise<string | Uint8Array<ArrayBuffer>> {
  if (options.capitalize && id !== 'json') {
    // The truecaser and its lexicon load only for an export that asks for them.
    const [{ casedTranscript }, { loadCaseLexicon }] = await Promise.all([
      import('../casing/transcript.ts'),
      import('../casing/lexicon.ts'),
    ]);
    t = casedTranscript(t, await loadCaseLexicon());
  }
  if (!options.outside && id !== 'json') t = programmeOnly(t);
  const gaps = options.gaps ?? 'keep';
  const links = options.links === true;
  const document = (timestamps: PlainTextOptions['timestamps']): DocumentOptions => ({
    timestamps: options.timestamps ?? timestamps,
    speakers: options.speakers ?? 'name-and-role',
    mergeTurns: options.mergeTurns ?? false,
    gaps,
    links,
  });
  const captions = { gaps, speakers: options.speakers ?? 'name' };
  switch (id) {
    case 'txt':
      return exportPlainText(t, document('none'));
    case 'md':
      return exportMarkdown(t, document('clock'));
    case 'docx':
      return exportDocx(t, document('clock'));
    case 'srt':
      return exportSrt(t, captions);
    case 'vtt':
      return exportWebVtt(t, captions);
    case 'ttml':
      return exportTtml(t, captions);
    case 'csv':
      return exportCsv(t, { gaps, links });
    case 'json':
      return serializeDocument(t);
  }
}
