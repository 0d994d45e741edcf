import { describe, expect, it } from 'vitest';
import { makeTranscript } from '../../../tests/support/transcripts.ts';
import { posInBlock } from '../../../tests/support/editorHarness.ts';
import { createEditorState } from '../state.ts';
import { blockAt, timedBlocks } from './timedBlocks.ts';

describe('playback lookups', () => {
  it('finds the block speaking at a time', () => {
    const state = createEditorState(makeTranscript(5));
    const starts = timedBlocks(state.doc);
    expect(timedBlocks(state.doc)).toBe(starts);
    expect(blockAt(starts, 125)?.pos).toBe(posInBlock(state, 2) - 1);
    expect(blockAt(starts, -1)).toBeNull();
    expect(blockAt(starts, 1e6)?.pos).toBe(posInBlock(state, 4) - 1);
  });
});
