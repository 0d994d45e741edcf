import { closeHistory } from 'prosemirror-history';
import type { Node } from 'prosemirror-model';
import type { Command } from 'prosemirror-state';
import { TextSelection } from 'prosemirror-state';
import { marks } from '../schema.ts';

export interface GapRange {
  from: number;
  to: number;
  tag: string;
  status: string;
}

/// Every gap in the document, in order. Adjacent text nodes that carry the
/// same gap mark (split by a time mark, say) form one gap.
export function findGaps(doc: Node, from = 0, to = doc.content.size): GapRange[] {
  const gaps: GapRange[] = [];
  let current: (GapRange & { id: string }) | null = null;
  doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isText) return node.type.name !== 'meta' && node.type.name !== 'roster';
    const mark = marks.gap.isInSet(node.marks);
    if (mark && current && current.id === mark.attrs['id'] && current.to === pos) {
      current.to = pos + node.nodeSize;
    } else if (mark) {
      current = {
        from: pos,
        to: pos + node.nodeSize,
        tag: mark.attrs['tag'] as string,
        status: mark.attrs['status'] as string,
        id: mark.attrs['id'] as string,
      };
      gaps.push(current);
    }
    return false;
  });
  return gaps.map(({ from: f, to: t, tag, status }) => ({ from: f, to: t, tag, status }));
}

/// Selects the next (dir 1) or previous (dir -1) open gap, wrapping around
/// the document, so typing replaces it.
export function goToGap(dir: 1 | -1): Command {
  return (state, dispatch) => {
    const open = findGaps(state.doc).filter((g) => g.status === 'open');
    if (open.length === 0) return false;
    const { from, to } = state.selection;
    const target =
      dir === 1
        ? (open.find((g) => g.from >= to && !(g.from === from && g.to === to)) ?? open[0]!)
        : ([...open].reverse().find((g) => g.to <= from && !(g.from === from && g.to === to)) ??
          open[open.length - 1]!);
    if (dispatch) {
      const n = open.indexOf(target) + 1;
      dispatch(
        state.tr
          .setSelection(TextSelection.create(state.doc, target.from, target.to))
          .scrollIntoView()
          .setMeta(ANNOUNCE, `Gap ${n} of ${open.length} open: ${target.tag}`),
      );
    }
    return true;
  };
}

/// Transaction meta with a sentence for screen readers (the UI puts it in a
/// live region): what a keyboard command did that the eye sees at once.
export const ANNOUNCE = 'announce';

/// The gap at the cursor or overlapping the selection.
export function gapAtSelection(state: Parameters<Command>[0]): GapRange | null {
  const { from, to } = state.selection;
  const $from = state.doc.resolve(from);
  const start = $from.depth >= 2 ? $from.start(2) : from;
  const end = $from.depth >= 2 ? $from.end(2) : to;
  return findGaps(state.doc, start, end).find((g) => g.from <= to && g.to >= from) ?? null;
}

/// Marks the gap at the cursor unresolvable (confirmed inaudible: it stays a
/// tag in exports), or back to open. A corrected gap keeps its correction.
export const toggleGapUnresolvable: Command = (state, dispatch) => {
  const gap = gapAtSelection(state);
  if (!gap || gap.status === 'corrected') return false;
  if (dispatch) {
    const mark = state.doc.nodeAt(gap.from)?.marks.find((m) => m.type === marks.gap);
    if (!mark) return false;
    const status = gap.status === 'unresolvable' ? 'open' : 'unresolvable';
    dispatch(
      closeHistory(
        state.tr
          .removeMark(gap.from, gap.to, mark)
          .addMark(gap.from, gap.to, marks.gap.create({ ...mark.attrs, status })),
      ),
    );
  }
  return true;
};

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

/// Every gap with where it is, who speaks and a little text either side, for
/// the gap panel. A walk over the whole document: run it when idle.
export function gapList(doc: Node): GapListItem[] {
  return findGaps(doc).map((gap, index) => {
    const $pos = doc.resolve(gap.from);
    const block = $pos.parent;
    const start = $pos.start();
    const offset = gap.from - start;
    const end = offset + (gap.to - gap.from);
    const text = block.textContent;
    return {
      index,
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
}

/// Selects the gap with this index in document order.
export function selectGap(index: number): Command {
  return (state, dispatch) => {
    const gap = findGaps(state.doc)[index];
    if (!gap) return false;
    if (dispatch)
      dispatch(state.tr.setSelection(TextSelection.create(state.doc, gap.from, gap.to)).scrollIntoView());
    return true;
  };
}
