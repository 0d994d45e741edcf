import { describe, expect, it } from 'vitest';
import { makeTranscript } from '../../../tests/support/transcripts.ts';
import { posInBlock, run, withCursor } from '../../../tests/support/editorHarness.ts';
import { goToGap } from '../commands/gaps.ts';
import { reviewAndNext } from '../commands/review.ts';
import { createEditorState } from '../state.ts';
import { blockAtResolved } from './blocks.ts';
import { findGaps } from './gapRanges.ts';
import { gapList } from './gapList.ts';
import { programmeSpan } from './programmeSpan.ts';
import { docStats } from './stats.ts';
import { docTimeline } from './timeline.ts';

/// Eight turns, each with an open gap; the programme is turns 3 to 6 (b3
/// starts it, b7 is the first turn after it).
function programme(bounds = true) {
  const t = makeTranscript(8, { gapEvery: 1 });
  if (bounds)
    t.meta.bounds = { start: { turn: 'b3', reason: 'user' }, end: { turn: 'b7', reason: 'sign-off' } };
  return createEditorState(t);
}

const blockIndexAt = (state: ReturnType<typeof programme>) =>
  Number((blockAtResolved(state.selection.$from)!.node.attrs['id'] as string).slice(1)) - 1;

describe("the programme's span", () => {
  it('runs from the start line to the end line, or over the whole document without lines', () => {
    const state = programme();
    expect(programmeSpan(state.doc)).toEqual({
      from: posInBlock(state, 2) - 1,
      to: posInBlock(state, 6) - 1,
    });
    const open = programme(false);
    expect(programmeSpan(open.doc)).toEqual({ from: 0, to: open.doc.content.size });
  });

  it('next gap goes round the programme only, as its counts do', () => {
    let state = withCursor(programme(), posInBlock(programme(), 0));
    const visited: number[] = [];
    for (let i = 0; i < 5; i++) {
      state = run(state, goToGap(1));
      visited.push(blockIndexAt(state));
    }
    expect(visited).toEqual([2, 3, 4, 5, 2]);
    expect(docStats(state.doc).gapsOpen).toBe(4);
    state = run(state, goToGap(-1));
    expect(blockIndexAt(state)).toBe(5);
  });

  it('next turn to review skips the turns outside', () => {
    let state = withCursor(programme(), posInBlock(programme(), 5));
    state = run(state, reviewAndNext());
    expect(blockIndexAt(state)).toBe(2);
  });

  it('the gap list and the timeline show the programme’s gaps, with their places among all', () => {
    const state = programme();
    const list = gapList(state.doc);
    expect(list.map((g) => g.index)).toEqual([2, 3, 4, 5]);
    expect(findGaps(state.doc)).toHaveLength(8);
    expect(docTimeline(state.doc).gaps).toEqual([120, 180, 240, 300]);
    expect(docTimeline(programme(false).doc).gaps).toHaveLength(8);
  });
});
