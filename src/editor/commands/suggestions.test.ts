import { describe, expect, it } from 'vitest';
import type { Suggestions } from '../../core/suggest/types.ts';
import { makeTranscript } from '../../../tests/support/transcripts.ts';
import { blockAttrs, blockTexts, run, runUndo } from '../../../tests/support/editorHarness.ts';
import { getRoster } from '../queries/metaAndRoster.ts';
import { docToTranscript } from '../convert.ts';
import { createEditorState } from '../state.ts';
import { acceptSuggestions } from './suggestions.ts';

function unassignedTranscript() {
  const t = makeTranscript(4);
  for (const b of t.blocks.slice(1)) b.speakerId = null;
  return t;
}

const suggestions: Suggestions = {
  candidates: [
    {
      key: 'andrei lankov',
      name: 'Andrei Lankov',
      role: 'guest',
      evidence: { blockId: 'b1', text: 'andrei lankov, director' },
    },
  ],
  turns: [
    { blockId: 'b2', speaker: { candidateKey: 'andrei lankov' }, reason: 'addressed', confidence: 'high' },
    { blockId: 'b3', speaker: { speakerId: 's1' }, reason: 'greeting', confidence: 'medium' },
    { blockId: 'b4', speaker: { candidateKey: 'andrei lankov' }, reason: 'addressed', confidence: 'high' },
  ],
  roles: [{ speakerId: 's2', role: 'reporter', reason: 'signs off' }],
};

describe('acceptSuggestions', () => {
  it('adds suggested people once, assigns every suggested block, one undo step', () => {
    const original = createEditorState(unassignedTranscript());
    let state = run(original, acceptSuggestions(suggestions, suggestions.turns, { roles: true }));
    const roster = getRoster(state.doc);
    expect(roster.map((s) => s.name)).toEqual(['Sami', 'Jenny Town', 'Andrei Lankov']);
    expect(roster[1]!.role).toBe('reporter');
    const andrei = roster[2]!.id;
    expect(blockAttrs(state, 'speakerId')).toEqual(['s1', andrei, 's1', andrei]);
    expect(blockTexts(state)).toEqual(blockTexts(original));
    state = runUndo(state);
    expect(docToTranscript(state.doc)).toEqual(docToTranscript(original.doc));
  });

  it('accepts one suggestion alone and leaves blocks that were assigned meanwhile', () => {
    const t = unassignedTranscript();
    t.blocks[2]!.speakerId = 's2';
    let state = createEditorState(t);
    state = run(state, acceptSuggestions(suggestions, [suggestions.turns[1]!, suggestions.turns[0]!]));
    expect(blockAttrs(state, 'speakerId').slice(1, 3)).toEqual([getRoster(state.doc)[2]!.id, 's2']);
    expect(acceptSuggestions(suggestions, [suggestions.turns[1]!])(state)).toBe(false);
  });
});
