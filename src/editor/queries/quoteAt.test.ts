import { describe, expect, it } from 'vitest';
import { makeTranscript } from '../../../tests/support/transcripts.ts';
import { blockAttrs, posInBlock, run, withCursor } from '../../../tests/support/editorHarness.ts';
import { joinBackward } from '../commands/joinBlocks.ts';
import { splitBlock } from '../commands/splitBlock.ts';
import { createEditorState } from '../state.ts';
import { quoteAt, quotePlace } from './quoteAt.ts';

const ARCHIVE = 'https://archive.org/details/LINKTV_20230919_123000_France_24';

function programme() {
  const t = makeTranscript(3);
  t.meta = { ...t.meta, title: 'France 24', network: 'LINKTV', date: '2023-09-19', timeZone: 'PDT' };
  t.meta.link = { address: ARCHIVE };
  return createEditorState(t);
}

describe('sourced quotes from the editor', () => {
  it('quotes the turn at the cursor with its clip, to where the next turn starts', () => {
    const state = withCursor(programme(), posInBlock(programme(), 1, 3));
    const quote = quoteAt(state)!;
    expect(quote.text).toBe(
      '“block 1 says hello” — Jenny Town, guest, France 24 (LINKTV), September 19, 2023, 5:31 am PDT. ' +
        `${ARCHIVE}/start/60/end/120`,
    );
    expect(quote.html).toContain(`<a href="${ARCHIVE}/start/60/end/120">`);
  });

  it('keeps link offsets right after a split and after the join that undoes it', () => {
    let state = programme();
    state = withCursor(state, posInBlock(state, 1, 'block 1 '.length));
    state = run(state, splitBlock);
    const splitAt = blockAttrs(state, 'start')[2] as number;
    expect(splitAt).toBeGreaterThan(60);
    expect(splitAt).toBeLessThan(120);
    const first = quotePlace(withCursor(state, posInBlock(state, 1, 1)))!;
    const second = quotePlace(withCursor(state, posInBlock(state, 2, 1)))!;
    expect([first.start, first.end]).toEqual([60, splitAt]);
    expect([second.start, second.end]).toEqual([splitAt, 120]);
    expect(quoteAt(withCursor(state, posInBlock(state, 2, 1)))!.text).toContain(
      `${ARCHIVE}/start/${Math.floor(splitAt)}/end/120`,
    );

    state = withCursor(state, posInBlock(state, 2, 0));
    state = run(state, joinBackward);
    const joined = quotePlace(withCursor(state, posInBlock(state, 1, 1)))!;
    expect([joined.start, joined.end]).toEqual([60, 120]);
    // Joining turns 0 and 1: the quote of the joined turn runs to turn 2's start.
    state = withCursor(state, posInBlock(state, 1, 0));
    state = run(state, joinBackward);
    expect(quotePlace(withCursor(state, posInBlock(state, 0, 1)))).toMatchObject({ start: 0, end: 120 });
  });

  it('quotes the selected words, from word times where the turn has them', () => {
    const t = makeTranscript(2);
    t.meta.link = { address: ARCHIVE, offset: 30 };
    t.blocks[0]!.spans = [
      { text: 'one ', time: { start: 1, end: 1.5 } },
      { text: 'two ', time: { start: 2, end: 2.5 } },
      { text: 'three', time: { start: 3, end: 3.8 } },
    ];
    const state = createEditorState(t);
    const from = posInBlock(state, 0, 'one '.length);
    const selected = withCursor(state, from, from + 'two three'.length);
    expect(quotePlace(selected)).toMatchObject({ words: 'two three', start: 2, end: 3.8 });
    expect(quoteAt(selected)!.text).toContain(`${ARCHIVE}/start/32/end/34`);
  });

  it('has no link without a source, and nothing to quote in an empty turn', () => {
    const t = makeTranscript(2);
    t.blocks[1]!.spans = [];
    const state = createEditorState(t);
    expect(quoteAt(withCursor(state, posInBlock(state, 0, 1)))!.text).not.toContain('http');
    expect(quoteAt(withCursor(state, posInBlock(state, 1, 0)))).toBeNull();
  });
});
