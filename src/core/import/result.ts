/// What every importer returns, and the small pieces they share.

import { LIMITS } from '../format/schema.ts';
import type { ProgrammeMeta, Transcript } from '../transcript.ts';
import type { SpeakerRoster } from './speakerLabels.ts';
import type { BlockList } from './timedWords.ts';

/// `notice`: what the user should know about how the file opened (words
/// left without times, say); shown with the "Opened" message.
export type ImportResult =
  { ok: true; transcript: Transcript; notice?: string } | { ok: false; message: string };

export interface ImportOptions {
  /// Name of the file the text came from; goes to `meta.source`.
  source?: string;
}

function metaText(text: string): string {
  return text.length > LIMITS.metaText ? text.slice(0, LIMITS.metaText) : text;
}

/// Programme metadata: the source file name and a title, when given.
export function importMeta(options: ImportOptions, title?: string): ProgrammeMeta {
  const meta: ProgrammeMeta = {};
  const t = title?.replace(/\s+/g, ' ').trim();
  if (t) meta.title = metaText(t);
  if (options.source !== undefined) meta.source = metaText(options.source);
  return meta;
}

/// A line of the file as a message quotes it: at most 60 characters.
export function quote(line: string): string {
  const t = line.trim();
  return JSON.stringify(t.length > 60 ? `${t.slice(0, 57)}...` : t);
}

/// The transcript, or a message when the file had no text in it.
export function finishImport(
  formatName: string,
  meta: ProgrammeMeta,
  roster: SpeakerRoster,
  list: BlockList,
): ImportResult {
  const blocks = list.finish();
  if (blocks.length === 0)
    return { ok: false, message: `This ${formatName} file has no transcript text in it.` };
  return { ok: true, transcript: { meta, speakers: roster.speakers, blocks } };
}

export function fail(message: string): ImportResult {
  return { ok: false, message };
}
