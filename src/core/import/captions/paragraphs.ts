import { VOICE_PAUSE_SECONDS } from './voicePause.ts';

/// Paragraphs for roll-up captions that never mark a speaker change.
///
/// YouTube's automatic captions are one stream of speech cut into lines of a
/// few words, with no `>>`, no names and often no punctuation. Read as
/// pop-on subtitles, every line would be a turn of its own: about twenty
/// thousand two-second turns in a day, which nobody assigns line by line
/// and which make the document many times heavier than the speech. Read as
/// one turn, a day would be a handful of 80-minute blocks. So the lines are
/// joined into paragraphs about as long as a turn in broadcast captions:
///
/// - a pause (`VOICE_PAUSE_SECONDS` from one line's end to the next one's start)
///   always ends a paragraph, as it is the likeliest place for a new voice;
/// - after `PARAGRAPH_SECONDS` a paragraph ends at the next line that ends a
///   sentence, where the file has punctuation;
/// - after `PARAGRAPH_MAX_SECONDS` it ends at the next line whatever it holds.
///
/// Every line's start time stays on its first word, so a paragraph can be
/// split anywhere later with exact times.

/// From here on, a line that ends a sentence ends the paragraph.
export const PARAGRAPH_SECONDS = 30;
/// From here on, any line ends the paragraph.
export const PARAGRAPH_MAX_SECONDS = 60;

const SENTENCE_END_RE = /[.?!…]["'”’)\]]*\s*$/;

export interface ParagraphLine {
  start: number;
  end: number;
  /// The words the line adds (after roll-up repeats are cut); empty lines
  /// neither start nor end a paragraph.
  text: string;
}

/// For each line, true when a new paragraph starts with it.
export function paragraphStarts(lines: readonly ParagraphLine[]): boolean[] {
  const starts: boolean[] = [];
  let paragraphStart: number | null = null;
  let last: ParagraphLine | null = null;
  for (const line of lines) {
    if (line.text.trim() === '') {
      starts.push(false);
      continue;
    }
    let start = paragraphStart === null || last === null;
    if (!start && last !== null && paragraphStart !== null) {
      const length = line.start - paragraphStart;
      start =
        line.start - last.end > VOICE_PAUSE_SECONDS ||
        length >= PARAGRAPH_MAX_SECONDS ||
        (length >= PARAGRAPH_SECONDS && SENTENCE_END_RE.test(last.text));
    }
    if (start) paragraphStart = line.start;
    starts.push(start);
    last = line;
  }
  return starts;
}
