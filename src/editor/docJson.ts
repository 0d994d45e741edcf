import type { Node } from 'prosemirror-model';
import { nodes, schema } from './schema.ts';

// Blocks are immutable: a block's JSON is good for as long as the node
// lives, so writing the document again after an edit converts only the
// blocks the edit touched.
const blockJson = new WeakMap<Node, unknown>();

function jsonOf(node: Node): unknown {
  let json = blockJson.get(node);
  if (json === undefined) {
    json = node.toJSON();
    blockJson.set(node, json);
  }
  return json;
}

function childrenJson(node: Node, each: (child: Node) => unknown): unknown[] {
  const content: unknown[] = [];
  node.forEach((child) => void content.push(each(child)));
  return content;
}

/// The editor's document exactly as it is (ProseMirror JSON: chunks, gap
/// ids and word-time runs included), for the browser copy that the edit
/// journal's steps apply to. Treat the result as read-only: blocks share it.
export function docToJson(doc: Node): unknown {
  return {
    type: 'doc',
    content: childrenJson(doc, (child) =>
      child.type === nodes.chunk ? { type: 'chunk', content: childrenJson(child, jsonOf) } : child.toJSON(),
    ),
  };
}

/// The document back from `docToJson`, or null when the JSON is not a valid
/// document of this schema (a copy from another version, damaged storage).
export function docFromJson(json: unknown): Node | null {
  try {
    const doc = schema.nodeFromJSON(json);
    doc.check();
    return doc.type === nodes.doc ? doc : null;
  } catch {
    return null;
  }
}
