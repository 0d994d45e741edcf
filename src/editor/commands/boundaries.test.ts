import { describe, expect, it } from 'vitest';
import { makeTranscript } from '../../../tests/support/transcripts.ts';
import { blockAttrs, posInBlock, run, runUndo, withCursor } from '../../../tests/support/editorHarness.ts';
import { docToTranscript } from '../convert.ts';
import { programmeBoundsKey } from '../plugins/programmeBounds.ts';
import { getMeta } from '../queries/metaAndRoster.ts';
import { docStats } from '../queries/stats.ts';
import { createEditorState } from '../state.ts';
import { moveBoundary, removeBoundary, trimOutsideProgramme } from './boundaries.ts';
import { splitBlock } from './splitBlock.ts';

function bounded() {
  const t = makeTranscript(6);
  t.meta.bounds = { start: { turn: 'b2', reason: 'sign-off' }, end: { turn: 'b6', reason: 'music' } };
  return createEditorState(t);
}

const outsideCount = (state: ReturnType<typeof bounded>) =>
  programmeBoundsKey
    .getState(state)!
    .find()
    .filter((d) => (d.spec as { key?: string }).key === undefined).length;

describe('programme boundaries in the editor', () => {
  it('dims the turns outside and leaves them out of the counts', () => {
    const state = bounded();
    expect(outsideCount(state)).toBe(2);
    const stats = docStats(state.doc);
    expect(stats.blocks).toBe(4);
    expect(stats.bySpeaker['s1']!.blocks + stats.bySpeaker['s2']!.blocks).toBe(4);
  });

  it('moves a line a turn at a time, never past the other, each one undo step', () => {
    let state = bounded();
    state = run(state, moveBoundary('start', 1));
    expect(getMeta(state.doc).bounds!.start).toEqual({ turn: 'b3', reason: 'user' });
    expect(outsideCount(state)).toBe(3);
    state = run(state, moveBoundary('end', -1));
    state = run(state, moveBoundary('end', -1));
    expect(getMeta(state.doc).bounds!.end!.turn).toBe('b4');
    expect(moveBoundary('end', -1)(state)).toBe(false);
    state = runUndo(state);
    expect(getMeta(state.doc).bounds!.end!.turn).toBe('b5');
    state = run(state, removeBoundary('start'));
    expect(getMeta(state.doc).bounds!.start).toBeUndefined();
    expect(docStats(state.doc).blocks).toBe(4);
  });

  it('keeps dimming right after a split outside the programme, without a walk per keystroke', () => {
    let state = bounded();
    state = withCursor(state, posInBlock(state, 0, 3));
    state = run(state, splitBlock);
    expect(blockAttrs(state, 'id')).toHaveLength(7);
    expect(outsideCount(state)).toBe(3);
  });

  it('trims to the programme in one undo step, lines and all', () => {
    const original = bounded();
    let state = run(original, trimOutsideProgramme);
    expect(blockAttrs(state, 'id')).toEqual(['b2', 'b3', 'b4', 'b5']);
    expect(getMeta(state.doc).bounds).toEqual({});
    expect(outsideCount(state)).toBe(0);
    state = runUndo(state);
    expect(docToTranscript(state.doc)).toEqual(docToTranscript(original.doc));
  });
});
