import { redo as historyRedo, undo as historyUndo } from 'prosemirror-history';
import type { Command } from 'prosemirror-state';
import { redoCommand as yRedo, undoCommand as yUndo, yUndoPluginKey } from 'y-prosemirror';

/// Undo for whichever history the state keeps: a team document's (Yjs),
/// which undoes only this person's changes, or the local one. Every caller
/// (keymap, toolbar, page-wide keys) uses these, so none of them asks which.
export const undo: Command = (state, dispatch) =>
  yUndoPluginKey.getState(state) ? yUndo(state, dispatch) : historyUndo(state, dispatch);

export const redo: Command = (state, dispatch) =>
  yUndoPluginKey.getState(state) ? yRedo(state, dispatch) : historyRedo(state, dispatch);
