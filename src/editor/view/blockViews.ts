import { Plugin } from 'prosemirror-state';
import { blockContext } from './blockContext.ts';
import { BlockView, type BlockViewHooks } from './blockView.ts';

/// Creates block node views and, when the roster or the programme meta
/// changes, asks each to redraw its header (each skips the DOM when its own
/// label is unchanged).
export function blockViewsPlugin(hooks: BlockViewHooks): Plugin {
  const views = new Set<BlockView>();
  return new Plugin({
    props: {
      nodeViews: {
        block: (node, view, getPos) => new BlockView(node, view, getPos, views, hooks),
      },
    },
    view: () => ({
      update(view, prev) {
        const doc = view.state.doc;
        if (doc.child(0) === prev.doc.child(0) && doc.child(1) === prev.doc.child(1)) return;
        const context = blockContext(doc);
        for (const blockView of views) blockView.refresh(context);
      },
    }),
  });
}
