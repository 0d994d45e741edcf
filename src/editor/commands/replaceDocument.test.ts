import { describe, expect, it } from 'vitest';
import { makeTranscript } from '../../../tests/support/transcripts.ts';
import { run, runUndo } from '../../../tests/support/editorHarness.ts';
import { docToTranscript } from '../convert.ts';
import { createEditorState } from '../state.ts';
import { replaceDocument } from './replaceDocument.ts';

describe('replaceDocument', () => {
  it('swaps in another transcript, and undo brings the old one back', () => {
    const before = createEditorState(makeTranscript(3));
    const other = makeTranscript(120);
    other.speakers[0]!.name = 'Restored';
    let state = run(before, replaceDocument(other));
    expect(docToTranscript(state.doc)).toEqual(docToTranscript(createEditorState(other).doc));
    state = runUndo(state);
    expect(docToTranscript(state.doc)).toEqual(docToTranscript(before.doc));
  });
});
