import type { Node } from 'prosemirror-model';

/// A block and its position in the document.
export interface Placed {
  node: Node;
  pos: number;
}

/// Blocks of `doc` that are not in `other`: blocks are immutable, so an edit
/// leaves every block it did not touch the same node, in the same chunk.
export function changedBlocks(doc: Node, other: Node): Placed[] {
  const docChunks = new Set<Node>();
  doc.forEach((chunk) => docChunks.add(chunk));
  const otherChunks = new Set<Node>();
  const otherBlocks = new Set<Node>();
  other.forEach((chunk) => {
    otherChunks.add(chunk);
    if (chunk.type.name === 'chunk' && !docChunks.has(chunk)) chunk.forEach((b) => otherBlocks.add(b));
  });
  const changed: Placed[] = [];
  doc.forEach((chunk, offset) => {
    if (chunk.type.name !== 'chunk' || otherChunks.has(chunk)) return;
    chunk.forEach((block, inner) => {
      if (!otherBlocks.has(block)) changed.push({ node: block, pos: offset + 1 + inner });
    });
  });
  return changed;
}
