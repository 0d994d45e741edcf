import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeTranscript } from '../../../tests/support/transcripts.ts';
import { posInBlock, run, runRedo, runUndo, withCursor } from '../../../tests/support/editorHarness.ts';
import type { EditorState } from 'prosemirror-state';
import type { Span } from '../../core/transcript.ts';
import { joinBackward } from '../commands/joinBlocks.ts';
import { splitBlock } from '../commands/splitBlock.ts';
import { docToTranscript } from '../convert.ts';
import { createEditorState } from '../state.ts';

/// "the cat sat on the mat", every word timed (the space after it too, as
/// speech-to-text importers write them).
const WORDS = ['the ', 'cat ', 'sat ', 'on ', 'the ', 'mat'];

function timed(): EditorState {
  const t = makeTranscript(2);
  t.blocks[0]!.spans = WORDS.map((text, i) => ({ text, time: { start: i, end: i + 0.5 } }));
  return createEditorState(t);
}

/// Each timed span of block `index` as "text@start".
function timedWords(state: EditorState, index = 0): string[] {
  return docToTranscript(state.doc)
    .blocks[index]!.spans.filter((s: Span) => s.time)
    .map((s: Span) => `${s.text}@${s.time!.start}`);
}

describe('word times through edits', () => {
  it('stay on their words when text is typed before, inside and after them', () => {
    let state = timed();
    state = state.apply(state.tr.insertText('so ', posInBlock(state, 0, 0)));
    expect(timedWords(state)).toEqual(['the @0', 'cat @1', 'sat @2', 'on @3', 'the @4', 'mat@5']);
    // Inside a word: the word, corrected, keeps its time.
    state = state.apply(state.tr.insertText('h', posInBlock(state, 0, 'so the c'.length)));
    expect(timedWords(state)[1]).toBe('chat @1');
    // Right after the last word: new text is not part of it.
    const end = posInBlock(
      state,
      0,
      state.doc.textBetween(posInBlock(state, 0), posInBlock(state, 1) - 2).length,
    );
    state = state.apply(state.tr.insertText('!', end));
    expect(timedWords(state).at(-1)).toBe('mat@5');
    expect(docToTranscript(state.doc).blocks[0]!.spans.at(-1)).toEqual({ text: '!' });
  });

  it('go with a deleted word, and come back with undo', () => {
    const original = timed();
    let state = original.apply(
      original.tr
        .delete(posInBlock(original, 0, 4), posInBlock(original, 0, 8))
        .setMeta('addToHistory', true),
    );
    expect(timedWords(state)).toEqual(['the @0', 'sat @2', 'on @3', 'the @4', 'mat@5']);
    state = runUndo(state);
    expect(docToTranscript(state.doc)).toEqual(docToTranscript(original.doc));
    state = runRedo(state);
    expect(timedWords(state)).toEqual(['the @0', 'sat @2', 'on @3', 'the @4', 'mat@5']);
  });

  it('move with their words when a block is split, and join back', () => {
    const original = timed();
    let state = withCursor(original, posInBlock(original, 0, 'the cat '.length));
    state = run(state, splitBlock);
    expect(timedWords(state, 0)).toEqual(['the @0', 'cat @1']);
    expect(timedWords(state, 1)).toEqual(['sat @2', 'on @3', 'the @4', 'mat@5']);
    // The new block starts at its first word's time.
    expect(docToTranscript(state.doc).blocks[1]!.start).toBe(2);
    state = withCursor(state, posInBlock(state, 1, 0));
    state = run(state, joinBackward);
    expect(timedWords(state)).toEqual(timedWords(original));
    state = runUndo(runUndo(state));
    expect(docToTranscript(state.doc)).toEqual(docToTranscript(original.doc));
  });

  it('come along when a deletion across turns joins an untimed turn and a timed one', () => {
    const t = makeTranscript(2);
    t.blocks[1]!.spans = WORDS.map((text, i) => ({ text, time: { start: i, end: i + 0.5 } }));
    const state = createEditorState(t);
    // From inside the untimed first turn to just after "the cat " of the second.
    const deleted = state.apply(state.tr.delete(posInBlock(state, 0, 5), posInBlock(state, 1, 8)));
    expect(deleted.doc.child(2).child(0).textContent).toBe('blocksat on the mat');
    expect(timedWords(deleted)).toEqual(['sat @2', 'on @3', 'the @4', 'mat@5']);
  });

  it('are untouched by a change of speaker', () => {
    const original = timed();
    const state = original.apply(
      original.tr.setNodeAttribute(posInBlock(original, 0) - 1, 'speakerId', 's2'),
    );
    expect(state.doc.child(2).child(0).attrs['times']).toBe(original.doc.child(2).child(0).attrs['times']);
  });

  it('follow their words through any typing and deleting, as a model of the text says', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ at: fc.nat(40), remove: fc.nat(5), text: fc.constantFrom('', 'x', 'new words ') }),
          { maxLength: 12 },
        ),
        (edits) => {
          // The model: each character and the word (index) it came from.
          // Typed text belongs to a word when typed inside it, or over
          // text of that word alone (a correction), as a mark would.
          let model = WORDS.flatMap((w, i) => [...w].map((ch) => ({ ch, word: i as number | null })));
          let state = timed();
          for (const edit of edits) {
            const at = Math.min(edit.at, model.length);
            const to = Math.min(at + edit.remove, model.length);
            const replaced = model.slice(at, to);
            const before = model[at - 1]?.word;
            const after = model[to]?.word;
            const word =
              to > at
                ? replaced.every((c) => c.word === replaced[0]!.word)
                  ? replaced[0]!.word
                  : null
                : before !== undefined && before === after
                  ? before
                  : null;
            model = [
              ...model.slice(0, at),
              ...[...edit.text].map((ch) => ({ ch, word })),
              ...model.slice(to),
            ];
            const from = posInBlock(state, 0, at);
            const end = posInBlock(state, 0, to);
            state = state.apply(
              edit.text ? state.tr.insertText(edit.text, from, end) : state.tr.delete(from, end),
            );
          }
          const expected = WORDS.flatMap((_w, i) => {
            const first = model.findIndex((c) => c.word === i);
            if (first < 0) return [];
            const last = model.findLastIndex((c) => c.word === i);
            return [
              `${model
                .slice(first, last + 1)
                .map((c) => c.ch)
                .join('')}@${i}`,
            ];
          });
          expect(timedWords(state)).toEqual(expected);
          expect(state.doc.child(2).child(0).textContent).toBe(model.map((c) => c.ch).join(''));
        },
      ),
    );
  });
});
