import type { Node } from 'prosemirror-model';
import { siblingBlock } from './blocks.ts';
import { timedRuns, type WordTimes } from '../wordTimes/runs.ts';

/// Characters per second of broadcast speech (about 160 words a minute),
/// used when nothing after the point gives a time to interpolate towards.
const CHARS_PER_SECOND = 15;

interface Anchor {
  offset: number;
  time: number;
}

/// Estimates the time at `offset` characters into the block at `blockPos`,
/// interpolating between the nearest known times around it: the block's
/// start, timed words inside it, and the next block's start.
export function estimateTimeAt(doc: Node, blockPos: number, offset: number): number | null {
  const block = doc.nodeAt(blockPos);
  if (!block) return null;
  const anchors: Anchor[] = [];
  const start = block.attrs['start'] as number | null;
  if (start !== null) anchors.push({ offset: 0, time: start });
  for (const run of timedRuns(block.attrs['times'] as WordTimes | null)) {
    anchors.push({ offset: run.from, time: run.start });
  }
  const next = siblingBlock(doc, blockPos, 1);
  const nextStart = next ? (next.node.attrs['start'] as number | null) : null;
  if (nextStart !== null) anchors.push({ offset: block.content.size, time: nextStart });

  let before: Anchor | undefined;
  let after: Anchor | undefined;
  for (const anchor of anchors) {
    if (anchor.offset <= offset) before = anchor;
    else if (!after) after = anchor;
  }
  if (!before) return null;
  if (after && after.time >= before.time) {
    const span = after.offset - before.offset;
    return before.time + ((after.time - before.time) * (offset - before.offset)) / span;
  }
  return before.time + (offset - before.offset) / CHARS_PER_SECOND;
}
