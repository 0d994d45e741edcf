import { Plugin } from 'prosemirror-state';
import { blockContext } from './blockContext.ts';
import { BlockView } from './blockView.ts';
import type { BlockViewRegistry } from './blockViewRegistry.ts';

export interface BlockViewHooks {
  /// The user clicked a block's speaker label.
  onSpeakerClick(blockPos: number, anchor: HTMLElement): void;
  /// The user clicked a block's time (play from there).
  onTimeClick(blockPos: number): void;
  /// The user clicked a block's quote button (copy as sourced quote).
  onQuoteClick(blockPos: number): void;
}

/// Creates block node views and, when the roster or the programme meta
/// changes, asks each to redraw its header (each skips the DOM when its own
/// label is unchanged). Clicks on the headers' time and speaker buttons are
/// handled here, once for the editor, rather than by listeners on each.
export function blockViewsPlugin(hooks: BlockViewHooks, registry: BlockViewRegistry): Plugin {
  return new Plugin({
    props: {
      nodeViews: {
        block: (node, view, getPos) => new BlockView(node, view, getPos, registry),
      },
    },
    view: (editorView) => {
      const buttonAt = (event: Event) => {
        const target = event.target instanceof Element ? event.target : null;
        const button = target?.closest('.block-time, .block-speaker, .block-quote');
        const block = button?.closest('.block');
        const view = block ? BlockView.of(block) : undefined;
        return button &&
          view &&
          (button === view.timeEl || button === view.speakerEl || button === view.quoteEl)
          ? { button, view }
          : null;
      };
      // Clicking a header button must not move the caret out of the text.
      const onMouseDown = (event: MouseEvent) => {
        if (buttonAt(event)) event.preventDefault();
      };
      const onClick = (event: MouseEvent) => {
        const hit = buttonAt(event);
        const pos = hit?.view.pos();
        if (!hit || pos === undefined) return;
        if (hit.button === hit.view.timeEl) hooks.onTimeClick(pos);
        else if (hit.button === hit.view.quoteEl) hooks.onQuoteClick(pos);
        else hooks.onSpeakerClick(pos, hit.view.speakerEl);
      };
      editorView.dom.addEventListener('mousedown', onMouseDown);
      editorView.dom.addEventListener('click', onClick);
      return {
        update(view, prev) {
          const doc = view.state.doc;
          if (doc.child(0) === prev.doc.child(0) && doc.child(1) === prev.doc.child(1)) return;
          const context = blockContext(doc);
          for (const blockView of registry.views) blockView.refresh(context);
        },
        destroy() {
          editorView.dom.removeEventListener('mousedown', onMouseDown);
          editorView.dom.removeEventListener('click', onClick);
        },
      };
    },
  });
}
