import { blockText } from '../transcript.ts';
import type { Transcript } from '../transcript.ts';

/// The transcript as it was imported, kept in the saved file (format
/// version 2) so that every later change can be listed against it (the
/// correction log, `src/core/corrections`). Plain text per turn: the log
/// compares words, and the original never changes once made.

/// One imported turn: its id, speaker and start at import, and its text with
/// the spans joined (gap tags such as `[indiscernible]` as they stood).
export interface OriginalBlock {
  id: string;
  speakerId: string | null;
  start: number | null;
  text: string;
}

/// A speaker of the roster at import, so that the log can name a speaker
/// who was later renamed, merged away or deleted.
export interface OriginalSpeaker {
  id: string;
  name: string;
}

export interface Original {
  /// Absent in files whose writer did not record the roster; names then
  /// come from the current roster only.
  speakers?: OriginalSpeaker[];
  blocks: OriginalBlock[];
}

/// The original of a freshly imported (or freshly opened, see
/// docs/file-format.md) transcript. Call it once, when the transcript
/// enters the app, and keep the result unchanged.
export function originalFromTranscript(t: Transcript): Original {
  return {
    speakers: t.speakers.map((s) => ({ id: s.id, name: s.name })),
    blocks: t.blocks.map((b) => ({ id: b.id, speakerId: b.speakerId, start: b.start, text: blockText(b) })),
  };
}
