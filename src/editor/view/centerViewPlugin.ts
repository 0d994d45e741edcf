import { Plugin, PluginKey } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { CENTER_VIEW } from '../centerView.ts';
import { blockAtResolved } from '../queries/blocks.ts';
import { scrollBox } from './revealSelection.ts';

const key = new PluginKey<boolean>('centerView');

/// Remembers whether the last transaction asked to be centred, and takes
/// over ProseMirror's scroll to the selection when it did.
export function centerViewPlugin(): Plugin<boolean> {
  return new Plugin<boolean>({
    key,
    state: {
      init: () => false,
      // A plugin's transaction appended to a centred one keeps the request.
      apply: (tr, value) =>
        tr.getMeta(CENTER_VIEW) === true || (value && tr.getMeta('appendedTransaction') !== undefined),
    },
    props: {
      handleScrollToSelection: (view) => {
        if (!key.getState(view.state)) return false;
        centerSelection(view);
        return true;
      },
    },
  });
}

/// Scrolls the turn holding the selection to the middle of its scroll box,
/// unless it already sits in the middle half. A turn taller than most of the
/// box is placed by the selection head instead, so the target stays in sight.
export function centerSelection(view: EditorView): void {
  const { selection } = view.state;
  const block = blockAtResolved(selection.$head);
  const dom = block ? view.nodeDOM(block.pos) : null;
  if (!(dom instanceof Element)) return;
  const box = scrollBox(dom);
  const bounds = box ? box.getBoundingClientRect() : { top: 0, bottom: window.innerHeight };
  const height = bounds.bottom - bounds.top;
  let { top, bottom } = dom.getBoundingClientRect();
  if (bottom - top > height * 0.6) {
    try {
      ({ top, bottom } = view.coordsAtPos(selection.head));
    } catch {
      return;
    }
  }
  if (top >= bounds.top + height / 4 && bottom <= bounds.bottom - height / 4) return;
  const delta = (top + bottom) / 2 - (bounds.top + bounds.bottom) / 2;
  if (box) box.scrollTop += delta;
  else window.scrollBy(0, delta);
}
