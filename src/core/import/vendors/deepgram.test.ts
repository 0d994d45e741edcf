import { describe, expect, it } from 'vitest';
import { blockText } from '../../transcript.ts';
import { importDeepgram, looksLikeDeepgram } from './deepgram.ts';

const w = (word: string, start: number, speaker?: number) => ({
  word: word.toLowerCase().replace(/[^a-z]/g, ''),
  punctuated_word: word,
  start,
  end: start + 0.3,
  confidence: 0.9,
  ...(speaker === undefined ? {} : { speaker }),
});

const dg = (alternative: object, extra: object = {}) => ({
  results: { channels: [{ alternatives: [alternative] }], ...extra },
});

describe('importDeepgram', () => {
  it('recognises the shape', () => {
    expect(looksLikeDeepgram(dg({}))).toBe(true);
    expect(looksLikeDeepgram({ results: { utterances: [] } })).toBe(true);
    expect(looksLikeDeepgram({ results: { items: [] } })).toBe(false);
  });

  it('matches words to paragraphs by time when the word counts do not add up', () => {
    const result = importDeepgram(
      dg({
        words: [w('One.', 1, 0), w('Two.', 2, 0), w('Three.', 5, 1), w('Stray.', 20, 1)],
        paragraphs: {
          paragraphs: [
            { start: 1, end: 2.3, num_words: 3, speaker: 0 },
            { start: 5, end: 5.3, num_words: 3, speaker: 1 },
          ],
        },
      }),
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.transcript.blocks.map((b) => [b.speakerId, blockText(b)])).toEqual([
      ['s1', 'One. Two.'],
      ['s2', 'Three.'],
      [null, 'Stray.'],
    ]);
  });

  it('groups words by speaker without paragraphs, and by sentence without speakers', () => {
    const bySpeaker = importDeepgram(dg({ words: [w('A', 0, 2), w('b.', 1, 2), w('C', 2, 0)] }));
    expect(bySpeaker.ok && bySpeaker.transcript.blocks.map(blockText)).toEqual(['A b.', 'C']);
    expect(bySpeaker.ok && bySpeaker.transcript.speakers.map((s) => s.name)).toEqual([
      'Speaker 1',
      'Speaker 2',
    ]);
    const plain = importDeepgram(dg({ words: [w('A.', 0), w('B', 1)] }));
    expect(plain.ok && plain.transcript.blocks.map(blockText)).toEqual(['A.', 'B']);
  });

  it('falls back to the plain transcript, and names an unreadable word', () => {
    const text = importDeepgram(dg({ transcript: 'one two', words: [] }));
    expect(text.ok && text.transcript.blocks.map(blockText)).toEqual(['one two']);
    expect(importDeepgram(dg({ words: [w('a', 0), { start: 1 }] }))).toEqual({
      ok: false,
      message:
        'This Deepgram file has a word it cannot read at results.channels[0].alternatives[0].words[1] ' +
        '(expected "word" or "punctuated_word" to be text).',
    });
  });
});
