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
      // Talk time: half a second a word (seven words in a turn with a gap, four without).
      bySpeaker: { s1: { blocks: 2, seconds: 7 }, s2: { blocks: 1, seconds: 2 } },
    });
  });

  it('counts speech only: never past the next turn, nor empty minutes, nor after the last turn', () => {
    const t = makeTranscript(3);
    t.blocks[0]!.spans = [{ text: Array.from({ length: 200 }, () => 'word').join(' ') }];
    // Word times end 20 s after the start, although the next turn starts 60 s later.
    t.blocks[1]!.spans = [{ text: 'timed words here', time: { start: 60, end: 80 } }];
    const { bySpeaker } = docStats(createEditorState(t).doc);
    // 200 words would take 100 s, but the next turn starts at 60 s; the last
    // turn (block 2 says hello) is four words.
    expect(bySpeaker['s1']!.seconds).toBe(60 + 2);
    expect(bySpeaker['s2']!.seconds).toBe(20);
  });
});
