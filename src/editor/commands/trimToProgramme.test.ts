import { describe, expect, it } from 'vitest';
import { makeTranscript } from '../../../tests/support/transcripts.ts';
import { blockTexts, run, runUndo } from '../../../tests/support/editorHarness.ts';
import { CHUNK_SIZE } from '../schema.ts';
import { createEditorState } from '../state.ts';
import { boundaryTurnsOf } from '../queries/boundaryTurns.ts';
import { trimToProgramme } from './trimToProgramme.ts';

describe('trim to programme', () => {
  it('removes the turns before and after the programme in one undo step', () => {
    const state = createEditorState(makeTranscript(10));
    const before = blockTexts(state);
    const trimmed = run(state, trimToProgramme(2, 7));
    expect(blockTexts(trimmed)).toEqual(before.slice(2, 7));
    expect(blockTexts(runUndo(trimmed))).toEqual(before);
  });

  it('cuts across chunks: whole chunks go whole, boundary chunks keep their inside turns', () => {
    const n = CHUNK_SIZE * 4;
    const state = createEditorState(makeTranscript(n));
    const before = blockTexts(state);
    for (const [first, end] of [
      [CHUNK_SIZE + 3, 3 * CHUNK_SIZE + 10],
      [CHUNK_SIZE, 3 * CHUNK_SIZE],
      [0, 2 * CHUNK_SIZE - 1],
      [2 * CHUNK_SIZE + 1, n],
      [n - 1, n],
    ] as const) {
      const trimmed = run(state, trimToProgramme(first, end));
      expect(blockTexts(trimmed)).toEqual(before.slice(first, end));
      trimmed.doc.forEach((node) => {
        if (node.type.name === 'chunk') expect(node.childCount).toBeGreaterThan(0);
      });
      trimmed.doc.check();
    }
  });

  it('does nothing when nothing or everything would go', () => {
    const state = createEditorState(makeTranscript(5));
    expect(trimToProgramme(0, 5)(state)).toBe(false);
    expect(trimToProgramme(3, 3)(state)).toBe(false);
    expect(trimToProgramme(4, 2)(state)).toBe(false);
    expect(trimToProgramme(0, 9)(state)).toBe(false);
  });

  it('reads the turns as boundary detection wants them', () => {
    const turns = boundaryTurnsOf(createEditorState(makeTranscript(3)).doc);
    expect(turns).toHaveLength(3);
    expect(turns[0]).toEqual({ text: expect.stringContaining('block 0'), start: 0 });
  });
});
