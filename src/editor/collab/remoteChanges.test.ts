import { TextSelection } from 'prosemirror-state';
import { ySyncPluginKey } from 'y-prosemirror';
import { describe, expect, it } from 'vitest';
import { posInBlock, blockTexts } from '../../../tests/support/editorHarness.ts';
import { settle, sharedState, SimEditor } from '../../../tests/support/collabHarness.ts';
import { makeTranscript } from '../../../tests/support/transcripts.ts';
import { splitBlock } from '../commands/splitBlock.ts';
import { transcriptToDoc } from '../convert.ts';
import { CHUNK_MAX, CHUNK_SIZE } from '../schema.ts';
import { withTimesFingerprints } from './timesRepair.ts';
import { narrowRemoteChange } from './narrow.ts';
import { isRemoteChange } from './origin.ts';
import { changedRanges } from '../changedRanges.ts';

function chunkSizes(editor: SimEditor): number[] {
  const sizes: number[] = [];
  editor.state.doc.forEach((child) => void (child.type.name === 'chunk' && sizes.push(child.childCount)));
  return sizes;
}

/// Splits block `index` of `editor` `times` times at its end, as Enter does.
function enters(editor: SimEditor, index: number, times: number): void {
  for (let i = 0; i < times; i++) {
    const pos = posInBlock(
      editor.state,
      index,
      editor.state.doc.resolve(posInBlock(editor.state, index)).parent.content.size,
    );
    editor.state = editor.state.apply(
      editor.state.tr.setSelection(TextSelection.create(editor.state.doc, pos)),
    );
    splitBlock(editor.state, (tr) => editor.apply(tr));
  }
}

describe('changes that arrive from the shared document', () => {
  it('are not acted on again: two editors growing one chunk at once do not both split it', () => {
    const t = makeTranscript(CHUNK_SIZE, { gapEvery: 7 });
    const initial = sharedState(withTimesFingerprints(transcriptToDoc(t)));
    const [a, b] = [new SimEditor(initial), new SimEditor(initial)];
    // Each grows the one chunk to CHUNK_MAX turns, together past it.
    const added = CHUNK_MAX - CHUNK_SIZE;
    const merged = CHUNK_SIZE + 2 * added;
    enters(a, 1, added);
    enters(b, CHUNK_SIZE - 2, added);
    expect(chunkSizes(a)).toEqual([CHUNK_MAX]);
    settle([a, b]);
    expect(a.appendedToRemote + b.appendedToRemote).toBe(0);
    // Merged, the chunk is past CHUNK_MAX: neither editor split it on
    // arrival (both would have, each moving copies of the same turns).
    expect(chunkSizes(a)).toEqual([merged]);
    expect(a.state.doc.eq(b.state.doc)).toBe(true);
    expect(blockTexts(a.state)).toHaveLength(merged);
    // The next local edit splits it, once, and everyone gets that split.
    a.apply(a.state.tr.insertText('!', posInBlock(a.state, 0, 1)));
    settle([a, b]);
    expect(chunkSizes(b).every((n) => n <= CHUNK_MAX)).toBe(true);
    expect(blockTexts(b.state)).toHaveLength(merged);
    expect(b.state.doc.eq(a.state.doc)).toBe(true);
  });

  it('leave times, gap statuses and chunks as the editor that made them wrote them', () => {
    const t = makeTranscript(120, { gapEvery: 3 });
    t.blocks[0]!.spans = ['the ', 'cat ', 'sat'].map((text, i) => ({
      text,
      time: { start: i, end: i + 0.5 },
    }));
    const initial = sharedState(withTimesFingerprints(transcriptToDoc(t)));
    const [a, b] = [new SimEditor(initial), new SimEditor(initial)];
    // Typing in a timed turn, over a gap (now corrected), and a split.
    a.apply(a.state.tr.insertText('big ', posInBlock(a.state, 0, 4)));
    const gapAt = a.state.doc.textBetween(0, a.state.doc.content.size).indexOf('[indiscernible]');
    expect(gapAt).toBeGreaterThan(0);
    const texts = blockTexts(a.state);
    const gapBlock = texts.findIndex((s) => s.includes('[indiscernible]'));
    const offset = texts[gapBlock]!.indexOf('[indiscernible]');
    a.apply(
      a.state.tr.insertText(
        'words',
        posInBlock(a.state, gapBlock, offset),
        posInBlock(a.state, gapBlock, offset + 15),
      ),
    );
    enters(a, 5, 1);
    settle([a, b]);
    expect(b.appendedToRemote).toBe(0);
    expect(b.state.doc.eq(a.state.doc)).toBe(true);
    expect(b.state.doc.eq(b.fromYjs())).toBe(true);
    expect(b.state.doc.toJSON()).toEqual(a.fromYjs().toJSON());
  });
});

describe('a change from the shared document, narrowed', () => {
  it('is one step over only the chunks that differ, with the same result and selection', () => {
    const t = makeTranscript(300);
    const initial = sharedState(withTimesFingerprints(transcriptToDoc(t)));
    const [a, b] = [new SimEditor(initial), new SimEditor(initial)];
    a.apply(a.state.tr.insertText('hello ', posInBlock(a.state, 120, 0)));
    // The binding's transaction: the whole document replaced, by the same
    // nodes but for the chunk that changed (the third; block 120 is in it).
    const content = b.state.doc.content.replaceChild(4, a.state.doc.child(4));
    const whole = b.state.tr
      .replaceWith(0, b.state.doc.content.size, content)
      .setMeta(ySyncPluginKey, { isChangeOrigin: true });
    const narrowed = narrowRemoteChange(b.state, whole);
    expect(narrowed.doc.eq(whole.doc)).toBe(true);
    expect(narrowed.steps).toHaveLength(1);
    const ranges = changedRanges([narrowed])!;
    expect(ranges).toEqual([
      [
        b.state.doc.child(0).nodeSize +
          b.state.doc.child(1).nodeSize +
          b.state.doc.child(2).nodeSize +
          b.state.doc.child(3).nodeSize,
        expect.any(Number),
      ],
    ]);
    expect(ranges[0]![1] - ranges[0]![0]).toBe(a.state.doc.child(4).nodeSize);
    expect(isRemoteChange(narrowed)).toBe(true);
    // A local transaction is left as it is.
    const local = b.state.tr.insertText('x', 5);
    expect(narrowRemoteChange(b.state, local)).toBe(local);
  });
});
