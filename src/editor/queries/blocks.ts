import type { Node, ResolvedPos } from 'prosemirror-model';

export interface BlockAt {
  node: Node;
  /// Position before the block node.
  pos: number;
}

/// Calls `fn` for every block in order. Returns early when `fn` returns false.
export function forEachBlock(doc: Node, fn: (block: Node, pos: number) => boolean | void): void {
  let pos = 0;
  for (let c = 0; c < doc.childCount; c++) {
    const chunk = doc.child(c);
    if (chunk.type.name === 'chunk') {
      let inner = pos + 1;
      for (let b = 0; b < chunk.childCount; b++) {
        const block = chunk.child(b);
        if (fn(block, inner) === false) return;
        inner += block.nodeSize;
      }
    }
    pos += chunk.nodeSize;
  }
}

/// The block containing a resolved position, if the position is inside one.
export function blockAtResolved($pos: ResolvedPos): BlockAt | null {
  for (let d = $pos.depth; d > 0; d--) {
    const node = $pos.node(d);
    if (node.type.name === 'block') return { node, pos: $pos.before(d) };
  }
  return null;
}

export function blockAtPos(doc: Node, pos: number): BlockAt | null {
  return blockAtResolved(doc.resolve(pos));
}

/// Blocks overlapping the range [from, to], in order.
export function blocksInRange(doc: Node, from: number, to: number): BlockAt[] {
  const found: BlockAt[] = [];
  doc.nodesBetween(from, Math.max(from, to), (node, pos) => {
    if (node.type.name === 'block') {
      found.push({ node, pos });
      return false;
    }
    return node.type.name === 'chunk' || node.type.name === 'doc';
  });
  return found;
}

/// The block before or after `pos` (the position before a block).
export function siblingBlock(doc: Node, blockPos: number, dir: -1 | 1): BlockAt | null {
  const $pos = doc.resolve(blockPos);
  const chunkIndex = $pos.index(0);
  const index = $pos.index(1);
  const chunk = $pos.node(1);
  if (dir === -1 && index > 0) {
    const node = chunk.child(index - 1);
    return { node, pos: blockPos - node.nodeSize };
  }
  if (dir === 1) {
    const self = chunk.child(index);
    if (index + 1 < chunk.childCount) return { node: chunk.child(index + 1), pos: blockPos + self.nodeSize };
  }
  // Cross into the neighbouring chunk.
  const neighbourIndex = chunkIndex + dir;
  if (neighbourIndex < 2 || neighbourIndex >= doc.childCount) return null;
  const neighbour = doc.child(neighbourIndex);
  if (dir === -1) {
    const node = neighbour.lastChild!;
    const chunkStart = $pos.before(1);
    return { node, pos: chunkStart - 1 - node.nodeSize };
  }
  const chunkEnd = $pos.after(1);
  return { node: neighbour.firstChild!, pos: chunkEnd + 1 };
}
