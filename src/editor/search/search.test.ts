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
import { createEditorState } from '../state.ts';
import { findNext, replaceCurrent } from './commands.ts';
import { replaceAll } from './replaceAll.ts';
import { searchHits, setSearchQuery } from './plugin.ts';
import type { SearchQuery } from './query.ts';

const query = (text: string, extra: Partial<SearchQuery> = {}): SearchQuery => ({
  text,
  regex: false,
  caseSensitive: false,
  speakerId: null,
  ...extra,
});

function searched(n: number, q: SearchQuery, gapEvery?: number) {
  const state = createEditorState(makeTranscript(n, gapEvery ? { gapEvery } : {}));
  return state.apply(setSearchQuery(state.tr, q));
}

describe('search', () => {
  it('finds every match, case-insensitively by default, or case-sensitively', () => {
    expect(searchHits(searched(4, query('HELLO')))).toHaveLength(4);
    expect(searchHits(searched(4, query('HELLO', { caseSensitive: true })))).toHaveLength(0);
  });

  it('matches regular expressions, escapes plain text, ignores bad patterns', () => {
    expect(searchHits(searched(12, query('block 1\\d', { regex: true })))).toHaveLength(2);
    expect(searchHits(searched(3, query('block (1)')))).toHaveLength(0);
    expect(searchHits(searched(3, query('(', { regex: true })))).toHaveLength(0);
  });

  it('limits to one speaker', () => {
    expect(searchHits(searched(6, query('hello', { speakerId: 's2' })))).toHaveLength(3);
  });

  it('keeps matches current through edits, searching again only what changed', () => {
    let state = searched(3, query('hello'));
    state = state.apply(state.tr.insertText(' hello', posInBlock(state, 1, 'block 1 says hello'.length)));
    expect(searchHits(state)).toHaveLength(4);
    const [first] = searchHits(state);
    state = state.apply(state.tr.delete(first!.from, first!.to));
    expect(searchHits(state)).toHaveLength(3);
  });

  it('next and previous select matches and wrap', () => {
    let state = withCursor(searched(3, query('says')), posInBlock(searched(3, query('says')), 1, 0));
    state = run(state, findNext(1));
    expect(state.doc.textBetween(state.selection.from, state.selection.to)).toBe('says');
    expect(state.selection.from).toBe(posInBlock(state, 1, 'block 1 '.length));
    state = run(state, findNext(1));
    state = run(state, findNext(1));
    expect(state.selection.from).toBe(posInBlock(state, 0, 'block 0 '.length));
    state = run(state, findNext(-1));
    expect(state.selection.from).toBe(posInBlock(state, 2, 'block 2 '.length));
  });

  it('replaces the current match and moves on', () => {
    let state = run(searched(2, query('hello')), findNext(1));
    state = run(state, replaceCurrent('hi'));
    expect(blockTexts(state)).toEqual(['block 0 says hi', 'block 1 says hello']);
  });

  it('replaces all in one undo step, with regex groups, never inside gaps, speakers and times untouched', () => {
    const original = searched(4, query('(\\w+) says', { regex: true }), 2);
    let replaced = -1;
    let skipped = -1;
    let state = run(
      original,
      replaceAll('$1 said', (r, s) => ((replaced = r), (skipped = s))),
    );
    expect(replaced).toBe(4);
    expect(skipped).toBe(0);
    expect(blockTexts(state)[1]).toBe('block 1 said hello');
    expect(blockAttrs(state, 'speakerId')).toEqual(blockAttrs(original, 'speakerId'));
    expect(blockAttrs(state, 'start')).toEqual(blockAttrs(original, 'start'));
    state = runUndo(state);
    expect(docToTranscript(state.doc)).toEqual(docToTranscript(original.doc));

    const gaps = searched(2, query('indiscernible'), 1);
    let inGaps = -1;
    let changed = false;
    replaceAll('x', (_r, s) => (inGaps = s))(gaps, () => (changed = true));
    expect(inGaps).toBe(2);
    expect(changed).toBe(false);
  });

  it('replaces every match of a block with word timings kept, the replacement taking the word it replaces', () => {
    const transcript = makeTranscript(1);
    transcript.blocks[0]!.spans = [
      { text: 'the ', time: { start: 1, end: 1.2 } },
      { text: 'cat ', time: { start: 1.2, end: 1.5 } },
      { text: 'saw ', time: { start: 1.5, end: 1.8 } },
      { text: 'the', gap: { tag: 'the', status: 'open' } },
      { text: ' ' },
      { text: 'the ', time: { start: 2, end: 2.2 } },
      { text: 'dog', time: { start: 2.2, end: 2.5 } },
    ];
    let state = createEditorState(transcript);
    state = state.apply(setSearchQuery(state.tr, query('the')));
    let counts: [number, number] = [-1, -1];
    state = run(
      state,
      replaceAll('a', (r, s) => (counts = [r, s])),
    );
    expect(counts).toEqual([2, 1]);
    expect(docToTranscript(state.doc).blocks[0]!.spans).toEqual([
      { text: 'a ', time: { start: 1, end: 1.2 } },
      { text: 'cat ', time: { start: 1.2, end: 1.5 } },
      { text: 'saw ', time: { start: 1.5, end: 1.8 } },
      { text: 'the', gap: { tag: 'the', status: 'open' } },
      { text: ' ' },
      { text: 'a ', time: { start: 2, end: 2.2 } },
      { text: 'dog', time: { start: 2.2, end: 2.5 } },
    ]);
    expect(searchHits(state)).toHaveLength(1);
  });

  it('replaces across many chunks, leaving blocks without a match the same nodes', () => {
    const original = searched(130, query('block 1', { caseSensitive: true }));
    const state = run(original, replaceAll('turn 1'));
    const texts = blockTexts(state);
    expect(texts.filter((t) => t.startsWith('turn 1'))).toHaveLength(41);
    expect(texts[129]).toBe('turn 129 says hello');
    expect(texts[2]).toBe('block 2 says hello');
    const untouched = (s: typeof state, i: number) => s.doc.child(2).child(i);
    expect(untouched(state, 2)).toBe(untouched(original, 2));
    expect(docToTranscript(runUndo(state).doc)).toEqual(docToTranscript(original.doc));
  });

  it('replaces a match that spans word timings, the replacement taking the marks they share', () => {
    const transcript = makeTranscript(1);
    transcript.blocks[0]!.spans = [
      { text: 'so th', time: { start: 1, end: 1.2 } },
      { text: 'e end', time: { start: 1.2, end: 1.5 } },
    ];
    let state = createEditorState(transcript);
    state = state.apply(setSearchQuery(state.tr, query('the')));
    state = run(state, replaceAll('a'));
    expect(docToTranscript(state.doc).blocks[0]!.spans).toEqual([
      { text: 'so ', time: { start: 1, end: 1.2 } },
      { text: 'a' },
      { text: ' end', time: { start: 1.2, end: 1.5 } },
    ]);
  });
});
