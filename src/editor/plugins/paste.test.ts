import { Fragment, Slice } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { blockAttrs, blockTexts, posInBlock, withCursor } from '../../../tests/support/editorHarness.ts';
import { makeTranscript } from '../../../tests/support/transcripts.ts';
import { COPIED_BLOCK_ID, nodes, schema } from '../schema.ts';
import { createEditorState } from '../state.ts';
import { fitToCaret } from './paste.ts';

/// Two paragraphs as the clipboard parser makes them from a web page or a
/// word processor: blocks with no speaker and no time, open at both ends.
function paragraphs(...texts: string[]): Slice {
  return new Slice(Fragment.from(texts.map((t) => nodes.block.create(null, schema.text(t)))), 1, 1);
}

describe('pasting paragraphs into a turn', () => {
  const pasteAt = (block: number, offset: number, slice: Slice) => {
    const state = withCursor(createEditorState(makeTranscript(3)), 0);
    const at = withCursor(state, posInBlock(state, block, offset));
    return at.apply(at.tr.replaceSelection(fitToCaret(slice, at)));
  };

  it('follows the Enter rule: the new turn takes the caret speaker and an estimated time', () => {
    // "block 1 says hello", Jenny Town, 60 s; the caret after "block 1 ".
    const state = pasteAt(1, 8, paragraphs('first pasted.', 'second pasted.'));
    expect(blockTexts(state)).toEqual([
      'block 0 says hello',
      'block 1 first pasted.',
      'second pasted. says hello',
      'block 2 says hello',
    ]);
    expect(blockAttrs(state, 'speakerId')).toEqual(['s1', 's2', 's2', 's1']);
    expect(blockAttrs(state, 'start')[1]).toBe(60);
    expect(blockAttrs(state, 'estimated').slice(1, 3)).toEqual([false, true]);
    const estimate = blockAttrs(state, 'start')[2] as number;
    expect(estimate).toBeGreaterThan(60);
    expect(estimate).toBeLessThan(120);
  });

  it('never glues words: a space where pasted text meets a word', () => {
    // The caret inside "hello": "hel|lo".
    const state = pasteAt(1, 16, paragraphs('one', 'two'));
    expect(blockTexts(state).slice(1, 3)).toEqual(['block 1 says hel one', 'two lo']);
  });

  it('at the start of a turn the turn keeps its speaker for its own words', () => {
    const state = pasteAt(1, 0, paragraphs('deepening relationship here.', 'and more here.'));
    expect(blockTexts(state).slice(1, 3)).toEqual([
      'deepening relationship here.',
      'and more here. block 1 says hello',
    ]);
    expect(blockAttrs(state, 'speakerId').slice(1, 3)).toEqual(['s2', 's2']);
  });

  it('keeps the speakers and times of turns copied from the editor itself', () => {
    const copied = new Slice(
      Fragment.from([
        nodes.block.create({ id: COPIED_BLOCK_ID, speakerId: null, start: null }, schema.text('ours one')),
        nodes.block.create({ id: COPIED_BLOCK_ID, speakerId: 's1', start: 9 }, schema.text('ours two')),
      ]),
      1,
      1,
    );
    const state = pasteAt(2, 0, copied);
    // The unassigned one stays unassigned, and no space is added.
    expect(blockTexts(state).slice(2, 4)).toEqual(['ours one', 'ours twoblock 2 says hello']);
    expect(blockAttrs(state, 'speakerId').slice(2, 4)).toEqual(['s1', 's1']);
    expect(blockAttrs(state, 'start')[3]).toBe(9);
  });

  it('leaves a single pasted paragraph as it is', () => {
    const slice = new Slice(Fragment.from(schema.text('word')), 0, 0);
    const state = withCursor(createEditorState(makeTranscript(2)), 3);
    expect(fitToCaret(slice, state)).toBe(slice);
  });
});
