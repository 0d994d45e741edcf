import type { Node } from 'prosemirror-model';
import type { Command, Transaction } from 'prosemirror-state';

/// Removes the turns outside the programme, `[0, first)` and `[end, …)` by
/// turn index, in one transaction (one undo step). Whole chunks outside go
/// whole; in the chunk a boundary falls in, only the turns outside go, so no
/// chunk is ever left empty or rebuilt. Does nothing when it would remove
/// nothing or everything.
export function trimToProgramme(first: number, end: number): Command {
  return (state, dispatch) => {
    const spans = chunkSpans(state.doc);
    const total = spans.at(-1)?.last ?? 0;
    const from = Math.max(0, first);
    const to = Math.min(total, end);
    if (from >= to || (from === 0 && to === total)) return false;
    if (!dispatch) return true;
    const tr = state.tr;
    // The tail first, so the head's positions stay as they are.
    if (to < total) deleteTurns(tr, spans, to, total);
    if (from > 0) deleteTurns(tr, spans, 0, from);
    dispatch(tr.scrollIntoView());
    return true;
  };
}

interface ChunkSpan {
  /// Position before the chunk.
  pos: number;
  node: Node;
  /// Turn indexes: the chunk holds turns [firstIndex, last).
  firstIndex: number;
  last: number;
}

function chunkSpans(doc: Node): ChunkSpan[] {
  const spans: ChunkSpan[] = [];
  let index = 0;
  doc.forEach((node, pos) => {
    if (node.type.name !== 'chunk') return;
    spans.push({ pos, node, firstIndex: index, last: index + node.childCount });
    index += node.childCount;
  });
  return spans;
}

/// Deletes turns [a, b) (a range that is a prefix or a suffix of the
/// document) through `tr`, which has seen no step yet for positions inside it.
function deleteTurns(tr: Transaction, spans: ChunkSpan[], a: number, b: number) {
  const whole = spans.filter((s) => s.firstIndex >= a && s.last <= b);
  const partial = spans.filter((s) => !whole.includes(s) && s.firstIndex < b && s.last > a);
  const ranges: [number, number][] = [];
  if (whole.length) ranges.push([whole[0]!.pos, whole.at(-1)!.pos + whole.at(-1)!.node.nodeSize]);
  for (const s of partial) {
    let from = s.pos + 1;
    let to = from;
    s.node.forEach((block, offset, i) => {
      const index = s.firstIndex + i;
      if (index === a) from = s.pos + 1 + offset;
      if (index < b) to = s.pos + 1 + offset + block.nodeSize;
    });
    if (a <= s.firstIndex) from = s.pos + 1;
    ranges.push([from, to]);
  }
  // From the end backwards, so earlier positions stay valid.
  for (const [from, to] of ranges.sort((x, y) => y[0] - x[0]))
    tr.delete(tr.mapping.map(from), tr.mapping.map(to));
}
