import { describe, expect, it } from 'vitest';
import { makeTranscript } from '../../../tests/support/transcripts.ts';
import { posInBlock, withCursor } from '../../../tests/support/editorHarness.ts';
import { createEditorState } from '../state.ts';
import { dismissSuspect, setSuspectOptions, suspectAt, suspectCount } from './suspects.ts';

const WORDS = new Set([
  'block',
  'says',
  'hello',
  'the',
  'space',
  'at',
  'a',
  'said',
  'hi',
  'then',
  'again',
  'he',
  'met',
  'him',
]);
const options = { isWord: (w: string) => WORDS.has(w) || /^\d+$/.test(w) };

function checked(texts: string[]) {
  const t = makeTranscript(texts.length);
  texts.forEach((text, i) => (t.blocks[i]!.spans = [{ text }]));
  const state = createEditorState(t);
  return state.apply(setSuspectOptions(state.tr, options));
}

describe('suspect marks', () => {
  it('marks doubled words once the word list is set, and re-checks only edited blocks', () => {
    let state = checked(['he met him at a space space', 'block says hello']);
    expect(suspectCount(state)).toBeGreaterThan(0);
    const before = suspectCount(state);
    // Fixing the doubled word removes its mark.
    const end = posInBlock(state, 0, 'he met him at a space space'.length);
    state = state.apply(state.tr.delete(end - ' space'.length, end));
    expect(suspectCount(state)).toBeLessThan(before);
  });

  it('dismisses the mark under the cursor and every mark of that word', () => {
    let state = checked(['goverment said hi', 'then goverment again']);
    const n = suspectCount(state);
    state = withCursor(state, posInBlock(state, 0, 2));
    expect(suspectAt(state)).not.toBeNull();
    let next = state;
    expect(dismissSuspect(state, (tr) => (next = state.apply(tr)))).toBe(true);
    expect(suspectCount(next)).toBeLessThan(n);
    expect(suspectAt(withCursor(next, posInBlock(next, 1, 7)))).toBeNull();
  });
});
