import { Selection, TextSelection, type Command } from 'prosemirror-state';

/// Ctrl+Home / Ctrl+End handled by the editor rather than the browser: the
/// browser scrolls to where a never-shown chunk is estimated to be, while
/// ProseMirror measures the target itself and lands on it.
export function goToDocumentEdge(dir: -1 | 1, extend = false): Command {
  return (state, dispatch) => {
    if (dispatch) {
      const edge = dir === -1 ? Selection.atStart(state.doc) : Selection.atEnd(state.doc);
      const selection = extend ? TextSelection.between(state.selection.$anchor, edge.$head) : edge;
      dispatch(state.tr.setSelection(selection).scrollIntoView());
    }
    return true;
  };
}
