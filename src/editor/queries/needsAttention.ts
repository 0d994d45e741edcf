import type { Node } from 'prosemirror-model';
import { marks } from '../schema.ts';

/// A block needs attention until it is reviewed, has a speaker and no open gap.
export function needsAttention(block: Node): boolean {
  if (!block.attrs['reviewed'] || block.attrs['speakerId'] === null) return true;
  let open = false;
  block.forEach((text) => {
    if (marks.gap.isInSet(text.marks)?.attrs['status'] === 'open') open = true;
  });
  return open;
}
