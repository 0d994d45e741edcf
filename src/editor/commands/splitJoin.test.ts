import { describe, expect, it } from 'vitest';
import { makeTranscript } from '../../../tests/support/transcripts.ts';
import {
  blockAttrs,
  blockTexts,
  posInBlock,
  run,
  runUndo,
  withCursor,
} from '../../../tests/support/editorHarness.ts';
import { docToTranscript } from '../convert.ts';
import { CHUNK_MAX, CHUNK_SIZE } from '../schema.ts';
import { createEditorState } from '../state.ts';
import { joinBackward, joinForward } from './joinBlocks.ts';
import { splitBlock } from './splitBlock.ts';

describe('splitBlock', () => {
  it('splits at the cursor, keeps the speaker and estimates the new time', () => {
    let state = createEditorState(makeTranscript(3));
    state = withCursor(state, posInBlock(state, 0, 'block 0 '.length));
    state = run(state, splitBlock);
    expect(blockTexts(state).slice(0, 3)).toEqual(['block 0 ', 'says hello', 'block 1 says hello']);
    expect(blockAttrs(state, 'speakerId').slice(0, 2)).toEqual(['s1', 's1']);
    const [first, second] = blockAttrs(state, 'start') as number[];
    expect(first).toBe(0);
    expect(second).toBeGreaterThan(0);
    expect(second).toBeLessThan(60);
    expect(blockAttrs(state, 'estimated')[1]).toBe(true);
    const ids = blockAttrs(state, 'id');
    expect(new Set(ids).size).toBe(ids.length);
    // The cursor is at the start of the new block, ready to keep typing.
    expect(state.selection.from).toBe(posInBlock(state, 1));
  });

  it('takes the exact time of a minute anchor that starts the new block', () => {
    const t = makeTranscript(2);
    t.blocks[0]!.spans = [{ text: 'before ' }, { text: 'after', time: { start: 42 } }];
    let state = createEditorState(t);
    state = withCursor(state, posInBlock(state, 0, 'before '.length));
    state = run(state, splitBlock);
    expect(blockAttrs(state, 'start').slice(0, 2)).toEqual([0, 42]);
    expect(blockAttrs(state, 'estimated')[1]).toBe(false);
  });

  it('is undone in one step, leaving text and times as they were', () => {
    const original = createEditorState(makeTranscript(3));
    let state = withCursor(original, posInBlock(original, 1, 3));
    state = run(state, splitBlock);
    state = runUndo(state);
    expect(docToTranscript(state.doc)).toEqual(docToTranscript(original.doc));
  });

  it('keeps chunks at most CHUNK_MAX blocks however many splits', () => {
    let state = createEditorState(makeTranscript(CHUNK_SIZE));
    for (let i = 0; i < CHUNK_MAX + 5; i++) {
      state = withCursor(state, posInBlock(state, 0, 5));
      state = run(state, splitBlock);
    }
    state.doc.forEach((chunk) => {
      if (chunk.type.name === 'chunk') expect(chunk.childCount).toBeLessThanOrEqual(CHUNK_MAX);
    });
    expect(blockTexts(state)).toHaveLength(CHUNK_SIZE + CHUNK_MAX + 5);
  });
});

describe('joinBackward / joinForward', () => {
  it('merges a block into the previous one at its start', () => {
    let state = createEditorState(makeTranscript(3));
    state = withCursor(state, posInBlock(state, 1));
    state = run(state, joinBackward);
    expect(blockTexts(state)).toEqual(['block 0 says helloblock 1 says hello', 'block 2 says hello']);
    expect(blockAttrs(state, 'speakerId')).toEqual(['s1', 's1']);
    expect(state.selection.from).toBe(posInBlock(state, 0, 'block 0 says hello'.length));
  });

  it('keeps the absorbed block exact start as a time anchor on its first word', () => {
    let state = createEditorState(makeTranscript(2));
    state = withCursor(state, posInBlock(state, 1));
    state = run(state, joinBackward);
    const spans = docToTranscript(state.doc).blocks[0]!.spans;
    expect(spans).toContainEqual({ text: 'block', time: { start: 60 } });
  });

  it('joins across a chunk boundary without merging more than the two blocks', () => {
    let state = createEditorState(makeTranscript(CHUNK_SIZE + 2));
    state = withCursor(state, posInBlock(state, CHUNK_SIZE));
    state = run(state, joinBackward);
    const texts = blockTexts(state);
    expect(texts).toHaveLength(CHUNK_SIZE + 1);
    expect(texts[CHUNK_SIZE - 1]).toBe(`block ${CHUNK_SIZE - 1} says helloblock ${CHUNK_SIZE} says hello`);
    expect(texts[CHUNK_SIZE]).toBe(`block ${CHUNK_SIZE + 1} says hello`);
    state = runUndo(state);
    expect(blockTexts(state)).toHaveLength(CHUNK_SIZE + 2);
  });

  it('does nothing at the very start of the document', () => {
    let state = createEditorState(makeTranscript(2));
    state = withCursor(state, posInBlock(state, 0));
    let dispatched = false;
    // Handled (so no other Backspace binding runs), but nothing changes.
    expect(joinBackward(state, () => (dispatched = true))).toBe(true);
    expect(dispatched).toBe(false);
  });

  it('Delete at the end of a block pulls in the next one', () => {
    let state = createEditorState(makeTranscript(2));
    state = withCursor(state, posInBlock(state, 0, 'block 0 says hello'.length));
    state = run(state, joinForward);
    expect(blockTexts(state)).toEqual(['block 0 says helloblock 1 says hello']);
  });

  it('leaves Backspace inside text to the default behaviour', () => {
    const state = createEditorState(makeTranscript(2));
    expect(joinBackward(withCursor(state, posInBlock(state, 0, 3)))).toBe(false);
  });
});
