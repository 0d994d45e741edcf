/// Building blocks and spans from timed words (speech-to-text formats) and
/// from runs of caption text (cue formats), shared by the importers.
///
/// Word timings become one span per word with `time: {start, end}`; the
/// spaces between words are plain text:
/// `[{text:'Hello', time}, {text:' '}, {text:'world.', time}]`. Untimed words
/// and spaces merge into plain runs. Gap and sound tags (`[inaudible]`,
/// `[laughter]`, `♪`) become gap and sound spans wherever they stand, also
/// across words (`[crowd` `cheering]`).

import { BLOCK_PREFIX, idSequence } from '../ids.ts';
import type { Block, Span, SpanTime } from '../transcript.ts';
import { splitTags } from './tags.ts';
import { isSpace } from '../whitespace.ts';

export interface TimedWord {
  text: string;
  /// Seconds from programme start; absent when the source gives no time.
  start?: number | undefined;
  end?: number | undefined;
}

/// A word and who says it (`null`: nobody said).
export interface SpeakerWord extends TimedWord {
  speakerId: string | null;
  /// True when the source starts a new turn at this word even if the speaker
  /// stays the same (an Amazon Transcribe speaker segment, a paragraph).
  turnStart?: boolean;
}

/// Blocks get at most this many spans from an importer; a longer turn (a
/// 24-hour monologue) goes on in a new block of the same speaker. Far below
/// the file limit, and about 80 minutes of speech.
export const MAX_BLOCK_SPANS = 10_000;

const NUMBER_RE = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/;

/// Seconds from a source value: a finite number, or a string holding one
/// (Amazon Transcribe writes `"4.87"`), divided by `per` (1000 for
/// milliseconds: dividing, not multiplying by 0.001, gives 2.78 for 2780).
/// Undefined for anything else, and for negative times.
export function seconds(value: unknown, per = 1): number | undefined {
  let n: number;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string' && NUMBER_RE.test(value)) n = Number(value);
  else return undefined;
  if (per !== 1) n /= per;
  if (!Number.isFinite(n) || n < 0) return undefined;
  return n === 0 ? 0 : n; // no negative zero: JSON cannot write it
}

/// The span time of a word: both ends when the source has them, the start
/// alone when the end is missing or before the start; undefined without a
/// start.
export function wordTime(start: number | undefined, end: number | undefined): SpanTime | undefined {
  if (start === undefined) return undefined;
  return end !== undefined && end >= start ? { start, end } : { start };
}

function isPlain(span: Span): boolean {
  return !span.gap && !span.sound && !span.time;
}

/// Appends `span`, merging it into the last span when both are plain text.
export function pushSpan(spans: Span[], span: Span): void {
  if (span.text === '') return;
  const last = spans[spans.length - 1];
  if (last && isPlain(last) && isPlain(span)) last.text += span.text;
  else spans.push(span);
}

/// The lines of a text with LF, CRLF or CR line ends.
export function splitLines(text: string): string[] {
  return text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
}

// Characters that can open a tag (see `splitTags`).
export const TAG_CHAR_RE = /[[(♪♫]/u;

const SPACE_RUN_RE = /\s+/g;

/// Collapses whitespace runs to one space and trims. Text that is tidy
/// already (a word, a line of single-spaced words) comes back as it is,
/// after one scan: this runs once per word of a 24-hour transcript.
export function tidy(text: string): string {
  let afterSpace = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 && !afterSpace) afterSpace = true;
    else if (isSpace(c)) return text.replace(SPACE_RUN_RE, ' ').trim();
    else afterSpace = false;
  }
  return afterSpace && text.length > 0 ? text.replace(SPACE_RUN_RE, ' ').trim() : text;
}

/// Spans of one run of text (already tidy): tags split off, and, when
/// `anchor` is given, that time as `{start}` on the first word.
export function textSpans(text: string, anchor?: number): Span[] {
  if (text === '') return [];
  const spans = TAG_CHAR_RE.test(text) ? splitTags(text) : [{ text }];
  if (anchor !== undefined) anchorFirst(spans, anchor);
  return spans;
}

/// Puts `{start}` on the first word of `spans` (splitting it off a plain
/// run), unless the first span already has a time.
export function anchorFirst(spans: Span[], start: number): void {
  const first = spans[0];
  if (!first || first.time) return;
  if (!isPlain(first)) {
    first.time = { start };
    return;
  }
  const head = /^\s*\S+/.exec(first.text)?.[0] ?? first.text;
  const rest = first.text.slice(head.length);
  spans.splice(0, 1, { text: head, time: { start } }, ...(rest ? [{ text: rest }] : []));
}

/// `spans` without whitespace at the start of the first plain span and the
/// end of the last one (spans left empty are dropped).
export function trimSpans(spans: Span[]): Span[] {
  const first = spans[0];
  if (first && isPlain(first)) first.text = first.text.trimStart();
  const last = spans[spans.length - 1];
  if (last && isPlain(last)) last.text = last.text.trimEnd();
  return spans.filter((s) => s.text !== '');
}

/// Spans for words joined by `joiner` (a space, or nothing for scripts
/// written without spaces). Words are tidied; empty ones are dropped.
export function wordSpans(words: readonly TimedWord[], joiner = ' '): Span[] {
  const spans: Span[] = [];
  let tagged = false;
  for (const word of words) {
    const text = tidy(word.text);
    if (text === '') continue;
    if (spans.length > 0 && joiner !== '') pushSpan(spans, { text: joiner });
    const time = wordTime(word.start, word.end);
    pushSpan(spans, time ? { text, time } : { text });
    if (!tagged && TAG_CHAR_RE.test(text)) tagged = true;
  }
  return tagged ? applyTags(spans) : spans;
}

/// Re-cuts word spans so that every tag in their joined text is one gap or
/// sound span. A word's time goes to the output span holding its first
/// character; a tag made of several timed words gets their whole range.
function applyTags(pieces: readonly Span[]): Span[] {
  const full = pieces.map((p) => p.text).join('');
  const ranges: { from: number; to: number; span: Span }[] = [];
  let at = 0;
  for (const span of splitTags(full)) {
    if (span.gap || span.sound) ranges.push({ from: at, to: at + span.text.length, span });
    at += span.text.length;
  }
  if (ranges.length === 0) return [...pieces];

  const out: Span[] = [];
  let r = 0;
  let entered = -1;
  let pos = 0;
  for (const piece of pieces) {
    const end = pos + piece.text.length;
    let cursor = pos;
    let time = piece.time;
    while (cursor < end) {
      while (r < ranges.length && ranges[r]!.to <= cursor) r++;
      const range = ranges[r];
      if (range && range.from <= cursor) {
        if (entered !== r) {
          out.push({ ...range.span });
          entered = r;
        }
        if (time) {
          const tag = out[out.length - 1]!;
          tag.time = tag.time ? unionTime(tag.time, time) : time;
          time = undefined;
        }
        cursor = Math.min(end, range.to);
      } else {
        const stop = range ? Math.min(end, range.from) : end;
        const text = full.slice(cursor, stop);
        pushSpan(out, time ? { text, time } : { text });
        time = undefined;
        cursor = stop;
      }
    }
    pos = end;
  }
  return out;
}

function unionTime(a: SpanTime, b: SpanTime): SpanTime {
  const start = Math.min(a.start, b.start);
  const ends = [a.end, b.end].filter((e): e is number => e !== undefined);
  return ends.length ? { start, end: Math.max(...ends) } : { start };
}

// A sentence end: `.`, `?`, `!` or `…`, then closing quotes or brackets.
const SENTENCE_END_RE = /[.?!…]["'”’)\]]*$/u;

export function endsSentence(word: string): boolean {
  return SENTENCE_END_RE.test(word.trimEnd());
}

/// Blocks with ids `b1`, `b2`, ... in the order they are added.
export class BlockList {
  readonly blocks: Block[] = [];
  private readonly nextId = idSequence(BLOCK_PREFIX);

  /// A new empty block, already in the list. The caller fills its spans (a
  /// block left without spans is dropped by `finish`).
  open(speakerId: string | null, start: number | null, estimated = false, story = false): Block {
    const block: Block = { id: '', speakerId, start, estimated, spans: [] };
    if (story) block.story = true;
    this.blocks.push(block);
    return block;
  }

  /// One turn of words, as one block or, past `MAX_BLOCK_SPANS`, several.
  /// The block starts at `start` (the segment's time) or its first timed
  /// word, whichever is earlier; when that is `start` and the first word
  /// has no time of its own, the first word gets `{start}` as an anchor.
  addWords(
    speakerId: string | null,
    words: readonly TimedWord[],
    options: { start?: number | undefined; joiner?: string; story?: boolean } = {},
  ): void {
    const all = wordSpans(words, options.joiner ?? ' ');
    for (let from = 0; from < all.length; from += MAX_BLOCK_SPANS) {
      const spans = trimSpans(all.slice(from, from + MAX_BLOCK_SPANS));
      if (spans.length === 0) continue;
      const firstTime = spans.find((s) => s.time)?.time?.start;
      let start: number | null = firstTime ?? null;
      if (from === 0 && options.start !== undefined) {
        start = firstTime === undefined ? options.start : Math.min(options.start, firstTime);
      }
      if (start !== null) anchorFirst(spans, start);
      const block = this.open(speakerId, start, false, from === 0 && options.story === true);
      block.spans = spans;
    }
  }

  /// Words with speakers, grouped into turns: a new block where the speaker
  /// changes or the source starts a turn (`turnStart`), and, for words
  /// nobody is assigned to, after each sentence.
  addWordRuns(words: readonly SpeakerWord[], joiner = ' '): void {
    let run: SpeakerWord[] = [];
    const flush = (): void => {
      if (run.length) this.addWords(run[0]!.speakerId, run, { joiner });
      run = [];
    };
    for (const word of words) {
      // The last word's text is final only now (punctuation joins it late).
      const last = run[run.length - 1];
      if (
        last &&
        (word.speakerId !== last.speakerId ||
          word.turnStart ||
          (last.speakerId === null && endsSentence(last.text)))
      ) {
        flush();
      }
      run.push(word);
    }
    flush();
  }

  /// The blocks with text, numbered in order; no block starts or ends with
  /// whitespace.
  finish(): Block[] {
    for (const block of this.blocks) block.spans = trimSpans(block.spans);
    const out = this.blocks.filter((b) => b.spans.length > 0);
    for (const block of out) block.id = this.nextId();
    return out;
  }
}

/// Finds, for times in seconds, the range that contains them: the latest
/// starting range with `start <= t <= end` (a millisecond of slack either
/// side). Ranges need not be sorted; unreadable ones never match.
export class RangeIndex {
  private readonly order: number[];
  private readonly starts: number[];

  constructor(private readonly ranges: readonly { start?: number | undefined; end?: number | undefined }[]) {
    this.order = ranges
      .map((_, i) => i)
      .filter((i) => ranges[i]!.start !== undefined && ranges[i]!.end !== undefined)
      .sort((a, b) => ranges[a]!.start! - ranges[b]!.start! || a - b);
    this.starts = this.order.map((i) => ranges[i]!.start!);
  }

  /// Index (into the ranges given) of the range containing `t`, or -1.
  find(t: number | undefined): number {
    if (t === undefined) return -1;
    const slack = 0.001;
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= t + slack) lo = mid + 1;
      else hi = mid;
    }
    // The latest range starting at or before t, or an earlier one still
    // open at t (ranges may overlap).
    for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) {
      const i = this.order[k]!;
      if (t <= this.ranges[i]!.end! + slack) return i;
    }
    return -1;
  }
}
