import type { Node } from 'prosemirror-model';
import { forEachBlock } from './blocks.ts';
import { getMeta } from './metaAndRoster.ts';
import { needsAttention } from './needsAttention.ts';
import { marks } from '../schema.ts';
import { NO_END, type WordTimes } from '../wordTimes/runs.ts';

export interface SpeakerStats {
  blocks: number;
  /// Seconds of speech: each turn from its start until its last timed word
  /// ends or, without word times, as long as its words take to say at a slow
  /// pace; never past the next turn's start. Empty minutes, a silence and
  /// a programme that follows the last turn are not talk.
  seconds: number;
}

/// A slow speaker's pace (120 words a minute): captions run at 150 to 180,
/// so a turn's words take at most this long each.
export const SECONDS_PER_WORD = 0.5;

export interface DocStats {
  blocks: number;
  reviewed: number;
  /// Blocks not reviewed, without a speaker, or with an open gap.
  needAttention: number;
  unassigned: number;
  gapsOpen: number;
  gapsCorrected: number;
  gapsUnresolvable: number;
  bySpeaker: Record<string, SpeakerStats>;
}

export const EMPTY_STATS: DocStats = {
  blocks: 0,
  reviewed: 0,
  needAttention: 0,
  unassigned: 0,
  gapsOpen: 0,
  gapsCorrected: 0,
  gapsUnresolvable: 0,
  bySpeaker: {},
};

/// Counts for the status bar and the speaker panel. A walk over the whole
/// document: callers run it when the editor is idle, never per keystroke.
/// Turns outside the programme's boundaries (meta `bounds`) are not counted:
/// not in talk time, not in review progress.
export function docStats(doc: Node): DocStats {
  const stats: DocStats = { ...EMPTY_STATS, bySpeaker: {} };
  const bounds = getMeta(doc).bounds;
  const startId = bounds?.start?.turn;
  const endId = bounds?.end?.turn;
  // A start line whose turn is gone is no line (core/boundaries/programmeRange.ts).
  let inside = startId === undefined || !hasBlock(doc, startId);
  let ended = false;
  let previous: { speakerId: string | null; start: number | null; speech: number } | null = null;
  const credit = (next: number | null) => {
    if (!previous?.speakerId || previous.start === null) return;
    const until = next === null || next < previous.start ? Infinity : next - previous.start;
    stats.bySpeaker[previous.speakerId]!.seconds += Math.min(until, previous.speech);
  };
  forEachBlock(doc, (block) => {
    const id = block.attrs['id'] as string;
    if (id === startId) inside = true;
    if (id === endId && inside) ended = true;
    if (!inside || ended) {
      // Talk time of the last turn inside runs to the first turn outside.
      if (ended && previous) credit(block.attrs['start'] as number | null);
      previous = null;
      return;
    }
    stats.blocks++;
    if (block.attrs['reviewed']) stats.reviewed++;
    if (needsAttention(block)) stats.needAttention++;
    const speakerId = block.attrs['speakerId'] as string | null;
    const start = block.attrs['start'] as number | null;
    if (speakerId === null) stats.unassigned++;
    else (stats.bySpeaker[speakerId] ??= { blocks: 0, seconds: 0 }).blocks++;
    credit(start);
    const own = blockTally(block);
    previous = { speakerId, start, speech: own.speech };
    stats.gapsOpen += own.gapsOpen;
    stats.gapsCorrected += own.gapsCorrected;
    stats.gapsUnresolvable += own.gapsUnresolvable;
  });
  credit(null);
  return stats;
}

/// What one block adds to the counts on its own.
interface BlockTally {
  speech: number;
  gapsOpen: number;
  gapsCorrected: number;
  gapsUnresolvable: number;
}

// Blocks are immutable and an edit keeps every block it did not touch, so
// after a keystroke only the typed-in block is tallied again: the walk over a
// day's 20,000 turns then reads attributes, not word times and text.
const tallies = new WeakMap<Node, BlockTally>();

function blockTally(block: Node): BlockTally {
  let tally = tallies.get(block);
  if (tally !== undefined) return tally;
  const start = block.attrs['start'] as number | null;
  tally = {
    speech: start === null ? 0 : speechSeconds(block, start),
    gapsOpen: 0,
    gapsCorrected: 0,
    gapsUnresolvable: 0,
  };
  let lastGap = '';
  block.forEach((text) => {
    const gap = marks.gap.isInSet(text.marks);
    const id = gap ? (gap.attrs['id'] as string) : '';
    if (gap && id !== lastGap) {
      const status = gap.attrs['status'];
      if (status === 'open') tally!.gapsOpen++;
      else if (status === 'corrected') tally!.gapsCorrected++;
      else tally!.gapsUnresolvable++;
    }
    lastGap = id;
  });
  tallies.set(block, tally);
  return tally;
}

function hasBlock(doc: Node, id: string): boolean {
  let found = false;
  forEachBlock(doc, (block) => !(found = block.attrs['id'] === id));
  return found;
}

/// How long a turn's speech lasts: to its last timed word's end, or its
/// words at a slow pace.
function speechSeconds(block: Node, start: number): number {
  // Read in place, not as run objects: a day of word times is 130,000 runs.
  const times = block.attrs['times'] as WordTimes | null;
  let lastEnd = NO_END;
  if (times) for (let i = 3; i < times.length; i += 4) lastEnd = Math.max(lastEnd, times[i]!);
  if (lastEnd !== NO_END && lastEnd >= start) return lastEnd - start;
  let words = 0;
  for (const _ of block.textContent.matchAll(/\S+/g)) words++;
  return words * SECONDS_PER_WORD;
}
