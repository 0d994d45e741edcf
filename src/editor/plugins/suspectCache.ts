import type { Node } from 'prosemirror-model';
import { findSuspects, type Suspect, type SuspectOptions } from '../../core/suspects/index.ts';

// Blocks are immutable and an edit leaves the untouched ones the same
// nodes, so a block's suspects are found once per word list.
const cache = new WeakMap<SuspectOptions, WeakMap<Node, readonly Suspect[]>>();

function cacheFor(options: SuspectOptions): WeakMap<Node, readonly Suspect[]> {
  let forOptions = cache.get(options);
  if (!forOptions) cache.set(options, (forOptions = new WeakMap()));
  return forOptions;
}

export function isChecked(block: Node, options: SuspectOptions): boolean {
  return cacheFor(options).has(block);
}

/// The suspects in a block's text, as offsets into it.
export function blockSuspects(block: Node, options: SuspectOptions): readonly Suspect[] {
  const forOptions = cacheFor(options);
  let found = forOptions.get(block);
  if (!found) forOptions.set(block, (found = findSuspects(block.textContent, options)));
  return found;
}
