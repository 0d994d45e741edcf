import type { Node } from 'prosemirror-model';
import { forEachBlock } from './blocks.ts';
import { marks } from './schema.ts';

export interface DocStats {
  blocks: number;
  unassigned: number;
  gapsOpen: number;
  gapsCorrected: number;
  gapsUnresolvable: number;
}

/// Counts for the status bar. A walk over the whole document: callers run it
/// when the editor is idle, never per keystroke.
export function docStats(doc: Node): DocStats {
  const stats: DocStats = { blocks: 0, unassigned: 0, gapsOpen: 0, gapsCorrected: 0, gapsUnresolvable: 0 };
  forEachBlock(doc, (block) => {
    stats.blocks++;
    if (block.attrs['speakerId'] === null) stats.unassigned++;
    let lastGap = '';
    block.forEach((text) => {
      const gap = marks.gap.isInSet(text.marks);
      const id = gap ? (gap.attrs['id'] as string) : '';
      if (gap && id !== lastGap) {
        const status = gap.attrs['status'];
        if (status === 'open') stats.gapsOpen++;
        else if (status === 'corrected') stats.gapsCorrected++;
        else stats.gapsUnresolvable++;
      }
      lastGap = id;
    });
  });
  return stats;
}
