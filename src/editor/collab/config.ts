import type { Node } from 'prosemirror-model';
import { EditorState, type Plugin } from 'prosemirror-state';
import { initProseMirrorDoc, yCursorPlugin, ySyncPlugin, yUndoPlugin } from 'y-prosemirror';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { KeymapHooks } from '../keymap.ts';
import { schema } from '../schema.ts';
import { editorPlugins, noHooks } from '../state.ts';
import { caretElement, selectionAttrs, type TeamUser } from './cursor.ts';
import { timesRepairPlugin } from './timesRepair.ts';
import { undoBoundaries } from './undoBoundaries.ts';

/// A shared document as the editor sees it: the Yjs fragment that holds the
/// ProseMirror document, and the provider's awareness (who is here, where).
export interface CollabSource {
  fragment: Y.XmlFragment;
  awareness: Awareness;
}

/// The editor state of a team document: the same plugins as a local one,
/// with the Yjs undo manager (my changes only) in place of the local
/// history, and y-prosemirror's binding, colleagues' carets and the word
/// times check. The fragment must already hold a document (`fillFragment`
/// for a new one); the editor starts from exactly what it holds.
export function collabEditorState(source: CollabSource, hooks: KeymapHooks = noHooks): EditorState {
  const { doc, mapping } = initProseMirrorDoc(source.fragment, schema);
  return EditorState.create({
    doc,
    plugins: [...editorPlugins(hooks, null), ...collabPlugins(source, mapping)],
  });
}

function collabPlugins(source: CollabSource, mapping: Map<Y.AbstractType<unknown>, Node | Node[]>): Plugin[] {
  const boundaries = undoBoundaries();
  return [
    // Observes the fragment before the binding does (timesRepair.ts).
    timesRepairPlugin(source.fragment),
    boundaries.before,
    ySyncPlugin(source.fragment, { mapping }),
    yCursorPlugin(source.awareness, {
      cursorBuilder: (user) => caretElement(user as TeamUser),
      selectionBuilder: (user) => selectionAttrs(user as TeamUser),
    }),
    yUndoPlugin(),
    boundaries.after,
  ];
}
