/// Reader for timestamped plain text, the way people copy transcripts from
/// podcast pages, video sites and meeting tools (formats.md, "Timestamped
/// text"):
///
/// ```
/// 00:00:06 Welcome back to the show.        a time at the start of a line
/// 0:06 Welcome back.                        (`[00:01:23]`, `(01:23)`, a dash after)
///
/// 0:06                                      a time on its own line
/// Welcome back to the show.                 before the text
///
/// Maya Chen  0:03                           a speaker line with a time
/// Welcome back to the show.                 (`Speaker 1 (00:01:12):`,
///                                           `[Maya Chen] 10:03:22`)
/// ```
///
/// - Each timed line, and each paragraph under a time or speaker line, is a
///   block starting at that time exactly; a paragraph after a blank line
///   with no time of its own is a block of the same speaker, untimed. Text
///   before the first time is kept, untimed.
/// - Speakers: the name of a speaker line, or a `Name:` prefix after a time
///   (`00:00:06 Maya Chen: Welcome.`); a timed line without one goes on with
///   the speaker before. Machine labels (`Speaker 1`) become Speaker 1, 2, …
/// - Times are `h:mm:ss` or `m:ss` (minutes past 59 allowed without hours),
///   with a fraction or not; no time is left in the text. Clock times
///   (`5:31 am`) are not offsets: Archive pages have them as minute lines.
/// - Recognised by two or more timed lines making at least a twentieth of
///   the text's lines, unless the text is one of our own exports
///   (`documentText.ts` reads those).

import { matchSpeakerPrefix, isWrittenLabel } from '../cues.ts';
import { fail, finishImport, importMeta, type ImportOptions, type ImportResult } from '../result.ts';
import { SpeakerRoster } from '../speakerLabels.ts';
import type { Block } from '../../transcript.ts';
import { BlockList, pushSpan, splitLines, textSpans, tidy } from '../timedWords.ts';
import { documentLayout } from './documentText.ts';

const TIME = String.raw`(?:\d{1,3}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?`;
// `00:00:06 text`, `[00:01:23] text`, `(01:23) - text`, `0:06` alone. Only a
// lone hyphen is taken for a separator: a dash (`—`, `--`) may be a word.
const STAMP_RE = new RegExp(String.raw`^(?:\[(${TIME})\]|\((${TIME})\)|(${TIME}))(?:[ \t]+-[ \t]+|[ \t]+|$)`);
// `Maya Chen  0:03`, `Speaker 1 (00:01:12):`, `Maya Chen [00:01:12] Hello.`, `[Maya Chen] 10:03:22`.
const HEAD_RE = new RegExp(
  String.raw`^(?:\[([^\[\]\n]{1,60})\]|([^\[\]():\n]{1,60}?))[ \t]+(?:\[(${TIME})\]|\((${TIME})\)|(${TIME}))[ \t]*(?::[ \t]*|$)`,
);
// What follows a clock time (`5:31 am`): not an offset. Only after a time
// without hours or fraction.
const CLOCK_TAIL_RE = /^[ap]\.?m\b/i;
const CLOCK_LIKE_RE = /^\d{1,2}:\d{2}$/;

function isClock(time: string, rest: string): boolean {
  return CLOCK_LIKE_RE.test(time) && CLOCK_TAIL_RE.test(rest);
}
// Our own plain text export's stamp (`[00:01:23]`, `[~00:01:23]`).
const OUR_STAMP_RE = /^\[~?\d{2,}:\d{2}:\d{2}\]/;
/// Our Word export's stamp: alone on its line, or after a speaker label and
/// three spaces (`Ann (host):   00:00:01`).
const OUR_WORD_STAMP_RE = /^(?:.+:\s{3})?~?\d{2,}:\d{2}:\d{2}$/;

type Line =
  | { kind: 'text'; text: string }
  | { kind: 'blank' }
  | { kind: 'timed'; time: number; label: string | null; text: string; head: boolean };

/// Seconds of `h:mm:ss` or `m:ss` (with a fraction), or null.
export function parseOffset(text: string): number | null {
  const m = /^(?:(\d+):)?(\d+):(\d{2})(?:[.,](\d{1,3}))?$/.exec(text);
  if (!m) return null;
  const minutes = Number(m[2]);
  if (Number(m[3]) > 59 || (m[1] !== undefined && minutes > 59)) return null;
  const ms = m[4] === undefined ? 0 : Number(m[4].padEnd(3, '0'));
  return ((Number(m[1] ?? 0) * 3600 + minutes * 60 + Number(m[3])) * 1000 + ms) / 1000;
}

function readLine(raw: string): Line {
  const line = raw.trim();
  if (line === '') return { kind: 'blank' };
  const head = HEAD_RE.exec(line);
  if (head) {
    const label = tidy(head[1] ?? head[2]!);
    const written = head[3] ?? head[4] ?? head[5]!;
    const time = parseOffset(written);
    const rest = line.slice(head[0].length);
    if (time !== null && /^\p{L}/u.test(label) && isWrittenLabel(label) && !isClock(written, rest)) {
      return { kind: 'timed', time, label, text: rest, head: true };
    }
  }
  const stamp = STAMP_RE.exec(line);
  if (stamp) {
    const written = stamp[1] ?? stamp[2] ?? stamp[3]!;
    const time = parseOffset(written);
    let rest = line.slice(stamp[0].length);
    if (time !== null && !isClock(written, rest)) {
      const prefix = matchSpeakerPrefix(rest);
      const label = prefix ? prefix.label : null;
      if (prefix) rest = rest.slice(prefix.end);
      return { kind: 'timed', time, label, text: rest, head: false };
    }
  }
  return { kind: 'text', text: line };
}

/// True when the text is timestamped plain text (see the file comment).
export function looksLikeTimestampedText(text: string): boolean {
  const lines = splitLines(text.length > 200_000 ? text.slice(0, 200_000) : text);
  let timed = 0;
  let nonBlank = 0;
  let ours = true;
  for (const raw of lines) {
    if (raw.length > 2000) {
      nonBlank++;
      continue;
    }
    const line = readLine(raw);
    if (line.kind === 'blank') continue;
    nonBlank++;
    if (line.kind === 'timed') {
      timed++;
      if (!OUR_STAMP_RE.test(raw.trim()) && !OUR_WORD_STAMP_RE.test(raw.trim())) ours = false;
    }
  }
  if (timed < 2 || timed * 20 < nonBlank) return false;
  const layout = documentLayout(text);
  return layout === null || (layout !== 'markdown' && !ours);
}

export function importTimestampedText(text: string, options: ImportOptions = {}): ImportResult {
  const roster = new SpeakerRoster();
  const list = new BlockList();
  let speaker: string | null = null;
  // The block text lines go on in, until a blank line or a time.
  let block: Block | null = null;
  // A time (or speaker line) with no text after it: the time of the text under it.
  let pending: number | null = null;
  let timed = 0;
  const open = (words: string, start: number | null): void => {
    block = list.open(speaker, start);
    block.spans = textSpans(words, start ?? undefined);
  };
  for (const raw of splitLines(text)) {
    const line = readLine(raw);
    if (line.kind === 'blank') {
      block = null;
      continue;
    }
    const words = tidy(line.text);
    if (line.kind === 'timed') {
      timed++;
      if (line.label !== null) speaker = roster.id(line.label);
      block = null;
      pending = words === '' ? line.time : null;
      if (words !== '') open(words, line.time);
    } else if (pending !== null) {
      open(words, pending);
      pending = null;
    } else if (block !== null) {
      pushSpan((block as Block).spans, { text: ' ' });
      for (const span of textSpans(words)) pushSpan((block as Block).spans, span);
    } else open(words, null);
  }
  if (timed === 0) return fail('This text has no timestamps in it.');
  return finishImport('timestamped text', importMeta(options), roster, list);
}
