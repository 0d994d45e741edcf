import { describe, expect, it } from 'vitest';
import { makeTranscript } from '../../../tests/support/transcripts.ts';
import {
  blockAttrs,
  blockTexts,
  posInBlock,
  run,
  runRedo,
  runUndo,
  withCursor,
} from '../../../tests/support/editorHarness.ts';
import { countBlocksOf } from '../queries/countBlocksOf.ts';
import { getRoster } from '../queries/metaAndRoster.ts';
import { docToTranscript } from '../convert.ts';
import { createEditorState } from '../state.ts';
import { splitBlockTr } from './splitBlock.ts';
import {
  addSpeaker,
  assignSpeaker,
  assignSpeakerAt,
  assignSpeakerNumber,
  deleteSpeaker,
  goToUnassigned,
  assignAfterSplit,
  mergeSpeakers,
  renameSpeaker,
  sameSpeakerAsPrevious,
  setSpeakerRole,
  splitAndAssign,
} from './speakers.ts';

describe('speaker commands', () => {
  it('assigns the current block by roster number, undone in one step', () => {
    let state = createEditorState(makeTranscript(3));
    state = withCursor(state, posInBlock(state, 0, 2));
    state = run(state, assignSpeakerNumber(2));
    expect(blockAttrs(state, 'speakerId')).toEqual(['s2', 's2', 's1']);
    state = runUndo(state);
    expect(blockAttrs(state, 'speakerId')).toEqual(['s1', 's2', 's1']);
    state = runRedo(state);
    expect(blockAttrs(state, 'speakerId')).toEqual(['s2', 's2', 's1']);
  });

  it('assigns every block a selection touches at once', () => {
    let state = createEditorState(makeTranscript(4));
    state = withCursor(state, posInBlock(state, 0, 1), posInBlock(state, 2, 1));
    state = run(state, assignSpeaker(null));
    expect(blockAttrs(state, 'speakerId')).toEqual([null, null, null, 's2']);
    expect(runUndo(state).doc.eq(createEditorState(makeTranscript(4)).doc)).toBe(true);
  });

  it("keeps every other speaker's number after a merge or a delete", () => {
    const t = makeTranscript(3);
    t.speakers.push({ id: 's3', name: 'Third', role: 'guest' }, { id: 's4', name: 'Fourth', role: 'guest' });
    let state = withCursor(createEditorState(t), posInBlock(createEditorState(t), 0, 1));
    state = run(state, mergeSpeakers('s2', 's1'));
    state = run(state, assignSpeakerNumber(4));
    expect(blockAttrs(state, 'speakerId')[0]).toBe('s4');
    expect(assignSpeakerNumber(2)(state)).toBe(false);
    state = run(state, deleteSpeaker('s3'));
    expect(getRoster(state.doc).map((s) => [s.id, s.number])).toEqual([
      ['s1', 1],
      ['s4', 4],
    ]);
    // A new speaker takes the lowest free number.
    state = run(state, addSpeaker({ id: 's5', name: 'Fifth', role: 'other' }));
    state = run(state, assignSpeakerNumber(2));
    expect(blockAttrs(state, 'speakerId')[0]).toBe('s5');
  });

  it('refuses numbers and ids that are not in the roster', () => {
    const state = withCursor(createEditorState(makeTranscript(2)), 3);
    expect(assignSpeakerNumber(5)(state)).toBe(false);
    expect(assignSpeaker('nobody')(state)).toBe(false);
  });

  it('assigns one block by position without touching the selection', () => {
    let state = createEditorState(makeTranscript(3));
    const selection = state.selection.from;
    let blockPos = posInBlock(state, 2) - 1;
    state = run(state, assignSpeakerAt(blockPos, 's2'));
    expect(blockAttrs(state, 'speakerId')).toEqual(['s1', 's2', 's2']);
    expect(state.selection.from).toBe(selection);
    blockPos = 0; // not a block
    expect(assignSpeakerAt(blockPos, 's1')(state)).toBe(false);
  });

  it('renames once; every block keeps its id reference and text', () => {
    const original = createEditorState(makeTranscript(6));
    let state = run(original, renameSpeaker('s1', 'Sami Zeidan'));
    expect(getRoster(state.doc)[0]!.name).toBe('Sami Zeidan');
    expect(blockAttrs(state, 'speakerId')).toEqual(blockAttrs(original, 'speakerId'));
    expect(blockTexts(state)).toEqual(blockTexts(original));
    state = runUndo(state);
    expect(getRoster(state.doc)[0]!.name).toBe('Sami');
  });

  it('changes a role and adds a speaker assigned to a block in one step', () => {
    let state = createEditorState(makeTranscript(2));
    state = run(state, setSpeakerRole('s2', 'reporter'));
    expect(getRoster(state.doc)[1]!.role).toBe('reporter');
    const blockPos = posInBlock(state, 1) - 1;
    state = run(state, addSpeaker({ id: 's3', name: 'Andrei Lankov', role: 'guest' }, blockPos));
    expect(getRoster(state.doc).map((s) => s.name)).toEqual(['Sami', 'Jenny Town', 'Andrei Lankov']);
    expect(blockAttrs(state, 'speakerId')).toEqual(['s1', 's3']);
    state = runUndo(state);
    expect(getRoster(state.doc)).toHaveLength(2);
    expect(blockAttrs(state, 'speakerId')).toEqual(['s1', 's2']);
    expect(docToTranscript(state.doc).speakers[1]!.role).toBe('reporter');
  });

  it('refuses a duplicate speaker id', () => {
    const state = createEditorState(makeTranscript(1));
    expect(addSpeaker({ id: 's1', name: 'Again', role: 'guest' })(state)).toBe(false);
  });

  it('merges one speaker into another in one undo step, text and times untouched', () => {
    const original = createEditorState(makeTranscript(6));
    let state = run(original, mergeSpeakers('s2', 's1'));
    expect(getRoster(state.doc).map((s) => s.id)).toEqual(['s1']);
    expect(blockAttrs(state, 'speakerId')).toEqual(Array(6).fill('s1'));
    expect(blockTexts(state)).toEqual(blockTexts(original));
    expect(blockAttrs(state, 'start')).toEqual(blockAttrs(original, 'start'));
    state = runUndo(state);
    expect(docToTranscript(state.doc)).toEqual(docToTranscript(original.doc));
    expect(mergeSpeakers('s1', 's1')(original)).toBe(false);
    expect(mergeSpeakers('s1', 'nobody')(original)).toBe(false);
  });

  it('deletes a speaker: its blocks become unassigned, in one undo step', () => {
    const original = createEditorState(makeTranscript(4));
    expect(countBlocksOf(original, 's2')).toBe(2);
    let state = run(original, deleteSpeaker('s2'));
    expect(getRoster(state.doc).map((s) => s.id)).toEqual(['s1']);
    expect(blockAttrs(state, 'speakerId')).toEqual(['s1', null, 's1', null]);
    state = runUndo(state);
    expect(docToTranscript(state.doc)).toEqual(docToTranscript(original.doc));
  });

  it('splits and assigns the new part in one undo step', () => {
    const original = createEditorState(makeTranscript(2));
    let state = withCursor(original, posInBlock(original, 0, 'block 0 '.length));
    state = run(state, splitAndAssign('s2'));
    expect(blockTexts(state)).toEqual(['block 0 ', 'says hello', 'block 1 says hello']);
    expect(blockAttrs(state, 'speakerId')).toEqual(['s1', 's2', 's2']);
    expect(blockAttrs(state, 'estimated')).toEqual([false, true, false]);
    state = runUndo(state);
    expect(docToTranscript(state.doc)).toEqual(docToTranscript(original.doc));
  });

  it('joins a later assignment to the split it follows (Alt+Enter, then the picker)', () => {
    const original = createEditorState(makeTranscript(2));
    let state = withCursor(original, posInBlock(original, 0, 3));
    const split = splitBlockTr(state)!;
    state = state.apply(split);
    const blockPos = posInBlock(state, 1) - 1;
    state = run(
      state,
      assignAfterSplit(split, blockPos, { newSpeaker: { id: 's9', name: 'New', role: 'guest' } }),
    );
    expect(blockAttrs(state, 'speakerId')).toEqual(['s1', 's9', 's2']);
    expect(getRoster(state.doc).map((s) => s.id)).toEqual(['s1', 's2', 's9']);
    state = runUndo(state);
    expect(docToTranscript(state.doc)).toEqual(docToTranscript(original.doc));
  });

  it('copies the previous block speaker', () => {
    let state = createEditorState(makeTranscript(3));
    state = withCursor(state, posInBlock(state, 1, 2));
    state = run(state, sameSpeakerAsPrevious);
    expect(blockAttrs(state, 'speakerId')).toEqual(['s1', 's1', 's1']);
    expect(sameSpeakerAsPrevious(withCursor(state, posInBlock(state, 0)))).toBe(false);
  });

  it('moves to the next and previous unassigned block, wrapping around', () => {
    const t = makeTranscript(5);
    t.blocks[1]!.speakerId = null;
    t.blocks[3]!.speakerId = null;
    let state = withCursor(createEditorState(t), posInBlock(createEditorState(t), 0, 2));
    state = run(state, goToUnassigned(1));
    expect(state.selection.from).toBe(posInBlock(state, 1));
    state = run(state, goToUnassigned(1));
    expect(state.selection.from).toBe(posInBlock(state, 3));
    state = run(state, goToUnassigned(1));
    expect(state.selection.from).toBe(posInBlock(state, 1));
    state = run(state, goToUnassigned(-1));
    expect(state.selection.from).toBe(posInBlock(state, 3));
    expect(goToUnassigned(1)(createEditorState(makeTranscript(2)))).toBe(false);
  });
});
