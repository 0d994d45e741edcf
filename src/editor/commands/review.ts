import { closeHistory } from 'prosemirror-history';
import { TextSelection, type Command } from 'prosemirror-state';
import { centerView } from '../centerView.ts';
import { blockAtResolved, forEachBlock } from '../queries/blocks.ts';
import { needsAttention } from '../queries/needsAttention.ts';
import { programmeSpan } from '../queries/programmeSpan.ts';

/// Marks the block at the cursor reviewed (or, with `reviewed` false, not)
/// and moves to the next block of the programme that needs attention,
/// wrapping around (turns outside its boundaries are not its work).
export function reviewAndNext(reviewed = true): Command {
  return (state, dispatch) => {
    const here = blockAtResolved(state.selection.$from);
    if (!here) return false;
    if (dispatch) {
      const tr = state.tr;
      if (here.node.attrs['reviewed'] !== reviewed) tr.setNodeAttribute(here.pos, 'reviewed', reviewed);
      let first: number | null = null;
      let next: number | null = null;
      const span = programmeSpan(tr.doc);
      forEachBlock(tr.doc, (block, pos) => {
        if (pos >= span.to) return false;
        if (pos < span.from || pos === here.pos || !needsAttention(block)) return true;
        first ??= pos;
        if (pos > here.pos) {
          next = pos;
          return false;
        }
        return true;
      });
      const target = next ?? first;
      if (target !== null) tr.setSelection(TextSelection.create(tr.doc, target + 1));
      dispatch(centerView(closeHistory(tr)));
    }
    return true;
  };
}

/// Toggles the reviewed mark of every block the selection touches.
export const toggleReviewed: Command = (state, dispatch) => {
  const here = blockAtResolved(state.selection.$from);
  if (!here) return false;
  if (dispatch) {
    dispatch(closeHistory(state.tr.setNodeAttribute(here.pos, 'reviewed', !here.node.attrs['reviewed'])));
  }
  return true;
};
