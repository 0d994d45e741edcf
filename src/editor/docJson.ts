import type { Node } from 'prosemirror-model';
import { nodes, schema } from './schema.ts';

// Blocks are immutable: a block's JSON text is good for as long as the node
// lives, so writing the document again after an edit stringifies only the
// blocks the edit touched, and the copy goes to storage as one string (a
// string is copied into IndexedDB at memory speed; a tree of objects is
// cloned node by node on the main thread).
const blockText = new WeakMap<Node, string>();

function textOf(block: Node): string {
  let text = blockText.get(block);
  if (text === undefined) {
    text = JSON.stringify(block.toJSON());
    blockText.set(block, text);
  }
  return text;
}

/// The editor's document exactly as it is, as ProseMirror JSON text
/// (chunks, gap ids and word-time runs included), for the browser copy that
/// the edit journal's steps apply to.
export function docToJson(doc: Node): string {
  const parts: string[] = [];
  doc.forEach((child) => {
    if (child.type !== nodes.chunk) {
      parts.push(JSON.stringify(child.toJSON()));
      return;
    }
    const blocks: string[] = [];
    child.forEach((block) => void blocks.push(textOf(block)));
    parts.push(`{"type":"chunk","content":[${blocks.join(',')}]}`);
  });
  return `{"type":"doc","content":[${parts.join(',')}]}`;
}

/// The document back from `docToJson`, or null when the text is not a
/// valid document of this schema (a copy from another version, damaged
/// storage).
export function docFromJson(text: unknown): Node | null {
  if (typeof text !== 'string') return null;
  try {
    const doc = schema.nodeFromJSON(JSON.parse(text));
    doc.check();
    return doc.type === nodes.doc ? doc : null;
  } catch {
    return null;
  }
}
