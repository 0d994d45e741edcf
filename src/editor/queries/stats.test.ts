import { describe, expect, it } from 'vitest';
import { makeTranscript } from '../../../tests/support/transcripts.ts';
import { createEditorState } from '../state.ts';
import { docStats } from './stats.ts';

describe('document stats', () => {
  it('counts blocks, unassigned blocks and gaps', () => {
    const t = makeTranscript(4, { gapEvery: 2 });
    t.blocks[3]!.speakerId = null;
    expect(docStats(createEditorState(t).doc)).toEqual({
      blocks: 4,
      reviewed: 0,
      needAttention: 4,
      unassigned: 1,
      gapsOpen: 2,
      gapsCorrected: 0,
      gapsUnresolvable: 0,
      // Talk time runs from a block's start to the next block's.
      bySpeaker: { s1: { blocks: 2, seconds: 120 }, s2: { blocks: 1, seconds: 60 } },
    });
  });
});
