import { Plugin, type Transaction } from 'prosemirror-state';
import { yUndoPluginKey } from 'y-prosemirror';

/// prosemirror-history's `closeHistory` flag, read by its key's name: the
/// commands mark their own undo steps with it (a split, a rename).
const CLOSE_HISTORY = 'closeHistory$';

/// Makes an edit that the commands mark as its own undo step (`closeHistory`)
/// its own step in the Yjs undo manager too, which otherwise merges changes
/// made within half a second. Two plugins: the first ends the step before the
/// sync plugin writes the edit to Yjs, the second (after it) ends the edit's
/// own step, so typing that follows is not part of it.
export function undoBoundaries(): { before: Plugin; after: Plugin } {
  const make = () => {
    const plugin: Plugin<boolean> = new Plugin<boolean>({
      state: {
        init: () => false,
        apply: (tr: Transaction) => tr.docChanged && tr.getMeta(CLOSE_HISTORY) === true,
      },
      view: () => ({
        update(view) {
          if (plugin.getState(view.state)) yUndoPluginKey.getState(view.state)?.undoManager.stopCapturing();
        },
      }),
    });
    return plugin;
  };
  return { before: make(), after: make() };
}
