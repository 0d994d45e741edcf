import { describe, expect, it } from 'vitest';
import { makeTranscript } from '../../../tests/support/transcripts.ts';
import { posInBlock } from '../../../tests/support/editorHarness.ts';
import { createEditorState } from '../state.ts';
import { blockPosAtTime, docTimeline } from './timeline.ts';

describe('timeline', () => {
  it('gives one coloured segment per timed block and marks blocks with open gaps', () => {
    const t = makeTranscript(4, { gapEvery: 2 });
    t.blocks[3]!.speakerId = null;
    t.meta = { startClock: 330, endClock: 335 };
    const timeline = docTimeline(createEditorState(t).doc);
    expect(timeline.duration).toBe(300);
    expect(timeline.segments.map((s) => [s.start, s.end])).toEqual([
      [0, 60],
      [60, 120],
      [120, 180],
      [180, 300],
    ]);
    expect(timeline.segments[3]!.color).toBeNull();
    expect(timeline.segments[0]!.color).not.toBe(timeline.segments[1]!.color);
    expect(timeline.gaps).toEqual([0, 120]);
  });

  it('finds the block speaking at a time', () => {
    const state = createEditorState(makeTranscript(4));
    expect(blockPosAtTime(state.doc, 130)).toBe(posInBlock(state, 2) - 1);
    expect(blockPosAtTime(state.doc, -5)).toBe(posInBlock(state, 0) - 1);
    expect(blockPosAtTime(state.doc, 9999)).toBe(posInBlock(state, 3) - 1);
  });
});
