import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import { CHUNK_MAX, CHUNK_SIZE } from '../schema.ts';
import { isRemoteChange } from '../collab/origin.ts';

export const chunksKey = new PluginKey('chunks');

/// Keeps chunks small. Joins across a chunk boundary merge two chunks, and
/// many Enters grow one; past CHUNK_MAX both are split back to CHUNK_SIZE
/// here, in the same undo step as the edit. Checking every chunk is cheap: a
/// 24-hour document has about three hundred.
export function chunksPlugin(): Plugin {
  return new Plugin({
    key: chunksKey,
    appendTransaction(transactions, _old, state) {
      if (!transactions.some((tr) => tr.docChanged && !isRemoteChange(tr))) return null;
      let tr: Transaction | null = null;
      const doc = state.doc;
      // Work from the end so earlier positions stay valid while splitting.
      let pos = doc.content.size;
      for (let c = doc.childCount - 1; c >= 0; c--) {
        const chunk = doc.child(c);
        pos -= chunk.nodeSize;
        if (chunk.type.name !== 'chunk' || chunk.childCount <= CHUNK_MAX) continue;
        tr ??= state.tr;
        for (const cut of cutPoints(chunk, pos).reverse()) tr.split(cut, 1);
      }
      return tr;
    },
  });
}

/// Positions between blocks at every CHUNK_SIZE-th block of an oversized chunk.
function cutPoints(chunk: Node, chunkPos: number): number[] {
  const cuts: number[] = [];
  let inner = chunkPos + 1;
  for (let i = 0; i < chunk.childCount; i++) {
    if (i > 0 && i % CHUNK_SIZE === 0 && chunk.childCount - i >= 1) cuts.push(inner);
    inner += chunk.child(i).nodeSize;
  }
  return cuts;
}
