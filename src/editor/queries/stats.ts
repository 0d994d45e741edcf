import type { Node } from 'prosemirror-model';
import { forEachBlock } from './blocks.ts';
import { needsAttention } from './needsAttention.ts';
import { marks } from '../schema.ts';

export interface SpeakerStats {
  blocks: number;
  /// Seconds from each of the speaker's block starts to the next block's.
  seconds: number;
}

export interface DocStats {
  blocks: number;
  reviewed: number;
  /// Blocks not reviewed, without a speaker, or with an open gap.
  needAttention: number;
  unassigned: number;
  gapsOpen: number;
  gapsCorrected: number;
  gapsUnresolvable: number;
  bySpeaker: Record<string, SpeakerStats>;
}

export const EMPTY_STATS: DocStats = {
  blocks: 0,
  reviewed: 0,
  needAttention: 0,
  unassigned: 0,
  gapsOpen: 0,
  gapsCorrected: 0,
  gapsUnresolvable: 0,
  bySpeaker: {},
};

/// Counts for the status bar and the speaker panel. A walk over the whole
/// document: callers run it when the editor is idle, never per keystroke.
export function docStats(doc: Node): DocStats {
  const stats: DocStats = { ...EMPTY_STATS, bySpeaker: {} };
  let previous: { speakerId: string | null; start: number | null } | null = null;
  const credit = (next: number | null) => {
    if (!previous?.speakerId || previous.start === null || next === null || next < previous.start) return;
    stats.bySpeaker[previous.speakerId]!.seconds += next - previous.start;
  };
  forEachBlock(doc, (block) => {
    stats.blocks++;
    if (block.attrs['reviewed']) stats.reviewed++;
    if (needsAttention(block)) stats.needAttention++;
    const speakerId = block.attrs['speakerId'] as string | null;
    const start = block.attrs['start'] as number | null;
    if (speakerId === null) stats.unassigned++;
    else (stats.bySpeaker[speakerId] ??= { blocks: 0, seconds: 0 }).blocks++;
    credit(start);
    previous = { speakerId, start };
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
