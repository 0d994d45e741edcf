import { describe, expect, it } from 'vitest';
import { makeTranscript } from '../../../tests/support/transcripts.ts';
import { posInBlock, run, runUndo, withCursor } from '../../../tests/support/editorHarness.ts';
import { createEditorState } from '../state.ts';
import { docStats } from '../queries/stats.ts';
import { findGaps, gapAtSelection } from '../queries/gapRanges.ts';
import { goToGap, toggleGapUnresolvable } from './gaps.ts';

describe('gaps', () => {
  it('next and previous gap select the gap and wrap around', () => {
    let state = createEditorState(makeTranscript(6, { gapEvery: 2 }));
    const gaps = findGaps(state.doc);
    state = withCursor(state, posInBlock(state, 1));
    state = run(state, goToGap(1));
    expect([state.selection.from, state.selection.to]).toEqual([gaps[1]!.from, gaps[1]!.to]);
    state = run(state, goToGap(1));
    state = run(state, goToGap(1));
    expect(state.selection.from).toBe(gaps[0]!.from);
    state = run(state, goToGap(-1));
    expect(state.selection.from).toBe(gaps[2]!.from);
  });

  it('goToGap reports false when no gap is open', () => {
    const state = createEditorState(makeTranscript(2));
    expect(goToGap(1)(state)).toBe(false);
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
