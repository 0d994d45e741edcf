import { describe, expect, it } from 'vitest';
import { makeTranscript } from '../../../tests/support/transcripts.ts';
import { posInBlock, run, runUndo, withCursor } from '../../../tests/support/editorHarness.ts';
import { docToTranscript } from '../convert.ts';
import { createEditorState } from '../state.ts';
import { docStats } from '../queries/stats.ts';
import { findGaps } from '../queries/gapRanges.ts';
import { goToGap } from './gaps.ts';

const TAG = '[indiscernible]';

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

  it('typing over a selected gap corrects it and keeps the tag for the record', () => {
    let state = createEditorState(makeTranscript(2, { gapEvery: 2 }));
    state = run(state, goToGap(1));
    const { from, to } = state.selection;
    state = state.apply(state.tr.insertText('the americans', from, to));
    const spans = docToTranscript(state.doc).blocks[0]!.spans;
    expect(spans).toContainEqual({ text: 'the americans', gap: { tag: TAG, status: 'corrected' } });
    expect(docStats(state.doc)).toMatchObject({ gapsOpen: 0, gapsCorrected: 1 });
    state = runUndo(state);
    expect(docStats(state.doc)).toMatchObject({ gapsOpen: 1, gapsCorrected: 0 });
  });

  it('a correction grows as the user keeps typing at its end', () => {
    let state = createEditorState(makeTranscript(1, { gapEvery: 1 }));
    state = run(state, goToGap(1));
    const { from, to } = state.selection;
    state = state.apply(state.tr.insertText('t', from, to));
    // The typed text inherits the inclusive gap mark.
    state = state.apply(state.tr.insertText('he', from + 1));
    expect(docToTranscript(state.doc).blocks[0]!.spans).toContainEqual({
      text: 'the',
      gap: { tag: TAG, status: 'corrected' },
    });
  });

  it('restoring the tag text reopens the gap', () => {
    let state = createEditorState(makeTranscript(1, { gapEvery: 1 }));
    state = run(state, goToGap(1));
    const { from, to } = state.selection;
    state = state.apply(state.tr.insertText('x', from, to));
    state = state.apply(state.tr.insertText(TAG, from, from + 1));
    expect(docStats(state.doc).gapsOpen).toBe(1);
  });

  it('goToGap reports false when no gap is open', () => {
    const state = createEditorState(makeTranscript(2));
    expect(goToGap(1)(state)).toBe(false);
  });
});
