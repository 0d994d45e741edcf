import { describe, expect, it } from 'vitest';
import { makeTranscript } from '../../../tests/support/transcripts.ts';
import { blockAttrs, posInBlock, run, runUndo, withCursor } from '../../../tests/support/editorHarness.ts';
import { createEditorState } from '../state.ts';
import { docStats } from '../queries/stats.ts';
import { gapAtSelection } from '../queries/gapRanges.ts';
import { goToGap, toggleGapUnresolvable } from './gaps.ts';
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

describe('gap status', () => {
  it('marks the gap at the cursor unresolvable and back, as its own undo step', () => {
    let state = run(createEditorState(makeTranscript(2, { gapEvery: 1 })), goToGap(1));
    expect(gapAtSelection(state)?.status).toBe('open');
    state = run(state, toggleGapUnresolvable);
    expect(docStats(state.doc)).toMatchObject({ gapsOpen: 1, gapsUnresolvable: 1 });
    state = run(state, toggleGapUnresolvable);
    expect(docStats(state.doc)).toMatchObject({ gapsOpen: 2, gapsUnresolvable: 0 });
    state = run(state, toggleGapUnresolvable);
    state = runUndo(state);
    expect(docStats(state.doc).gapsUnresolvable).toBe(0);
  });

  it('typing over an unresolvable gap corrects it', () => {
    let state = run(createEditorState(makeTranscript(1, { gapEvery: 1 })), goToGap(1));
    state = run(state, toggleGapUnresolvable);
    state = state.apply(state.tr.insertText('found it', state.selection.from, state.selection.to));
    expect(docStats(state.doc)).toMatchObject({ gapsCorrected: 1, gapsUnresolvable: 0 });
    expect(toggleGapUnresolvable(state)).toBe(false);
  });
});
