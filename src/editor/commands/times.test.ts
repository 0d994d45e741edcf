import { describe, expect, it } from 'vitest';
import { makeTranscript } from '../../../tests/support/transcripts.ts';
import { blockAttrs, posInBlock, run, runUndo, withCursor } from '../../../tests/support/editorHarness.ts';
import { getMeta } from '../queries/metaAndRoster.ts';
import { createEditorState } from '../state.ts';
import { updateMeta } from './meta.ts';
import { setBlockStart } from './times.ts';

describe('time commands', () => {
  it('sets a block start from the playhead, replacing an estimate, and warns when times go backwards', () => {
    const t = makeTranscript(3);
    t.blocks[1]!.estimated = true;
    let state = withCursor(createEditorState(t), posInBlock(createEditorState(t), 1, 2));
    let backwards: boolean | null = null;
    state = run(
      state,
      setBlockStart(75.25, (c) => (backwards = c.backwards)),
    );
    expect(blockAttrs(state, 'start')).toEqual([0, 75.3, 120]);
    expect(blockAttrs(state, 'estimated')).toEqual([false, false, false]);
    expect(backwards).toBe(false);
    state = run(
      state,
      setBlockStart(130, (c) => (backwards = c.backwards)),
    );
    expect(backwards).toBe(true);
    state = runUndo(runUndo(state));
    expect(blockAttrs(state, 'start')).toEqual([0, 60, 120]);
  });

  it('updates programme meta as one undo step', () => {
    let state = createEditorState(makeTranscript(1));
    state = run(state, updateMeta({ title: 'Renamed' }));
    expect(getMeta(state.doc).title).toBe('Renamed');
    expect(getMeta(runUndo(state).doc).title).toBe('Test programme');
  });
});
