import { history } from 'prosemirror-history';
import type { Node } from 'prosemirror-model';
import { EditorState, type Plugin } from 'prosemirror-state';
import type { Transcript } from '../core/transcript.ts';
import { transcriptToDoc } from './convert.ts';
import { casingLearnPlugin } from './casing/learn.ts';
import { editorKeymaps, type KeymapHooks } from './keymap.ts';
import { chunksPlugin } from './plugins/chunks.ts';
import { pastePlugin } from './plugins/paste.ts';
import { gapStatusPlugin } from './plugins/gapStatus.ts';
import { searchPlugin } from './search/plugin.ts';
import { suspectsPlugin } from './plugins/suspects.ts';
import { wordTimesPlugin } from './wordTimes/plugin.ts';
import { centerViewPlugin } from './view/centerViewPlugin.ts';
import { programmeBoundsPlugin } from './plugins/programmeBounds.ts';

/// Undo keeps this many steps; deep enough for a day of edits.
const UNDO_DEPTH = 1000;

/// The editor's plugins; `undoHistory` is the local undo history, or null
/// where another keeps it (a team document's Yjs undo manager).
export function editorPlugins(
  hooks: KeymapHooks,
  undoHistory: Plugin | null = history({ depth: UNDO_DEPTH }),
): Plugin[] {
  return [
    ...editorKeymaps(hooks),
    ...(undoHistory ? [undoHistory] : []),
    chunksPlugin(),
    gapStatusPlugin(),
    pastePlugin(),
    searchPlugin(),
    suspectsPlugin(),
    wordTimesPlugin(),
    casingLearnPlugin(),
    centerViewPlugin(),
    programmeBoundsPlugin(),
  ];
}

export const noHooks: KeymapHooks = {
  openSpeakerPicker: () => false,
  splitAndPick: () => false,
  acceptSuggestion: () => false,
};

/// A fresh editor state for a transcript: a new document with an empty
/// undo history.
export function createEditorState(transcript: Transcript, hooks: KeymapHooks = noHooks): EditorState {
  return editorStateOf(transcriptToDoc(transcript), hooks);
}

/// A fresh editor state for a document as the editor had it (the browser
/// copy read back with its journal), so later steps land where they were.
export function editorStateOf(doc: Node, hooks: KeymapHooks = noHooks): EditorState {
  return EditorState.create({ doc, plugins: editorPlugins(hooks) });
}
