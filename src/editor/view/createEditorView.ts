import type { EditorState, Transaction } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { BlockViewRegistry } from './blockViewRegistry.ts';
import { caretTurnPlugin } from '../plugins/caretTurn.ts';
import { blockViewsPlugin, type BlockViewHooks } from './blockViewsPlugin.ts';
import { screenChunksPlugin } from './screenChunksPlugin.ts';
import { hideFromReactSelection } from './reactSelectionGuard.ts';

export interface EditorViewOptions extends BlockViewHooks {
  state: EditorState;
  /// Receives every transaction; must call `view.updateState`.
  dispatchTransaction(this: EditorView, tr: Transaction): void;
}

/// The one EditorView of the app, mounted into `place`. React owns the
/// element around it and never renders inside it.
export function createEditorView(
  place: HTMLElement,
  options: EditorViewOptions,
): { view: EditorView; blocks: BlockViewRegistry } {
  const blocks = new BlockViewRegistry();
  const view = new EditorView(place, {
    state: options.state,
    dispatchTransaction: options.dispatchTransaction,
    plugins: [blockViewsPlugin(options, blocks), caretTurnPlugin(), screenChunksPlugin()],
    // Keep the cursor clear of the sticky timeline strip above the text.
    scrollMargin: { top: 72, bottom: 48, left: 0, right: 0 },
    scrollThreshold: { top: 72, bottom: 48, left: 0, right: 0 },
    attributes: {
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-label': 'Transcript text',
      // The browser's spell checker re-scans the whole editable element
      // and costs seconds on long transcripts.
      spellcheck: 'false',
      class: 'transcript',
    },
  });
  hideFromReactSelection(view.dom);
  return { view, blocks };
}
