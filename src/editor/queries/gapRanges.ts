import type { Node } from 'prosemirror-model';
import type { EditorState } from 'prosemirror-state';
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

/// The gap at the cursor or overlapping the selection.
export function gapAtSelection(state: EditorState): GapRange | null {
  const { from, to } = state.selection;
  const $from = state.doc.resolve(from);
  const start = $from.depth >= 2 ? $from.start(2) : from;
  const end = $from.depth >= 2 ? $from.end(2) : to;
  return findGaps(state.doc, start, end).find((g) => g.from <= to && g.to >= from) ?? null;
}
