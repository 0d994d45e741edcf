/// When each turn starts and ends, for exports that need both (captions and
/// CSV). Times here are whole milliseconds from programme start.
import type { Block, Transcript } from '../transcript.ts';

/// Reading speed used to guess how long a turn lasts when nothing says so.
export const READING_CHARS_PER_SECOND = 15;

/// The latest start we believe: 99 hours. A caption timestamp with more hour
/// digits than two is beyond SubRip and most players, and no programme in
/// this app is that long; a larger start is treated as unknown.
export const MAX_START_SECONDS = 99 * 3600;

export interface TurnTime {
  /// Milliseconds from programme start.
  start: number;
  /// Milliseconds; always greater than `start`.
  end: number;
  /// True when the start was estimated by the source, or by us (interpolated
  /// from the neighbours, or moved to keep turns in order).
  estimated: boolean;
}

/// One entry per block, in block order, with strictly increasing starts:
///
/// - A block's start is its `start`, or, when that is missing, the start of
///   its first timed span (word timings). Values that cannot be right are
///   not used: negative, not finite, beyond 99 hours, or out of order — of
///   the known starts, the longest run that increases is kept (on a tie,
///   the first of equal starts), so one mistyped time does not drag its
///   neighbours along.
/// - Every other block gets a start interpolated between the known starts
///   before and after it, in proportion to the length of the text in
///   between; before the first known start it counts back from it at
///   reading speed (15 characters a second, never before 0), after the last
///   it counts forward at reading speed. With no known start at all the
///   programme is read from 0.
/// - A block ends where the next one starts; the last ends after the time it
///   takes to read it (at least one second).
export function turnTimes(t: Transcript): TurnTime[] {
  const blocks = t.blocks;
  const n = blocks.length;
  if (n === 0) return [];

  const weight = blocks.map(textLength);
  const known = blocks.map(knownStart);
  const anchors = increasingAnchors(known);

  const starts = new Array<number>(n);
  const estimated = new Array<boolean>(n).fill(true);
  for (const i of anchors) {
    starts[i] = known[i]!;
    estimated[i] = blocks[i]!.estimated;
  }

  const readingMs = (chars: number) => (chars * 1000) / READING_CHARS_PER_SECOND;
  if (anchors.length === 0) {
    let at = 0;
    for (let i = 0; i < n; i++) {
      starts[i] = Math.round(at);
      at += readingMs(weight[i]!);
    }
  } else {
    // Before the first anchor: back from it at reading speed, squeezed into
    // [0, first] when that would go below zero.
    const first = anchors[0]!;
    const firstStart = starts[first]!;
    let before = 0;
    for (let i = 0; i < first; i++) before += weight[i]!;
    const scale = readingMs(before) > firstStart ? firstStart / readingMs(before) : 1;
    let back = firstStart;
    for (let i = first - 1; i >= 0; i--) {
      back -= readingMs(weight[i]!) * scale;
      starts[i] = Math.max(0, Math.round(back));
    }
    // Between anchors: in proportion to text length.
    for (let a = 0; a + 1 < anchors.length; a++) {
      const from = anchors[a]!;
      const to = anchors[a + 1]!;
      if (to === from + 1) continue;
      let total = 0;
      for (let i = from; i < to; i++) total += weight[i]!;
      const span = starts[to]! - starts[from]!;
      let done = 0;
      for (let i = from + 1; i < to; i++) {
        done += weight[i - 1]!;
        starts[i] = Math.round(starts[from]! + (span * done) / total);
      }
    }
    // After the last anchor: forward at reading speed.
    const last = anchors[anchors.length - 1]!;
    for (let i = last + 1; i < n; i++) starts[i] = Math.round(starts[i - 1]! + readingMs(weight[i - 1]!));
  }

  // Rounding can make neighbours equal (two turns a millisecond apart);
  // move the later one on, so that every turn has some time of its own.
  for (let i = 1; i < n; i++) {
    if (starts[i]! <= starts[i - 1]!) {
      starts[i] = starts[i - 1]! + 1;
      estimated[i] = true;
    }
  }

  const times: TurnTime[] = new Array<TurnTime>(n);
  for (let i = 0; i < n; i++) {
    const start = starts[i]!;
    const end = i + 1 < n ? starts[i + 1]! : start + Math.max(1000, Math.round(readingMs(weight[i]!)));
    times[i] = { start, end, estimated: estimated[i]! };
  }
  return times;
}

/// The start we can use for a block, in ms, or null.
function knownStart(block: Block): number | null {
  const own = validSeconds(block.start);
  if (own !== null) return own;
  for (const span of block.spans) {
    if (span.time !== undefined) return validSeconds(span.time.start);
  }
  return null;
}

function validSeconds(seconds: number | null | undefined): number | null {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return null;
  if (seconds < 0 || seconds > MAX_START_SECONDS) return null;
  return Math.round(seconds * 1000);
}

/// Characters of text in a block, at least 1 so an empty turn still takes a
/// sliver of time and interpolation never divides by zero.
function textLength(block: Block): number {
  let n = 0;
  for (const span of block.spans) n += span.text.length;
  return Math.max(1, n);
}

/// Indices of the longest strictly increasing run of known values (patience
/// sorting, O(n log n)); among equal values the first is kept.
export function increasingAnchors(values: readonly (number | null)[]): number[] {
  const tails: number[] = []; // index of the smallest tail of each length
  const parent = new Array<number>(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) continue;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    // An equal tail that came first serves every later value as well.
    if (lo < tails.length && values[tails[lo]!] === v) continue;
    if (lo > 0) parent[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const run: number[] = [];
  for (let i = tails.length === 0 ? -1 : tails[tails.length - 1]!; i !== -1; i = parent[i]!) run.push(i);
  return run.reverse();
}

/// `01:02:03.456` (VTT) or `01:02:03,456` (SRT): hours at least two digits.
export function formatTimestamp(ms: number, separator: '.' | ','): string {
  const total = Math.max(0, Math.round(ms));
  const h = Math.floor(total / 3_600_000);
  const m = Math.floor((total % 3_600_000) / 60_000);
  const s = Math.floor((total % 60_000) / 1000);
  const f = total % 1000;
  return `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}:${s < 10 ? '0' : ''}${s}${separator}${f < 10 ? '00' : f < 100 ? '0' : ''}${f}`;
}
