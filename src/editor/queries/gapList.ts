import type { Node } from 'prosemirror-model';
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

/// Every gap of the programme (none outside its boundaries, as the counts)
/// with where it is, who speaks and a little text either side, for the gap
/// panel. `index` is the gap's place among all the document's gaps
/// (`selectGap`). A walk over the whole document: run it when idle.
export function gapList(doc: Node): GapListItem[] {
  const span = programmeSpan(doc);
  const items: GapListItem[] = [];
  findGaps(doc).forEach((gap, index) => {
    if (gap.from < span.from || gap.from >= span.to) return;
    const $pos = doc.resolve(gap.from);
    const block = $pos.parent;
    const start = $pos.start();
    const offset = gap.from - start;
    const end = offset + (gap.to - gap.from);
    const text = block.textContent;
    items.push({
      index,
      tag: gap.tag,
      status: gap.status,
      text: text.slice(offset, end),
      start: block.attrs['start'] as number | null,
      estimated: block.attrs['estimated'] as boolean,
      speakerId: block.attrs['speakerId'] as string | null,
      before: text.slice(Math.max(0, offset - CONTEXT), offset),
      after: text.slice(end, end + CONTEXT),
    });
  });
  return items;
}
