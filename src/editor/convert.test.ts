import { describe, expect, it } from 'vitest';
import type { Transcript } from '../core/transcript.ts';
import { makeTranscript } from '../../tests/support/transcripts.ts';
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
