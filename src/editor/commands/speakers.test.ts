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
import { getRoster } from '../blocks.ts';
import { docToTranscript } from '../convert.ts';
import { createEditorState } from '../state.ts';
import {
  addSpeaker,
  assignSpeaker,
  assignSpeakerAt,
  assignSpeakerNumber,
  renameSpeaker,
  setSpeakerRole,
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
});
