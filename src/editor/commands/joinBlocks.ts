import { closeHistory } from 'prosemirror-history';
import type { Command, EditorState } from 'prosemirror-state';
import { TextSelection } from 'prosemirror-state';
import { blockAtResolved, siblingBlock, type BlockAt } from '../blocks.ts';
import { marks } from '../schema.ts';

/// Backspace at the start of a block merges it into the previous block,
/// across chunk boundaries as if chunks were not there.
export const joinBackward: Command = (state, dispatch) => {
  const { $cursor } = state.selection as TextSelection;
  if (!$cursor || $cursor.parentOffset > 0) return false;
  const here = blockAtResolved($cursor);
  if (!here) return false;
  const prev = siblingBlock(state.doc, here.pos, -1);
  if (!prev) return true; // At the very start: nothing to join, and nothing else should happen.
  if (dispatch) dispatch(joinTr(state, prev, here).scrollIntoView());
  return true;
};

/// Delete at the end of a block pulls the next block into it.
export const joinForward: Command = (state, dispatch) => {
  const { $cursor } = state.selection as TextSelection;
  if (!$cursor || $cursor.parentOffset < $cursor.parent.content.size) return false;
  const here = blockAtResolved($cursor);
  if (!here) return false;
  const next = siblingBlock(state.doc, here.pos, 1);
  if (!next) return true;
  if (dispatch) dispatch(joinTr(state, here, next).scrollIntoView());
  return true;
};

/// Merges `second` into `first`. The merged block keeps the first block's
/// speaker and time; an exact start time of the second block survives as a
/// time anchor on its first word, so timing stays attached to its text.
function joinTr(state: EditorState, first: BlockAt, second: BlockAt) {
  const tr = state.tr;
  const start = second.node.attrs['start'] as number | null;
  const firstChild = second.node.firstChild;
  if (
    start !== null &&
    !second.node.attrs['estimated'] &&
    firstChild &&
    !marks.time.isInSet(firstChild.marks)
  ) {
    const text = firstChild.text ?? '';
    const word = /^\S+/.exec(text)?.[0] ?? text;
    const from = second.pos + 1;
    tr.addMark(from, from + word.length, marks.time.create({ start, end: null }));
  }
  const joinAt = first.pos + first.node.nodeSize - 1;
  tr.delete(joinAt, second.pos + 1);
  tr.setSelection(TextSelection.create(tr.doc, joinAt));
  // A join is its own undo step, not part of the typing around it.
  return closeHistory(tr);
}
