/// Turns into caption cues: pieces of at most two lines of 42 characters and
/// about six seconds, cut at sentence ends where possible, timed from word
/// timings where the spans have them and by characters where they do not.
import type { Speaker, Transcript } from '../transcript.ts';
import { speakerLabel, turnWords } from './spanText.ts';
import type { GapMode, SpeakerLabelStyle, TimedWord } from './spanText.ts';
import { READING_CHARS_PER_SECOND, turnTimes } from './timing.ts';

export interface CueLimits {
  /// Characters on one line (a longer word is cut into pieces this long).
  lineChars: number;
  lines: number;
  /// A cue may last longer only when it is a single word.
  durationMs: number;
}

/// How broadcast captions mark a change to a speaker they do not name.
export const NEW_SPEAKER_MARK = '>>';

/// Broadcast and web caption guidance (BBC, Netflix): 2 × 42, 6-7 s.
export const DEFAULT_CUE_LIMITS: CueLimits = { lineChars: 42, lines: 2, durationMs: 6000 };

/// A caption stays up at most as long as its turn takes to read at half the
/// reading speed (and at least two seconds): the silence after a short turn
/// before a long pause is left blank rather than held on screen.
const SLOWEST_CHARS_PER_SECOND = READING_CHARS_PER_SECOND / 2;
const MIN_HOLD_MS = 2000;

export interface Cue {
  /// Milliseconds from programme start; start < end, and each cue starts no
  /// earlier than the previous one ends.
  start: number;
  end: number;
  /// Display lines, never empty, never blank, no line breaks inside.
  lines: string[];
  /// The speaker label ('' when unassigned or labels are off).
  speaker: string;
  /// The first cue of its turn.
  firstOfTurn: boolean;
  blockId: string;
}

export interface CueOptions {
  gaps?: GapMode;
  /// Default `name`.
  speakers?: SpeakerLabelStyle;
  limits?: Partial<CueLimits>;
  /// Put `>> Label: ` at the start of each turn's first cue (SRT has no
  /// other place for a speaker): the broadcast mark of a new speaker, then
  /// the label, so that a reader finds every turn and every name, whatever
  /// its case or script. Default false.
  prefixSpeaker?: boolean;
  /// Start the first cue of each turn without a speaker with `>>` (unless
  /// `speakers` is `none`): the broadcast mark of a new speaker. Without it
  /// a reader, or an importer, takes the turn for more of the one before.
  /// Default false.
  markUnnamedTurns?: boolean;
  /// Rewrites each word before layout (SRT uses it to defuse `-->` and tags).
  word?: (text: string) => string;
  /// Escapes each word after layout, so line lengths count what a viewer
  /// sees (WebVTT uses it for `&amp;` and friends); never the prefix.
  escape?: (text: string) => string;
}

/// Every turn with text becomes one or more cues, in order. Turns without a
/// time get one from `turnTimes` (interpolated, never skipped), so no words
/// are lost from captions.
export function transcriptCues(t: Transcript, options: CueOptions = {}): Cue[] {
  const limits: CueLimits = { ...DEFAULT_CUE_LIMITS, ...options.limits };
  const gaps = options.gaps ?? 'keep';
  const style = options.speakers ?? 'name';
  const speakers = new Map<string, Speaker>(t.speakers.map((s) => [s.id, s]));
  const times = turnTimes(t);
  const rewrite = options.word;

  const cues: Cue[] = [];
  let floor = 0; // the earliest the next cue may start
  for (let index = 0; index < t.blocks.length; index++) {
    const block = t.blocks[index]!;
    const words = turnWords(block, gaps);
    if (words.length === 0) continue;
    if (rewrite) for (const word of words) word.text = rewrite(word.text);
    const speaker = block.speakerId === null ? undefined : speakers.get(block.speakerId);
    const label = speakerLabel(speaker, style);
    const prefix =
      label !== ''
        ? options.prefixSpeaker
          ? `${NEW_SPEAKER_MARK} ${rewrite ? rewrite(label) : label}:`
          : ''
        : options.markUnnamedTurns && style !== 'none'
          ? NEW_SPEAKER_MARK
          : '';
    const time = times[index]!;

    const pieces = splitTurn(words, time.start, time.end, limits, prefix, options.escape);
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i]!;
      const start = Math.max(piece.start, floor);
      const end = Math.max(piece.end, start + 1);
      floor = end;
      cues.push({ start, end, lines: piece.lines, speaker: label, firstOfTurn: i === 0, blockId: block.id });
    }
  }
  return cues;
}

export interface Piece {
  start: number;
  end: number;
  lines: string[];
}

/// A turn laid out for cutting: parallel arrays, one entry per token (a
/// word, a bracketed tag kept whole, a line-long piece of a longer word, or
/// a word of the speaker prefix).
interface Tokens {
  n: number;
  text: string[];
  /// Characters counted for timing: the text and its space, 0 for the prefix.
  weight: number[];
  /// Word timing in ms, NaN when unknown.
  start: number[];
  end: number[];
  /// Prefix sums over [0, i): characters of text, weight.
  chars: number[];
  weights: number[];
}

/// Splits one turn, spoken from `start` to `end` (ms), into cues. The
/// `prefix` (a speaker label) opens the first cue, takes room on its line
/// and no time.
export function splitTurn(
  words: readonly TimedWord[],
  start: number,
  end: number,
  limits: CueLimits,
  prefix = '',
  escape?: (text: string) => string,
): Piece[] {
  const tokens = tokenize(words, limits.lineChars, prefix);
  const n = tokens.n;
  if (n === 0) return [];

  // The window: from the turn's start, held no longer than a slow reading
  // unless word timings say the speech goes on.
  let stop = Math.min(
    end,
    start + Math.max(MIN_HOLD_MS, (tokens.weights[n]! * 1000) / SLOWEST_CHARS_PER_SECOND),
  );
  for (let i = 0; i < n; i++) {
    const a = tokens.start[i]!;
    const b = tokens.end[i]!;
    if (a > stop && a <= end) stop = a;
    if (b > stop && b <= end) stop = b;
  }

  const bounds = boundaries(tokens, start, stop);
  const pieces: Piece[] = [];
  let i = 0;
  while (i < n) {
    const k = cueEnd(tokens, bounds, i, limits);
    const stop = Math.max(stopAt(tokens, bounds, k), bounds[i]! + 1);
    pieces.push({ start: bounds[i]!, end: stop, lines: layout(tokens, i, k, limits, escape) });
    i = k;
  }
  return pieces;
}

/// The prefix first (weightless), whole when it fits a line, so that a
/// label is never cut across lines (a reader would not find it), else word
/// by word; a bracketed tag with spaces inside (`[ inaudible ]`) kept whole
/// when it fits a line; a word longer than a line cut into line-long pieces
/// (by code point).
function tokenize(input: readonly TimedWord[], lineChars: number, prefix: string): Tokens {
  const words = glueBrackets(input, lineChars);
  const text: string[] = [];
  const weight: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  if (prefix !== '') {
    for (const part of prefix.length <= lineChars ? [prefix] : prefix.split(' ')) {
      if (part === '') continue;
      text.push(part);
      weight.push(0);
      starts.push(NaN);
      ends.push(NaN);
    }
  }
  for (const word of words) {
    const s = word.start === undefined ? NaN : Math.round(word.start * 1000);
    const e = word.end === undefined ? NaN : Math.round(word.end * 1000);
    if (word.text.length <= lineChars) {
      text.push(word.text);
      weight.push(word.text.length + 1);
      starts.push(s);
      ends.push(e);
      continue;
    }
    const codePoints = Array.from(word.text);
    for (let at = 0; at < codePoints.length; at += lineChars) {
      const piece = codePoints.slice(at, at + lineChars).join('');
      text.push(piece);
      weight.push(piece.length + 1);
      starts.push(at === 0 ? s : NaN);
      ends.push(at + lineChars >= codePoints.length ? e : NaN);
    }
  }
  const n = text.length;
  const chars = new Array<number>(n + 1);
  const weights = new Array<number>(n + 1);
  chars[0] = 0;
  weights[0] = 0;
  for (let i = 0; i < n; i++) {
    chars[i + 1] = chars[i]! + text[i]!.length;
    weights[i + 1] = weights[i]! + weight[i]!;
  }
  return { n, text, weight, start: starts, end: ends, chars, weights };
}

function glueBrackets(words: readonly TimedWord[], lineChars: number): readonly TimedWord[] {
  let out: TimedWord[] | null = null;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const c = word.text.charCodeAt(0);
    const close = c === 0x5b ? ']' : c === 0x28 ? ')' : '';
    if (close === '' || word.text.includes(close)) {
      if (out) out.push(word);
      continue;
    }
    let text = word.text;
    let j = i + 1;
    for (; j < words.length && text.length + 1 + words[j]!.text.length <= lineChars; j++) {
      text += ` ${words[j]!.text}`;
      if (words[j]!.text.includes(close)) break;
    }
    if (j === words.length || !words[j]!.text.includes(close) || text.length > lineChars) {
      if (out) out.push(word);
      continue;
    }
    out ??= words.slice(0, i);
    const glued: TimedWord = { text };
    if (word.start !== undefined) glued.start = word.start;
    if (words[j]!.end !== undefined) glued.end = words[j]!.end!;
    out.push(glued);
    i = j;
  }
  return out ?? words;
}

/// bounds[i] is when token i starts (ms), bounds[n] when the turn's speech
/// ends. Word timings inside the window that keep increasing are used as
/// they are — a word's start for its own boundary, a word's end for the next
/// one when that word has no start of its own — and the rest is filled in by
/// characters between them.
function boundaries(tokens: Tokens, start: number, stop: number): number[] {
  const n = tokens.n;
  const bounds = new Array<number>(n + 1).fill(NaN);
  bounds[0] = start;
  let last = start;
  const first = tokens.start[0]!;
  if (first > start && first < stop) {
    bounds[0] = first;
    last = first;
  }
  for (let i = 0; i < n; i++) {
    // Token i's start fixes boundary i; its end fixes boundary i + 1 when
    // the next token has no start (or there is none).
    if (i > 0) {
      const at = tokens.start[i]!;
      if (at > last && at < stop) {
        bounds[i] = at;
        last = at;
      }
    }
    if (i + 1 === n || Number.isNaN(tokens.start[i + 1]!)) {
      const at = tokens.end[i]!;
      if (at > last && (at < stop || (i + 1 === n && at === stop))) {
        bounds[i + 1] = at;
        last = at;
      }
    }
  }
  if (Number.isNaN(bounds[n]!)) bounds[n] = Math.max(stop, last + 1);

  const weights = tokens.weights;
  let from = 0;
  for (let to = 1; to <= n; to++) {
    if (Number.isNaN(bounds[to]!)) continue;
    if (to > from + 1) {
      const total = weights[to]! - weights[from]!;
      const span = bounds[to]! - bounds[from]!;
      for (let i = from + 1; i < to; i++) {
        bounds[i] =
          total === 0
            ? bounds[from]!
            : Math.round(bounds[from]! + (span * (weights[i]! - weights[from]!)) / total);
      }
    }
    from = to;
  }
  return bounds;
}

/// 2 when a word ends a sentence (`.`, `?`, `!`, `…`, maybe followed by a
/// closing quote or bracket), 1 when it ends a clause (`,`, `;`, `:`, a
/// dash), else 0. A full stop after a digit is more often a number (`1.`).
function ending(word: string): number {
  let i = word.length - 1;
  let c = word.charCodeAt(i);
  // Closing quotes and brackets: " ' ” ’ ) ]
  while (i > 0 && (c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0x5d))
    c = word.charCodeAt(--i);
  if (c === 0x2e) {
    const before = i > 0 ? word.charCodeAt(i - 1) : 0;
    return before >= 0x30 && before <= 0x39 ? 0 : 2;
  }
  if (c === 0x3f || c === 0x21 || c === 0x2026) return 2; // ? ! …
  if (c === 0x2c || c === 0x3b || c === 0x3a || c === 0x2014 || c === 0x2013) return 1; // , ; : — –
  return 0;
}

/// Where the cue that starts at token `i` ends (exclusive): as many tokens as
/// fit the lines and the duration, then back to the last sentence end, or
/// failing that the last clause end, if either leaves the cue at least a
/// third full; failing both, one word back when the next cue would open
/// with the word that ends a sentence. The duration bends by a quarter to
/// finish a turn rather than leave a word or two on their own.
function cueEnd(tokens: Tokens, bounds: readonly number[], i: number, limits: CueLimits): number {
  const { n, text, weights } = tokens;
  if (
    stopAt(tokens, bounds, n) - bounds[i]! <= limits.durationMs * 1.25 &&
    textLength(tokens, i, n) <= limits.lines * limits.lineChars &&
    lineCount(tokens, i, n, limits.lineChars) <= limits.lines
  ) {
    return n;
  }
  // First-fit wrapping, one token at a time: it uses the fewest lines, so
  // the first token that needs one line too many ends the cue.
  let lines = 1;
  let width = text[i]!.length;
  let j = i + 1;
  for (; j < n && stopAt(tokens, bounds, j + 1) - bounds[i]! <= limits.durationMs; j++) {
    const w = text[j]!.length;
    if (width + 1 + w <= limits.lineChars) width += 1 + w;
    else if (lines < limits.lines) {
      lines++;
      width = w;
    } else break;
  }
  if (j === n) return n;
  // A cut must leave at least one spoken word in the cue (not only the speaker prefix).
  let first = i + 1;
  while (first < j && tokens.weight[first - 1] === 0) first++;
  const full = weights[j]! - weights[i]!;
  let clause = -1;
  for (let k = j; k >= first; k--) {
    const kind = ending(text[k - 1]!);
    if (kind === 1 && clause === -1) clause = k;
    if (kind === 2) {
      if ((weights[k]! - weights[i]!) * 3 >= full) return k;
      // Anything before it leaves the cue even emptier.
      break;
    }
  }
  if (clause !== -1 && (weights[clause]! - weights[i]!) * 3 >= full) return clause;
  // Do not open the next cue with the last word of a sentence or clause
  // (`debate.`): it goes with the word before it, if that leaves a cue.
  if (ending(text[j]!) !== 0 && j - 1 >= first && j - 1 > i) return j - 1;
  return j;
}

/// When a cue that ends before token `k` leaves the screen: at the last
/// word's own end when its timing gives one (before the pause), else where
/// the next word starts.
function stopAt(tokens: Tokens, bounds: readonly number[], k: number): number {
  const own = tokens.end[k - 1]!;
  return own > bounds[k - 1]! && own <= bounds[k]! ? own : bounds[k]!;
}

/// Lines that first-fit wrapping of tokens [from, to) takes.
function lineCount(tokens: Tokens, from: number, to: number, lineChars: number): number {
  let lines = 1;
  let width = 0;
  for (let i = from; i < to; i++) {
    const w = tokens.text[i]!.length;
    if (width === 0) width = w;
    else if (width + 1 + w <= lineChars) width += 1 + w;
    else {
      lines++;
      width = w;
    }
  }
  return lines;
}

/// The lines of the cue made of tokens [from, to): one line when it fits,
/// else two lines as even as the words allow (the shorter first on a tie);
/// more than two, first-fit.
function layout(
  tokens: Tokens,
  from: number,
  to: number,
  limits: CueLimits,
  escape: ((text: string) => string) | undefined,
): string[] {
  const total = textLength(tokens, from, to);
  if (total <= limits.lineChars || to - from === 1) return [join(tokens, from, to, escape)];
  if (limits.lines === 2) {
    let best = -1;
    let bestScore = Infinity;
    for (let k = from + 1; k < to; k++) {
      const a = textLength(tokens, from, k);
      const b = total - a - 1;
      if (a > limits.lineChars || b > limits.lineChars) continue;
      const score = Math.abs(a - b) * 2 + (a > b ? 1 : 0);
      if (score < bestScore) {
        bestScore = score;
        best = k;
      }
    }
    if (best > 0) return [join(tokens, from, best, escape), join(tokens, best, to, escape)];
  }
  const lines: string[] = [];
  let start = from;
  for (let k = from + 1; k <= to; k++) {
    if (k === to || textLength(tokens, start, k + 1) > limits.lineChars) {
      lines.push(join(tokens, start, k, escape));
      start = k;
    }
  }
  return lines;
}

/// Length of tokens [from, to) joined by single spaces.
function textLength(tokens: Tokens, from: number, to: number): number {
  return tokens.chars[to]! - tokens.chars[from]! + (to - from - 1);
}

/// Tokens [from, to) as one line. Only text is escaped: prefix tokens (a
/// label `word` already rewrote, or the new-speaker mark, which `>` may
/// write raw in WebVTT) stand as the caller made them.
function join(
  tokens: Tokens,
  from: number,
  to: number,
  escape: ((text: string) => string) | undefined,
): string {
  let text = from;
  while (text < to && tokens.weight[text] === 0) text++;
  const words = to - text === 1 ? tokens.text[text]! : tokens.text.slice(text, to).join(' ');
  const body = escape && words !== '' ? escape(words) : words;
  if (text === from) return body;
  const prefix = tokens.text.slice(from, text).join(' ');
  return body === '' ? prefix : `${prefix} ${body}`;
}
