import { describe, expect, it } from 'vitest';
import { blockText } from '../../transcript.ts';
import { importWhisperX, looksLikeWhisperX } from './whisperx.ts';

describe('importWhisperX', () => {
  it('recognises the shape', () => {
    expect(looksLikeWhisperX({ segments: [] })).toBe(true);
    expect(looksLikeWhisperX({ segments: {} })).toBe(false);
    expect(looksLikeWhisperX([{ segments: [] }])).toBe(false);
  });

  it('keeps word timings, leaves untimed words plain, and speakerless segments unassigned', () => {
    const result = importWhisperX(
      {
        segments: [
          {
            start: 1,
            end: 3,
            text: ' In 1990.',
            speaker: 'SPEAKER_03',
            words: [{ word: 'In', start: 1, end: 1.2, score: 0.9, speaker: 'SPEAKER_03' }, { word: '1990.' }],
          },
          { start: 4, end: 5, text: ' Yes.' },
        ],
      },
      { source: 'a.json' },
    );
    expect(result).toEqual({
      ok: true,
      transcript: {
        meta: { source: 'a.json' },
        speakers: [{ id: 's1', name: 'Speaker 1', role: 'other' }],
        blocks: [
          {
            id: 'b1',
            speakerId: 's1',
            start: 1,
            estimated: false,
            spans: [{ text: 'In', time: { start: 1, end: 1.2 } }, { text: ' 1990.' }],
          },
          {
            id: 'b2',
            speakerId: null,
            start: 4,
            estimated: false,
            spans: [{ text: 'Yes.', time: { start: 4 } }],
          },
        ],
      },
    });
  });

  it('says which word or segment it cannot read', () => {
    expect(importWhisperX({ segments: [{ text: 'a' }, 5] })).toEqual({
      ok: false,
      message: 'This WhisperX file has a segment it cannot read at segments[1] (expected an object).',
    });
    expect(importWhisperX({ segments: [{ text: 'a', words: [{ word: 'a' }, { text: 'b' }] }] })).toEqual({
      ok: false,
      message:
        'This WhisperX file has a word it cannot read at segments[0].words[1] (expected "word" to be text).',
    });
    expect(importWhisperX({ segments: [{ start: 1 }] })).toEqual({
      ok: false,
      message: 'This WhisperX file has a segment it cannot read at segments[0] (expected "text" or "words").',
    });
  });

  it('reads a word written as a number', () => {
    const result = importWhisperX({
      segments: [{ text: ' 12 days', words: [{ word: 12 }, { word: 'days' }] }],
    });
    expect(result.ok && result.transcript.blocks.map(blockText)).toEqual(['12 days']);
  });
});
