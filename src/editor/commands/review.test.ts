import { describe, expect, it } from 'vitest';
import { makeTranscript } from '../../../tests/support/transcripts.ts';
import { blockAttrs, posInBlock, run, runUndo, withCursor } from '../../../tests/support/editorHarness.ts';
import { createEditorState } from '../state.ts';
import { reviewAndNext, toggleReviewed } from './review.ts';

describe('review', () => {
  it('marks the block reviewed and moves to the next block that needs attention', () => {
    const t = makeTranscript(4);
    t.blocks[1]!.reviewed = true;
    let state = withCursor(createEditorState(t), 4);
    state = run(state, reviewAndNext());
    expect(blockAttrs(state, 'reviewed')).toEqual([true, true, false, false]);
    // Block 1 is reviewed with a speaker and no gap: skipped.
    expect(state.selection.from).toBe(posInBlock(state, 2));
    state = run(state, reviewAndNext());
    state = run(state, reviewAndNext());
    expect(blockAttrs(state, 'reviewed')).toEqual([true, true, true, true]);
    state = runUndo(state);
    expect(blockAttrs(state, 'reviewed')).toEqual([true, true, true, false]);
  });

  it('toggles reviewed', () => {
    let state = withCursor(createEditorState(makeTranscript(2)), 4);
    state = run(state, toggleReviewed);
    expect(blockAttrs(state, 'reviewed')).toEqual([true, false]);
    state = run(state, toggleReviewed);
    expect(blockAttrs(state, 'reviewed')).toEqual([false, false]);
  });
});
