import { Plugin } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { blockAtResolved } from '../queries/blocks.ts';

/// The class on the turn that holds the caret.
export const CARET_TURN_CLASS = 'has-caret';

/// Marks the turn holding the caret, so the eye finds it again after a
/// jump. A class on one element rather than a node decoration: moving it
/// costs two class changes, never a redraw of the block.
export function caretTurnPlugin(): Plugin {
  return new Plugin({
    view: (view) => {
      let marked: Element | null = null;
      const update = (v: EditorView) => {
        const block = blockAtResolved(v.state.selection.$head);
        const dom = block ? v.nodeDOM(block.pos) : null;
        const next = dom instanceof Element ? dom : null;
        if (next === marked && next?.classList.contains(CARET_TURN_CLASS)) return;
        marked?.classList.remove(CARET_TURN_CLASS);
        next?.classList.add(CARET_TURN_CLASS);
        marked = next;
      };
      update(view);
      return { update, destroy: () => marked?.classList.remove(CARET_TURN_CLASS) };
    },
  });
}
