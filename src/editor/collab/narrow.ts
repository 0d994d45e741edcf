import type { Node } from 'prosemirror-model';
import { Selection, type EditorState, type Transaction } from 'prosemirror-state';
import { ySyncPluginKey } from 'y-prosemirror';
import { isRemoteChange } from './origin.ts';

/// y-prosemirror brings a colleague's edit in as one step that replaces the
/// whole document (with the same node objects wherever nothing changed).
/// Plugins that look at what a step changed (find, suspect words, the block
/// views) would take that as a change to every turn of a 24-hour transcript.
/// This is the same change as a step over only the top-level nodes that
/// differ (a chunk or two), with the selection the binding restored, and no
/// scrolling: a colleague's edit must not move the view.
export function narrowRemoteChange(state: EditorState, tr: Transaction): Transaction {
  if (!isRemoteChange(tr) || !tr.docChanged) return tr;
  const before = state.doc;
  const after = tr.doc;
  const first = firstDifferent(before, after);
  if (first === null) return tr;
  const last = lastDifferent(before, after, first);
  const narrowed = state.tr;
  const children: Node[] = [];
  for (let i = first; i < after.childCount - last.fromEnd; i++) children.push(after.child(i));
  narrowed.replaceWith(offsetOf(before, first), offsetOf(before, before.childCount - last.fromEnd), children);
  if (!narrowed.doc.eq(after)) return tr;
  narrowed.setSelection(Selection.fromJSON(narrowed.doc, tr.selection.toJSON()));
  narrowed.setMeta(ySyncPluginKey, tr.getMeta(ySyncPluginKey));
  return narrowed;
}

function firstDifferent(a: Node, b: Node): number | null {
  const n = Math.min(a.childCount, b.childCount);
  for (let i = 0; i < n; i++) if (a.child(i) !== b.child(i)) return i;
  return a.childCount === b.childCount ? null : n;
}

/// How many top-level nodes at the end are the same objects in both.
function lastDifferent(a: Node, b: Node, first: number): { fromEnd: number } {
  let fromEnd = 0;
  while (
    fromEnd < a.childCount - first &&
    fromEnd < b.childCount - first &&
    a.child(a.childCount - 1 - fromEnd) === b.child(b.childCount - 1 - fromEnd)
  )
    fromEnd++;
  return { fromEnd };
}

function offsetOf(doc: Node, index: number): number {
  let pos = 0;
  for (let i = 0; i < index; i++) pos += doc.child(i).nodeSize;
  return pos;
}
