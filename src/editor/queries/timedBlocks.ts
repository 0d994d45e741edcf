import type { Node } from 'prosemirror-model';
import { forEachBlock } from './blocks.ts';

export interface TimedBlock {
  pos: number;
  start: number;
}

let lastDoc: Node | null = null;
let lastStarts: TimedBlock[] = [];

/// Timed blocks in document order, memoised on the document: playback asks
/// many times a second, the document changes far less often.
export function timedBlocks(doc: Node): TimedBlock[] {
  if (doc === lastDoc) return lastStarts;
  const starts: TimedBlock[] = [];
  forEachBlock(doc, (block, pos) => {
    const start = block.attrs['start'] as number | null;
    if (start !== null) starts.push({ pos, start });
  });
  lastDoc = doc;
  lastStarts = starts;
  return starts;
}

/// The block speaking at `time` (seconds from programme start): the last
/// one whose start is at or before it. Binary search; times that go
/// backwards only make the answer approximate.
export function blockAt(starts: readonly TimedBlock[], time: number): TimedBlock | null {
  let lo = 0;
  let hi = starts.length - 1;
  let found: TimedBlock | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const block = starts[mid]!;
    if (block.start <= time) {
      found = block;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}
