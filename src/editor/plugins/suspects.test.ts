import { describe, expect, it } from 'vitest';
import { makeTranscript } from '../../../tests/support/transcripts.ts';
import { posInBlock, withCursor } from '../../../tests/support/editorHarness.ts';
import { createEditorState } from '../state.ts';
import type { EditorView } from 'prosemirror-view';
import { SuspectChecker } from './suspectChecker.ts';
import {
  dismissSuspect,
  refreshSuspects,
  setSuspectOptions,
  suspectAt,
  suspectCount,
  suspectsKey,
  suspectsPending,
} from './suspects.ts';

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

  it('leaves a large change to idle time, then marks every block at once', () => {
    const texts = Array.from({ length: 450 }, (_, i) => (i % 3 ? 'block says hello' : `goverment ${i}`));
    const state = checked(texts);
    expect(suspectsPending(state)).toBe(true);
    expect(suspectCount(state)).toBe(0);
    // Typing while blocks wait is marked at once.
    const typed = state.apply(state.tr.insertText(' space space', posInBlock(state, 1, 5)));
    expect(suspectCount(typed)).toBe(1);
    const refreshed = typed.apply(refreshSuspects(typed.tr));
    expect(suspectsPending(refreshed)).toBe(false);
    expect(suspectCount(refreshed)).toBe(151);
  });

  it('the idle checker works through waiting blocks in slices, then refreshes', async () => {
    const texts = Array.from({ length: 450 }, (_, i) => (i % 3 ? 'block says hello' : `goverment ${i}`));
    let state = checked(texts);
    const view = {
      get state() {
        return state;
      },
      dispatch: (tr: Parameters<typeof state.apply>[0]) => (state = state.apply(tr)),
    } as unknown as EditorView;
    const checker = new SuspectChecker(view, {
      pending: (s) => (suspectsKey.getState(s)?.pending ? options : null),
      refresh: refreshSuspects,
    });
    await expect.poll(() => suspectsPending(state), { timeout: 5000 }).toBe(false);
    expect(suspectCount(state)).toBe(150);
    checker.destroy();
  });
});
