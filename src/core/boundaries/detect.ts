import { clockDistance } from '../clock';
import type { BoundaryReason, ProgrammeMeta } from '../transcript';

/// Where the programme itself begins and ends on a page that also holds the
/// tail of the previous programme and the opening of the next one.

export interface BoundaryTurn {
  text: string;
  /// Seconds from the page start, or null when unknown.
  start: number | null;
}

/// What the captions showed; `user` is for a line the user moved.
export type DetectedReason = Exclude<BoundaryReason, 'user'>;

export interface Boundary {
  /// Index of the first turn on the far side: for `start` the first turn of
  /// the programme, for `end` the first turn after it.
  index: number;
  reason: DetectedReason;
}

export interface ProgrammeBoundaries {
  start: Boundary | null;
  end: Boundary | null;
}

// Phrases a host closes a programme with. Whole words, in caption case.
const SIGN_OFF =
  /\b(?:goodbye|good-bye|bye for now|that'?s (?:all|it) (?:for|from)|that is all for|thanks? (?:you )?(?:so much )?for (?:watching|joining us|being with us)|see you (?:next|tomorrow|again|then)|until next time|join us again|good ?night(?: everyone)?[.!]?$|from (?:all of us|the entire team|everyone) here)\b/i;
// At the top of a page, thanks for joining greets the viewer of this
// programme rather than closing the last one.
const WELCOME_THANKS = /\bthanks? (?:you )?(?:so much )?for (?:joining us|being with us)\b/i;
// Music that opens a turn: a theme between programmes. Music after a turn's
// words is that turn's own outro or bed, inside the programme.
const MUSIC = /^[\s>]*(?:♪|\[(?:music|theme music|upbeat music)\]|\((?:music)\))/i;
const OPENING =
  /\b(?:welcome to|you'?re watching|hello and welcome|good (?:morning|evening|afternoon)(?: and welcome)?|this is [a-z]+(?: [a-z]+)? news|tonight on|coming up (?:on|tonight|this hour)|i'?m [a-z]+(?: [a-z]+)? (?:and this is|in for))\b/i;

/// How far before the slot's end a sign-off counts, and how far after.
const SIGN_OFF_BEFORE = 6 * 60;
const AFTER_END = 3 * 60;
/// A sign-off this early on the page belongs to the previous programme.
const EARLY = 3 * 60;

/// The programme's slot in seconds from the page start: the header's range
/// without the Archive's extra minute (`5:30am-6:01am` is a half-hour
/// slot; C-SPAN's `9:27pm-10:29pm` is not trimmed). Null without a range.
export function slotLength(meta: ProgrammeMeta): number | null {
  if (meta.startClock === undefined || meta.endClock === undefined) return null;
  let minutes = clockDistance(meta.startClock, meta.endClock);
  // The recording runs a minute past the half hour the programme ends on.
  if (meta.endClock % 30 === 1 && minutes > 1) minutes -= 1;
  return minutes === 0 ? null : minutes * 60;
}

export function detectBoundaries(turns: readonly BoundaryTurn[], meta: ProgrammeMeta): ProgrammeBoundaries {
  return { start: findStart(turns), end: findEnd(turns, wholeDays(slotLength(meta), latestStart(turns))) };
}

const DAY = 24 * 3600;

/// A header's clock range says nothing of whole days: a page recorded from
/// 9:30 am to 9:31 am the next day reads as one minute. Where the captions
/// run on past the slot by a day or more, the days are added back.
function wholeDays(slot: number | null, lastStart: number | null): number | null {
  if (slot === null || lastStart === null) return slot;
  let length = slot;
  while (length + DAY <= lastStart + AFTER_END) length += DAY;
  return length;
}

function findStart(turns: readonly BoundaryTurn[]): Boundary | null {
  for (let i = 0; i < turns.length - 1; i++) {
    const start = turns[i]!.start;
    if (start !== null && start >= EARLY) break;
    const text = turns[i]!.text;
    if (SIGN_OFF.test(text) && !WELCOME_THANKS.test(text)) {
      const index = nextWithText(turns, i + 1);
      if (index < turns.length) return { index, reason: 'sign-off' };
    }
  }
  return null;
}

function findEnd(turns: readonly BoundaryTurn[], slot: number | null): Boundary | null {
  const last = turns.length - 1;
  if (last < 1) return null;
  const lastStart = latestStart(turns);
  const end = slot ?? lastStart;
  if (end === null) return null;
  // With no header range, only the last quarter of the page is searched.
  const from = slot !== null ? slot - SIGN_OFF_BEFORE : end * 0.75;
  const to = slot !== null ? slot + AFTER_END : Infinity;
  const inWindow = (i: number) => {
    const s = startOf(turns, i);
    return s !== null && s >= from && s <= to;
  };

  for (let i = last - 1; i >= 0; i--) {
    if (!inWindow(i)) continue;
    if (SIGN_OFF.test(turns[i]!.text) && nextWithText(turns, i + 1) <= last) {
      return { index: nextWithText(turns, i + 1), reason: 'sign-off' };
    }
  }
  if (slot === null) return null;
  for (let i = 1; i <= last; i++) {
    const s = startOf(turns, i);
    if (s === null || s < slot - 120 || s > to) continue;
    if (MUSIC.test(turns[i]!.text)) return { index: i, reason: 'music' };
    if (OPENING.test(turns[i]!.text)) return { index: i, reason: 'opening' };
  }
  for (let i = 1; i <= last; i++) {
    const s = turns[i]!.start;
    if (s !== null && s >= slot) return { index: i, reason: 'end time' };
  }
  return null;
}

/// The first turn at or after `i` with words (empty minutes are skipped),
/// or `turns.length` when none follows.
function nextWithText(turns: readonly BoundaryTurn[], i: number): number {
  let j = i;
  while (j < turns.length && turns[j]!.text.trim() === '') j++;
  return j;
}

/// A turn's start, or the last known start before it.
function startOf(turns: readonly BoundaryTurn[], i: number): number | null {
  for (let j = i; j >= 0; j--) {
    const s = turns[j]!.start;
    if (s !== null) return s;
  }
  return null;
}

function latestStart(turns: readonly BoundaryTurn[]): number | null {
  for (let j = turns.length - 1; j >= 0; j--) {
    const s = turns[j]!.start;
    if (s !== null) return s;
  }
  return null;
}
