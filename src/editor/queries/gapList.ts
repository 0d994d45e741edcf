import type { Node } from 'prosemirror-model';
import { forEachBlock } from './blocks.ts';
import { findGaps } from './gapRanges.ts';
import { programmeSpan } from './programmeSpan.ts';

export interface GapListItem {
  index: number;
  tag: string;
  status: string;
  text: string;
  start: number | null;
  estimated: boolean;
  speakerId: string | null;
  before: string;
  after: string;
}

const CONTEXT = 40;

type BlockGap = Omit<GapListItem, 'index'>;

// A block's gaps do not depend on where the block is, so they are worked
// out once per block node: blocks are immutable, and after an edit only the
// touched block is read again (a day has 20,000 turns).
const byBlock = new WeakMap<Node, readonly BlockGap[]>();

/// Every gap of the programme (none outside its boundaries, as the counts)
/// with where it is, who speaks and a little text either side, for the gap
/// panel. `index` is the gap's place among all the document's gaps
/// (`selectGap`). A walk over the whole document's blocks: run it when idle.
export function gapList(doc: Node): GapListItem[] {
  const span = programmeSpan(doc);
  const list: GapListItem[] = [];
  let index = 0;
  forEachBlock(doc, (block, pos) => {
    const gaps = gapsOf(block);
    if (pos >= span.from && pos < span.to) gaps.forEach((gap, i) => list.push({ index: index + i, ...gap }));
    index += gaps.length;
  });
  return list;
}

function gapsOf(block: Node): readonly BlockGap[] {
  let gaps = byBlock.get(block);
  if (gaps !== undefined) return gaps;
  // Positions inside the block on its own are offsets in its text.
  const text = block.textContent;
  gaps = findGaps(block).map((gap) => {
    const offset = gap.from;
    const end = gap.to;
    return {
      tag: gap.tag,
      status: gap.status,
      text: text.slice(offset, end),
      start: block.attrs['start'] as number | null,
      estimated: block.attrs['estimated'] as boolean,
      speakerId: block.attrs['speakerId'] as string | null,
      before: text.slice(Math.max(0, offset - CONTEXT), offset),
      after: text.slice(end, end + CONTEXT),
    };
  });
  byBlock.set(block, gaps);
  return gaps;
}
