import type { Node } from 'prosemirror-model';
import { speakerNumbers } from '../../core/speakerNumbers.ts';
import { forEachBlock } from './blocks.ts';
import { getMeta, getRoster } from './metaAndRoster.ts';
import { programmeSpan } from './programmeSpan.ts';
import { marks } from '../schema.ts';
import { speakerColor } from '../speakerStyle.ts';

export interface TimelineSegment {
  start: number;
  end: number;
  /// Speaker colour, or null for an unassigned block.
  color: string | null;
}

/// Who speaks when and where the open gaps are, across the programme, for
/// the strip above the document. Times in seconds from programme start.
export interface Timeline {
  duration: number;
  segments: TimelineSegment[];
  gaps: number[];
}

/// A walk over the whole document: run it when the editor is idle.
export function docTimeline(doc: Node): Timeline {
  const roster = getRoster(doc);
  const numbers = speakerNumbers(roster);
  const colors = new Map(roster.map((s, i) => [s.id, speakerColor(s, numbers[i]!)]));
  const timed: Array<{ start: number; color: string | null; gaps: number }> = [];
  // Open gaps outside the programme's boundaries are not its work: no mark.
  const span = programmeSpan(doc);
  forEachBlock(doc, (block, pos) => {
    const start = block.attrs['start'] as number | null;
    if (start === null) return;
    let gaps = 0;
    if (pos >= span.from && pos < span.to)
      block.forEach((text) => {
        if (marks.gap.isInSet(text.marks)?.attrs['status'] === 'open') gaps++;
      });
    const speakerId = block.attrs['speakerId'] as string | null;
    timed.push({ start, color: speakerId === null ? null : (colors.get(speakerId) ?? null), gaps });
  });
  const meta = getMeta(doc);
  const last = timed[timed.length - 1];
  const scheduled =
    meta.startClock !== undefined && meta.endClock !== undefined
      ? (((meta.endClock - meta.startClock) % 1440) + 1440) % 1440 || 1440
      : 0;
  const duration = Math.max(scheduled * 60, last ? last.start + 60 : 0, 1);
  const segments: TimelineSegment[] = [];
  const gaps: number[] = [];
  timed.forEach((block, i) => {
    const end = Math.max(block.start, timed[i + 1]?.start ?? duration);
    segments.push({ start: block.start, end, color: block.color });
    // Several gaps in one block share its time: one mark is enough.
    if (block.gaps > 0) gaps.push(block.start);
  });
  return { duration, segments, gaps };
}

/// The position of the last block starting at or before `time` (or the
/// first timed block), for jumping from the strip.
export function blockPosAtTime(doc: Node, time: number): number | null {
  let found: number | null = null;
  forEachBlock(doc, (block, pos) => {
    const start = block.attrs['start'] as number | null;
    if (start === null) return true;
    if (start > time && found !== null) return false;
    found = pos;
    return start <= time;
  });
  return found;
}
