import { closeHistory } from 'prosemirror-history';
import type { Node } from 'prosemirror-model';
import { TextSelection, type Command } from 'prosemirror-state';
import { blockAtResolved, forEachBlock } from '../blocks.ts';
import { marks } from '../schema.ts';

/// A block needs attention until it is reviewed, has a speaker and no open gap.
export function needsAttention(block: Node): boolean {
  if (!block.attrs['reviewed'] || block.attrs['speakerId'] === null) return true;
  let open = false;
  block.forEach((text) => {
    if (marks.gap.isInSet(text.marks)?.attrs['status'] === 'open') open = true;
  });
  return open;
}

/// Marks the block at the cursor reviewed (or, with `reviewed` false, not)
/// and moves to the next block that needs attention, wrapping around.
export function reviewAndNext(reviewed = true): Command {
  return (state, dispatch) => {
    const here = blockAtResolved(state.selection.$from);
    if (!here) return false;
    if (dispatch) {
      const tr = state.tr;
      if (here.node.attrs['reviewed'] !== reviewed) tr.setNodeAttribute(here.pos, 'reviewed', reviewed);
      let first: number | null = null;
      let next: number | null = null;
      forEachBlock(tr.doc, (block, pos) => {
        if (pos === here.pos || !needsAttention(block)) return true;
        first ??= pos;
        if (pos > here.pos) {
          next = pos;
          return false;
        }
        return true;
      });
      const target = next ?? first;
      if (target !== null) tr.setSelection(TextSelection.create(tr.doc, target + 1));
      dispatch(closeHistory(tr).scrollIntoView());
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
