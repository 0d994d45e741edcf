import fc from 'fast-check';
import { Fragment, Slice } from 'prosemirror-model';
import { undo } from 'prosemirror-history';
import type { EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { describe, expect, it } from 'vitest';
import { posInBlock, run, withCursor } from '../../../tests/support/editorHarness.ts';
import { makeTranscript } from '../../../tests/support/transcripts.ts';
import type { Span } from '../../core/transcript.ts';
import { forEachBlock } from '../queries/blocks.ts';
import { takePastedTimes } from './clipboard.ts';
import { docToTranscript } from '../convert.ts';
import { nodes, schema } from '../schema.ts';
import { createEditorState } from '../state.ts';
import { parseWordTimes, timedRuns, type WordTimes } from './runs.ts';

/// "the cat sat on the mat", every word timed, in the first of three turns.
const WORDS = ['the ', 'cat ', 'sat ', 'on ', 'the ', 'mat'];

function timed(blocks = 3, timedBlocks = [0]): EditorState {
  const t = makeTranscript(blocks);
  for (const b of timedBlocks) {
    t.blocks[b]!.spans = WORDS.map((text, i) => ({
      text,
      time: { start: 10 * b + i, end: 10 * b + i + 0.5 },
    }));
  }
  return createEditorState(t);
}

function timedWords(state: EditorState, index: number): string[] {
  return docToTranscript(state.doc)
    .blocks[index]!.spans.filter((s: Span) => s.time)
    .map((s: Span) => `${s.text}@${s.time!.start}`);
}

/// What a view does on copy: the selection's content through every
/// plugin's `transformCopied`.
function copy(state: EditorState, from: number, to: number): Slice {
  const selected = withCursor(state, from, to);
  let slice = selected.selection.content();
  const view = { state: selected } as EditorView;
  for (const plugin of selected.plugins) {
    const transform = plugin.props.transformCopied;
    if (transform) slice = transform.call(plugin, slice, view);
  }
  return slice;
}

/// What a view does on paste: `transformPasted`, then the selection
/// replaced, marked as a paste.
function paste(state: EditorState, slice: Slice, at: number): EditorState {
  const target = withCursor(state, at);
  const ready = received(target, slice);
  return target.apply(target.tr.replaceSelection(ready).setMeta('paste', true).setMeta('uiEvent', 'paste'));
}

/// A slice as a view hands it to a paste or a drop: through every plugin's
/// `transformPasted`.
function received(state: EditorState, slice: Slice): Slice {
  const view = { state } as EditorView;
  for (const plugin of state.plugins) {
    const transform = plugin.props.transformPasted;
    if (transform) slice = transform.call(plugin, slice, view, false);
  }
  return slice;
}

describe('word times through the clipboard', () => {
  it('come with words pasted into an untimed turn, and go with undo', () => {
    const state = timed();
    const slice = copy(state, posInBlock(state, 0, 4), posInBlock(state, 0, 15)); // "cat sat on "
    const pasted = paste(state, slice, posInBlock(state, 1, 6)); // "block |1 says hello"
    expect(
      docToTranscript(pasted.doc)
        .blocks[1]!.spans.map((s) => s.text)
        .join(''),
    ).toBe('block cat sat on 1 says hello');
    expect(timedWords(pasted, 1)).toEqual(['cat @1', 'sat @2', 'on @3']);
    // The copied turn keeps its own.
    expect(timedWords(pasted, 0)).toEqual(timedWords(state, 0));
    expect(run(pasted, undo).doc.eq(state.doc)).toBe(true);
  });

  it('keep the times of the turn pasted into, on both sides of the paste', () => {
    const state = timed(3, [0, 1]);
    const slice = copy(state, posInBlock(state, 0, 8), posInBlock(state, 0, 11)); // "sat"
    const pasted = paste(state, slice, posInBlock(state, 1, 8)); // "the cat |sat on the mat"
    expect(timedWords(pasted, 1)).toEqual([
      'the @10',
      'cat @11',
      'sat@2',
      'sat @12',
      'on @13',
      'the @14',
      'mat@15',
    ]);
  });

  it('come with text copied across turns and pasted inside another turn', () => {
    const state = timed(3, [0, 1]);
    // From "on " in the first turn to "the cat" in the second.
    const slice = copy(state, posInBlock(state, 0, 12), posInBlock(state, 1, 7));
    const pasted = paste(state, slice, posInBlock(state, 2, 6)); // "block |2 says hello"
    const blocks = docToTranscript(pasted.doc).blocks;
    expect(blocks.map((b) => b.spans.map((s) => s.text).join(''))).toEqual([
      WORDS.join(''),
      WORDS.join(''),
      'block on the mat',
      'the cat2 says hello',
    ]);
    expect(timedWords(pasted, 2)).toEqual(['on @3', 'the @4', 'mat@5']);
    expect(timedWords(pasted, 3)).toEqual(['the @10', 'cat@11']);
  });

  it('move with a cut', () => {
    const state = timed();
    const from = posInBlock(state, 0, 0);
    const to = posInBlock(state, 0, 8); // "the cat "
    const slice = copy(state, from, to);
    const cut = state.apply(withCursor(state, from, to).tr.deleteSelection());
    const pasted = paste(cut, slice, posInBlock(cut, 2, 0));
    expect(timedWords(pasted, 0)).toEqual(['sat @2', 'on @3', 'the @4', 'mat@5']);
    expect(timedWords(pasted, 2)).toEqual(['the @0', 'cat @1']);
  });

  it('move with words dragged to another turn', () => {
    const state = timed();
    const from = posInBlock(state, 0, 4);
    const to = posInBlock(state, 0, 8); // "cat "
    // What a view does on a drop that moves: delete the dragged text, then
    // insert it where it was dropped, in one transaction.
    const dragged = withCursor(state, from, to);
    const slice = received(dragged, copy(state, from, to));
    const tr = dragged.tr.deleteSelection();
    const at = tr.mapping.map(posInBlock(state, 1, 0));
    const dropped = dragged.apply(tr.replaceRange(at, at, slice).setMeta('uiEvent', 'drop'));
    expect(timedWords(dropped, 0)).toEqual(['the @0', 'sat @2', 'on @3', 'the @4', 'mat@5']);
    expect(timedWords(dropped, 1)).toEqual(['cat @1']);
  });

  it('are refused from a clipboard that does not fit its text, and never kept as they came', () => {
    const block = (times: unknown, text = 'one two') =>
      nodes.block.create({ id: 'x', times }, schema.text(text));
    const sliceOf = (times: unknown) =>
      new Slice(Fragment.from(nodes.chunk.create(null, block(times))), 2, 2);
    for (const bad of [
      'nonsense',
      [0, 3, 1],
      [0, 99, 1, 2],
      [4, 7, 1, 2, 0, 3, 1, 2],
      [0, 3, -1, 2],
      [0, 3, Number.NaN, 2],
      [0.5, 3, 1, 2],
    ]) {
      const { slice, pasted } = takePastedTimes(sliceOf(bad));
      expect(pasted.runs, JSON.stringify(bad)).toEqual([]);
      expect(slice.content.firstChild!.firstChild!.attrs['times']).toBeNull();
    }
    const { slice, pasted } = takePastedTimes(sliceOf([0, 3, 1, 1.5, 4, 7, 2, -1]));
    expect(pasted).toEqual({
      text: 'one two',
      runs: [
        { from: 0, to: 3, start: 1, end: 1.5 },
        { from: 4, to: 7, start: 2, end: null },
      ],
    });
    expect(slice.content.firstChild!.firstChild!.attrs['times']).toBeNull();
  });

  it('are left off when the pasted text is not what was copied', () => {
    const state = timed();
    received(state, copy(state, posInBlock(state, 0, 4), posInBlock(state, 0, 8))); // "cat "
    // Another edit, not the paste, is what reaches the document.
    const typed = state.apply(state.tr.insertText('cat ', posInBlock(state, 1, 0)));
    expect(timedWords(typed, 1)).toEqual([]);
  });

  it('never give a word a time that is not its own, wherever text is copied from and pasted to (property)', () => {
    // Three timed turns; word i of turn b starts at 10b + i, so a time names its word.
    const wordAt = new Map([0, 1, 2].flatMap((b) => WORDS.map((w, i) => [10 * b + i, w] as const)));
    const offset = fc.nat(WORDS.join('').length);
    fc.assert(
      fc.property(
        fc.record({ fromBlock: fc.nat(2), from: offset, toBlock: fc.nat(2), to: offset }),
        fc.record({ block: fc.nat(2), at: offset }),
        (range, target) => {
          const state = timed(3, [0, 1, 2]);
          let a = posInBlock(state, range.fromBlock, range.from);
          let b = posInBlock(state, range.toBlock, range.to);
          if (a > b) [a, b] = [b, a];
          if (a === b) return;
          const at = posInBlock(state, target.block, target.at);
          const pasted = paste(state, copy(state, a, b), at);
          const after = docToTranscript(pasted.doc)
            .blocks.flatMap((bl) => bl.spans)
            .filter((sp) => sp.time);
          for (const span of after) {
            // A timed piece of text is its word, or a piece of it.
            expect(
              wordAt.get(span.time!.start)!.includes(span.text),
              `${span.text}@${span.time!.start}`,
            ).toBe(true);
          }
          // Runs stay in order, apart, inside their block's text.
          forEachBlock(pasted.doc, (block) => {
            const times = block.attrs['times'] as WordTimes | null;
            expect(parseWordTimes(times, block.content.size)).toEqual(times);
          });
          // Every word copied whole is timed twice: where it was, and where it went
          // (unless the paste landed inside it where it was).
          const starts = after.map((sp) => sp.time!.start);
          forEachBlock(state.doc, (block, pos) => {
            for (const run of timedRuns(block.attrs['times'] as WordTimes | null)) {
              // The word the paste lands inside is cut in two, and loses its time.
              const landedIn = pos + 1 + run.from < at && at < pos + 1 + run.to;
              if (a <= pos + 1 + run.from && pos + 1 + run.to <= b && !landedIn) {
                expect(starts.filter((t) => t === run.start).length, `${run.start}`).toBeGreaterThanOrEqual(
                  2,
                );
              }
            }
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
