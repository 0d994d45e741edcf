import { closeHistory } from 'prosemirror-history';
import { TextSelection, type Command } from 'prosemirror-state';
import type { Transcript } from '../../core/transcript.ts';
import { transcriptToDoc } from '../convert.ts';

/// Replaces the whole document with `transcript` as one undoable step:
/// restoring a restore point can itself be undone.
export function replaceDocument(transcript: Transcript): Command {
  return (state, dispatch) => {
    if (dispatch) {
      const doc = transcriptToDoc(transcript);
      const tr = state.tr.replaceWith(0, state.doc.content.size, doc.content);
      tr.setSelection(TextSelection.atStart(tr.doc));
      dispatch(closeHistory(tr).scrollIntoView());
    }
    return true;
  };
}
