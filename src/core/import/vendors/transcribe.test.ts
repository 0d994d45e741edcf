import { describe, expect, it } from 'vitest';
import { blockText } from '../../transcript.ts';
import { importTranscribe, looksLikeTranscribe } from './transcribe.ts';

const word = (content: string, start: string, end: string, extra: object = {}) => ({
  start_time: start,
  end_time: end,
  alternatives: [{ confidence: '0.9', content }],
  type: 'pronunciation',
  ...extra,
});
const punct = (content: string) => ({ alternatives: [{ confidence: '0.0', content }], type: 'punctuation' });

describe('importTranscribe', () => {
  it('recognises the shape', () => {
    expect(looksLikeTranscribe({ results: { items: [] } })).toBe(true);
    expect(looksLikeTranscribe({ results: { transcripts: [] } })).toBe(true);
    expect(looksLikeTranscribe({ results: { channels: [], items: [] } })).toBe(false);
    expect(looksLikeTranscribe({ items: [] })).toBe(false);
  });

  it('attaches punctuation to the word before it, even at a speaker change', () => {
    const result = importTranscribe({
      results: {
        speaker_labels: {
          speakers: 1,
          segments: [
            { speaker_label: 'spk_0', items: [{ start_time: '0.5', speaker_label: 'spk_0' }] },
            { speaker_label: 'spk_1', items: [{ start_time: '1.0', speaker_label: 'spk_1' }] },
          ],
        },
        items: [punct('¿'), word('Hola', '0.5', '0.9'), punct('.'), word('Sí', '1.0', '1.2'), punct('!')],
      },
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.transcript.blocks.map((b) => [b.speakerId, blockText(b)])).toEqual([
      [null, '¿'],
      ['s1', 'Hola.'],
      ['s2', 'Sí!'],
    ]);
    expect(result.transcript.speakers.map((s) => s.name)).toEqual(['Speaker 1', 'Speaker 2']);
  });

  it('leaves words of an empty label unassigned, and reads unreadable times as none', () => {
    const result = importTranscribe({
      results: {
        items: [word('a', '0.1', '0.2', { speaker_label: '' }), word('b', 'soon', '', { speaker_label: '' })],
      },
    });
    expect(result.ok && result.transcript.blocks).toEqual([
      {
        id: 'b1',
        speakerId: null,
        start: 0.1,
        estimated: false,
        spans: [{ text: 'a', time: { start: 0.1, end: 0.2 } }, { text: ' b' }],
      },
    ]);
  });

  it('falls back to the plain transcript, and refuses unfinished jobs', () => {
    const text = importTranscribe({
      status: 'COMPLETED',
      results: { transcripts: [{ transcript: 'One. Two.' }] },
    });
    expect(text.ok && text.transcript.blocks.map(blockText)).toEqual(['One.', 'Two.']);
    expect(importTranscribe({ status: 'FAILED', results: { transcripts: [] } })).toEqual({
      ok: false,
      message: 'This Amazon Transcribe file is a job that did not complete (status "FAILED").',
    });
    expect(importTranscribe({ results: { items: [{ type: 'pronunciation' }] } })).toEqual({
      ok: false,
      message:
        'This Amazon Transcribe file has an item it cannot read at results.items[0] (expected "alternatives" with a "content" text).',
    });
  });
});
