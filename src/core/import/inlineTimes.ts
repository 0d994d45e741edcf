/// Word times inside cue text: WebVTT's inline timestamps (`hello<00:00:01.234>
/// <c> world</c>`, as YouTube's automatic captions and karaoke files write
/// them) time the word after them. The WebVTT reader turns each into a mark
/// in the cue's text (characters of Unicode's private use area, which it
/// strips from the file's own text first), so that the time rides through
/// the speaker markers and turn splitting of `cues.ts` with its word, and
/// `CueBlocks` makes the mark the next word's `{start}`.

import type { Span } from '../transcript.ts';
import { pushSpan, TAG_CHAR_RE, textSpans } from './timedWords.ts';
import { isSpace } from '../whitespace.ts';

const OPEN = '\uE000';
const CLOSE = '\uE001';
// Split at marks, keeping each mark's milliseconds (`split` ignores `lastIndex`).
const MARKS_RE = /\uE000(\d+)\uE001/g;
const MARK_CHARS_RE = /[\uE000\uE001]/g;

/// The mark of a time in seconds. It holds whole milliseconds (cue
/// timestamps have no finer ones): a YouTube day has 110,000 inline times,
/// and an integer is several times quicker to write and read back than the
/// shortest text of a fraction.
export function timeMark(seconds: number): string {
  return `${OPEN}${Math.round(seconds * 1000)}${CLOSE}`;
}

/// `text` without the characters marks are made of.
export function withoutMarkChars(text: string): string {
  return text.includes(OPEN) || text.includes(CLOSE) ? text.replace(MARK_CHARS_RE, '') : text;
}

/// `text` without its marks.
export function withoutMarks(text: string): string {
  return text.includes(OPEN)
    ? text
        .split(MARKS_RE)
        .filter((_, i) => i % 2 === 0)
        .join('')
    : text;
}

/// Spans of one run of tidy text holding marks: `anchor` on the first word
/// (as `textSpans` puts it), and each mark's time on the word after it.
export function markedSpans(text: string, anchor?: number): Span[] {
  if (!text.includes(OPEN)) return textSpans(text, anchor);
  const parts = text.split(MARKS_RE);
  const spans: Span[] = [];
  let time = anchor;
  for (let k = 0; k < parts.length; k += 2) {
    if (k > 0) time = Number(parts[k - 1]) / 1000;
    const piece = parts[k]!;
    let lead = 0;
    while (lead < piece.length && isSpace(piece.charCodeAt(lead))) lead++;
    if (lead > 0) pushSpan(spans, { text: piece.slice(0, lead) });
    if (lead === piece.length) continue;
    const rest = lead === 0 ? piece : piece.slice(lead);
    if (time !== undefined && !TAG_CHAR_RE.test(rest)) {
      // Most pieces are one word and its space (`<c> word</c>`): the word
      // timed, the rest plain, without `textSpans`' general path.
      let end = 0;
      while (end < rest.length && !isSpace(rest.charCodeAt(end))) end++;
      pushSpan(spans, { text: rest.slice(0, end), time: { start: time } });
      if (end < rest.length) pushSpan(spans, { text: rest.slice(end) });
    } else {
      for (const span of textSpans(rest, time)) pushSpan(spans, span);
    }
    time = undefined;
  }
  return spans;
}
