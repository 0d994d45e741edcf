import { describe, expect, it } from 'vitest';
import type { Transcript } from '../core/transcript.ts';
import { makeTranscript } from '../../tests/support/transcripts.ts';
import { posInBlock, run, withCursor } from '../../tests/support/editorHarness.ts';
import { correctionLog, originalFromTranscript } from '../core/corrections/index.ts';
import { exportMarkdown } from '../core/export/markdown.ts';
import { turnWords } from '../core/export/spanText.ts';
import { exportPlainText } from '../core/export/text.ts';
import { importArchive } from '../core/import/captions/archive.ts';
import { goToGap } from './commands/gaps.ts';
import { docToTranscript, transcriptToDoc } from './convert.ts';
import { serializeDocument } from '../core/format/document.ts';
import { CHUNK_SIZE } from './schema.ts';
import { createEditorState } from './state.ts';

describe('transcript <-> document', () => {
  it('round-trips blocks, speakers, gaps, sounds and times', () => {
    const t: Transcript = {
      meta: { title: 'Inside Story', network: 'LINKTV', startClock: 330, timeZone: 'PDT' },
      speakers: [{ id: 's1', name: 'Sami', role: 'host', color: '#123456' }],
      blocks: [
        {
          id: 'b1',
          speakerId: 's1',
          start: 0,
          estimated: false,
          story: true,
          spans: [
            { text: '♪', sound: true },
            { text: ' welcome ' },
            { text: '[indiscernible]', gap: { tag: '[indiscernible]', status: 'open' } },
            { text: ' then ' },
            { text: 'appeared', time: { start: 60 } },
            { text: ' to say' },
          ],
        },
        {
          id: 'b2',
          speakerId: null,
          start: 61.5,
          estimated: true,
          reviewed: true,
          spans: [{ text: 'hi', time: { start: 61.5, end: 62 } }],
        },
      ],
    };
    expect(docToTranscript(transcriptToDoc(t))).toEqual(t);
  });

  it('keeps a minute anchor on its first word only', () => {
    const t = makeTranscript(1);
    t.blocks[0]!.spans = [{ text: 'start ' }, { text: 'appeared to express', time: { start: 60 } }];
    const back = docToTranscript(transcriptToDoc(t));
    expect(back.blocks[0]!.spans).toEqual([
      { text: 'start ' },
      { text: 'appeared', time: { start: 60 } },
      { text: ' to express' },
    ]);
  });

  it('groups blocks in chunks and keeps their order', () => {
    const t = makeTranscript(CHUNK_SIZE * 2 + 3);
    const doc = transcriptToDoc(t);
    expect(doc.childCount).toBe(2 + 3);
    expect(docToTranscript(doc).blocks.map((b) => b.id)).toEqual(t.blocks.map((b) => b.id));
  });

  it('gives an empty transcript one empty block to type in', () => {
    const doc = transcriptToDoc({ meta: {}, speakers: [], blocks: [] });
    expect(docToTranscript(doc).blocks).toHaveLength(1);
  });

  it('rebuilds only the blocks an edit touched, and prints the same file', () => {
    const state = createEditorState(makeTranscript(120));
    const before = docToTranscript(state.doc);
    const edited = state.apply(state.tr.insertText('!', 4));
    const after = docToTranscript(edited.doc);
    expect(after.blocks[0]).not.toBe(before.blocks[0]);
    expect(after.blocks.slice(1).every((b, i) => b === before.blocks[i + 1])).toBe(true);
    expect(serializeDocument(after, { trusted: true })).toBe(serializeDocument(after));
  });
});

/// A caption page whose second minute opens with a gap: the minute line's
/// anchor stands on the gap (issue 14, "Mark corrected text" split a word).
const GAP_AFTER_MINUTE = [
  'tv   Counterpoint  CIVICTV  March 12, 2024 7:30pm-7:42pm EDT',
  '7:30 pm',
  'good evening and welcome to the program. is it about the money?',
  '7:31 pm',
  '[indiscernible] they have. >> thank you.',
].join('\n');

describe('a gap typed over right after a minute line', () => {
  /// The app's steps: caret in the first turn, F8 selects the gap, type.
  function corrected(): { original: Transcript; edited: Transcript } {
    const original = importArchive(GAP_AFTER_MINUTE, { source: 'page.txt' });
    let state = createEditorState(original);
    state = withCursor(state, posInBlock(state, 0, 2));
    state = run(state, goToGap(1));
    for (const ch of 'it is a marginal factor') state = state.apply(state.tr.insertText(ch));
    return { original, edited: docToTranscript(state.doc) };
  }

  it('is one corrected span, with the minute anchor on it', () => {
    const { original, edited } = corrected();
    expect(original.blocks[0]!.spans[1]).toMatchObject({ text: '[indiscernible]', time: { start: 60 } });
    expect(edited.blocks[0]!.spans.slice(1)).toEqual([
      {
        text: 'it is a marginal factor',
        gap: { tag: '[indiscernible]', status: 'corrected' },
        time: { start: 60 },
      },
      { text: ' they have.' },
    ]);
  });

  it('exports with one correction note, and the log lists one gap', () => {
    const { original, edited } = corrected();
    const marked = 'it is a marginal factor [corrected: indiscernible] they have.';
    expect(exportPlainText(edited, { timestamps: 'none', gaps: 'mark' })).toContain(marked);
    expect(exportMarkdown(edited, { timestamps: 'none', gaps: 'mark' })).toContain(
      'it is a marginal factor \\[corrected: indiscernible\\] they have.',
    );
    // Word timings: the anchor stays on the first word of the correction.
    expect(turnWords(edited.blocks[0]!, 'mark').slice(12, 14)).toEqual([
      { text: 'it', start: 60 },
      { text: 'is' },
    ]);
    const log = correctionLog(originalFromTranscript(original).blocks, edited);
    expect(log[0]!.gaps).toEqual([
      { tag: '[indiscernible]', status: 'corrected', text: 'it is a marginal factor' },
    ]);
  });
});
