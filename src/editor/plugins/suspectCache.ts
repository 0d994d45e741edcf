import type { Node } from 'prosemirror-model';
import { findSuspects, type Suspect, type SuspectOptions } from '../../core/suspects/index.ts';
import { BlockCache } from '../blockCache.ts';

// A block's suspects are found once per word list.
const cache = new BlockCache<SuspectOptions, readonly Suspect[]>((block, options) =>
  findSuspects(block.textContent, options),
);

export function isChecked(block: Node, options: SuspectOptions): boolean {
  return cache.has(block, options);
}

/// The suspects in a block's text, as offsets into it.
export function blockSuspects(block: Node, options: SuspectOptions): readonly Suspect[] {
  return cache.get(block, options);
}
