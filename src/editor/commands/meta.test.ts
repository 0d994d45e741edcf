import { describe, expect, it } from 'vitest';
import { makeTranscript } from '../../../tests/support/transcripts.ts';
import { run, runUndo } from '../../../tests/support/editorHarness.ts';
import { getMeta } from '../queries/metaAndRoster.ts';
import { createEditorState } from '../state.ts';
import { setMetaField, updateMeta } from './meta.ts';

describe('programme details', () => {
  it('sets each field as its own undo step, and clears one', () => {
    let state = createEditorState(makeTranscript(2));
    state = run(state, setMetaField('title', 'Inside Story'));
    state = run(state, setMetaField('network', 'Al Jazeera'));
    state = run(state, setMetaField('startClock', undefined));
    expect(getMeta(state.doc)).toEqual({ title: 'Inside Story', network: 'Al Jazeera' });
    state = runUndo(state);
    expect(getMeta(state.doc)).toEqual({ title: 'Inside Story', network: 'Al Jazeera', startClock: 330 });
    state = runUndo(state);
    expect(getMeta(state.doc)).toEqual({ title: 'Inside Story', startClock: 330 });
    state = runUndo(state);
    expect(getMeta(state.doc)).toEqual({ title: 'Test programme', startClock: 330 });
  });

  it('changes several details as one step, and a change to the same value is no step', () => {
    let state = createEditorState(makeTranscript(2));
    let dispatched = 0;
    setMetaField('title', 'Test programme')(state, () => dispatched++);
    updateMeta({ startClock: 330 })(state, () => dispatched++);
    expect(dispatched).toBe(0);
    state = run(state, updateMeta({ media: { name: 'day.wav', offset: 12 }, startClock: undefined }));
    expect(getMeta(state.doc)).toEqual({ title: 'Test programme', media: { name: 'day.wav', offset: 12 } });
    state = runUndo(state);
    expect(getMeta(state.doc)).toEqual({ title: 'Test programme', startClock: 330 });
  });
});
