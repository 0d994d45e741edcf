import { redo as historyRedo, redoDepth, undo as historyUndo, undoDepth } from 'prosemirror-history';
import type { Command, EditorState } from 'prosemirror-state';
import { redoCommand as yRedo, undoCommand as yUndo, yUndoPluginKey } from 'y-prosemirror';

/// Undo for whichever history the state keeps: a team document's (Yjs),
/// which undoes only this person's changes, or the local one. Every caller
/// (keymap, toolbar, page-wide keys) uses these, so none of them asks which.
export const undo: Command = (state, dispatch) =>
  yUndoPluginKey.getState(state) ? yUndo(state, dispatch) : historyUndo(state, dispatch);

export const redo: Command = (state, dispatch) =>
  yUndoPluginKey.getState(state) ? yRedo(state, dispatch) : historyRedo(state, dispatch);

/// Whether Undo and Redo have anything to do, in whichever history the
/// state keeps. A team document's stacks are read from its undo manager
/// itself: the plugin's own flags are worked out a transaction late, since
/// the edit reaches the Yjs document only as the view takes the new state.
export function historyAvailable(state: EditorState): { undo: boolean; redo: boolean } {
  const team = yUndoPluginKey.getState(state);
  if (team)
    return { undo: team.undoManager.undoStack.length > 0, redo: team.undoManager.redoStack.length > 0 };
  return { undo: undoDepth(state) > 0, redo: redoDepth(state) > 0 };
}

/// Calls `listener` when a team document's undo stacks change outside a
/// transaction of ours: Yjs fills the redo stack after an undo's changes have
/// reached the editor. Returns how to stop; a local document needs nothing.
export function watchTeamHistory(state: EditorState, listener: () => void): () => void {
  const manager = yUndoPluginKey.getState(state)?.undoManager;
  if (!manager) return () => undefined;
  const events = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const;
  for (const event of events) manager.on(event, listener);
  return () => {
    for (const event of events) manager.off(event, listener);
  };
}
