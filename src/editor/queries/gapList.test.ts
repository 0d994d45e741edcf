import { describe, expect, it } from 'vitest';
import { makeTranscript } from '../../../tests/support/transcripts.ts';
import { forEachBlock } from './blocks.ts';
import { createEditorState } from '../state.ts';
import { gapList } from './gapList.ts';

const TAG = '[indiscernible]';

describe('gap list', () => {
  it('lists every gap in order with its turn and the text either side', () => {
    const state = createEditorState(makeTranscript(6, { gapEvery: 2 }));
    const gaps = gapList(state.doc);
    expect(gaps.map((g) => [g.index, g.text, g.start, g.speakerId, g.status])).toEqual([
      [0, TAG, 0, 's1', 'open'],
      [1, TAG, 120, 's1', 'open'],
      [2, TAG, 240, 's1', 'open'],
    ]);
    expect(gaps[1]).toMatchObject({ tag: TAG, before: 'block 2 says hello ', after: ' and more' });
  });

  it('reads again the turn an edit changed, and only what it shows', () => {
    const state = createEditorState(makeTranscript(6, { gapEvery: 2 }));
    const before = gapList(state.doc);
    let third = -1;
    forEachBlock(state.doc, (block, pos) => {
      if (block.attrs['id'] === 'b3') third = pos + 1;
    });
    const edited = state.apply(state.tr.insertText('now ', third)).doc;
    const after = gapList(edited);
    expect(after[1]!.before).toBe('now block 2 says hello ');
    expect(after[0]).toEqual(before[0]);
    expect(after[2]).toEqual(before[2]);
  });
});
