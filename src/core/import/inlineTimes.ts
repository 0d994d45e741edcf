/// Word times inside cue text: WebVTT's inline timestamps (`hello<00:00:01.234>
/// <c> world</c>`, as YouTube's automatic captions and karaoke files write
/// them) time the word after them. The WebVTT reader turns each into a mark
/// in the cue's text (characters of Unicode's private use area, which it
/// strips from the file's own text first), so that the time rides through
/// the speaker markers and turn splitting of `cues.ts` with its word, and
/// `CueBlocks` makes the mark the next word's `{start}`.

import type { Span } from '../transcript.ts';
import { pushSpan, textSpans } from './timedWords.ts';

const OPEN = '\uE000';
const CLOSE = '\uE001';
// Split at marks, keeping each mark's seconds (`split` ignores `lastIndex`).
const MARKS_RE = /\uE000([0-9.]+)\uE001/g;
const MARK_CHARS_RE = /[\uE000\uE001]/g;

/// The mark of a time in seconds.
export function timeMark(seconds: number): string {
  return `${OPEN}${seconds}${CLOSE}`;
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
    if (k > 0) {
      const t = Number(parts[k - 1]);
      time = Number.isFinite(t) ? t : undefined;
    }
    const piece = parts[k]!;
    const lead = /^\s*/.exec(piece)![0];
    if (lead) pushSpan(spans, { text: lead });
    const rest = piece.slice(lead.length);
    if (rest === '') continue;
    for (const span of textSpans(rest, time)) pushSpan(spans, span);
    time = undefined;
  }
  return spans;
}
