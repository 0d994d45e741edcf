import { describe, expect, it } from 'vitest';
import { makeTranscript } from '../../../tests/support/transcripts.ts';
import { run, runUndo } from '../../../tests/support/editorHarness.ts';
import { goToGap } from '../commands/gaps.ts';
import { docToTranscript } from '../convert.ts';
import { docStats } from '../queries/stats.ts';
import { createEditorState } from '../state.ts';

const TAG = '[indiscernible]';

describe('gap status plugin', () => {
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
});
