import { describe, expect, it } from 'vitest';
import { makeTranscript } from '../../../tests/support/transcripts.ts';
import { createEditorState } from '../state.ts';
import { findGaps } from './gapRanges.ts';

const TAG = '[indiscernible]';

describe('gap ranges', () => {
  it('finds every gap in order', () => {
    const state = createEditorState(makeTranscript(6, { gapEvery: 2 }));
    const gaps = findGaps(state.doc);
    expect(gaps).toHaveLength(3);
    expect(gaps.every((g) => state.doc.textBetween(g.from, g.to) === TAG)).toBe(true);
  });
});
