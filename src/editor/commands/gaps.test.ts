import { describe, expect, it } from 'vitest';
import { makeTranscript } from '../../../tests/support/transcripts.ts';
import { posInBlock, run, runUndo, withCursor } from '../../../tests/support/editorHarness.ts';
import { docToTranscript } from '../convert.ts';
import { createEditorState } from '../state.ts';
import { docStats } from '../stats.ts';
import { findGaps, goToGap } from './gaps.ts';

const TAG = '[indiscernible]';

describe('gaps', () => {
  it('finds every gap in order', () => {
    const state = createEditorState(makeTranscript(6, { gapEvery: 2 }));
    const gaps = findGaps(state.doc);
    expect(gaps).toHaveLength(3);
    expect(gaps.every((g) => state.doc.textBetween(g.from, g.to) === TAG)).toBe(true);
  });

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
