import { describe, expect, it } from 'vitest';
import { blockText, type Transcript } from '../../transcript.ts';
import { importDeepgram } from './deepgram.ts';

const w = (word: string, start?: number, speaker?: number) => ({
  word: word.toLowerCase().replace(/[^a-z]/g, ''),
  punctuated_word: word,
  ...(start === undefined ? {} : { start, end: start + 0.3 }),
  confidence: 0.9,
  ...(speaker === undefined ? {} : { speaker }),
});

const channel = (alternative: object) => ({ alternatives: [alternative] });

const dg = (channels: object[], extra: object = {}) => ({ results: { channels, ...extra } });

function imported(value: unknown): Transcript {
  const result = importDeepgram(value);
  if (!result.ok) throw new Error(result.message);
  return result.transcript;
}

/// Each block as "speaker name: text".
function turns(transcript: Transcript): string[] {
  const names = new Map(transcript.speakers.map((s) => [s.id, s.name]));
  return transcript.blocks.map(
    (b) => `${b.speakerId === null ? '-' : names.get(b.speakerId)}: ${blockText(b)}`,
  );
}

describe('importDeepgram with several channels', () => {
  it('merges the channels by start time, a speaker per channel', () => {
    const transcript = imported(
      dg([
        channel({ words: [w('Hello,', 0), w('Northwind.', 0.4), w('How', 3), w('can', 3.4), w('I', 4.2)] }),
        channel({ words: [w('Hi.', 1), w('Hm.', 3.4), w('help?', 5)] }),
      ]),
    );
    expect(turns(transcript)).toEqual([
      'Channel 1: Hello, Northwind.',
      'Channel 2: Hi.',
      'Channel 1: How can',
      // At the same time, the lower channel goes first.
      'Channel 2: Hm.',
      'Channel 1: I',
      'Channel 2: help?',
    ]);
    expect(transcript.blocks[1]).toMatchObject({ start: 1, spans: [{ text: 'Hi.', time: { start: 1 } }] });
  });

  it('names the voices of a diarized channel within it', () => {
    const transcript = imported(
      dg([
        channel({ words: [w('Support.', 0, 0), w('Yes?', 4, 0)] }),
        channel({ words: [w('Hello.', 1, 3), w('Hi.', 2, 1), w('Again.', 3, 3)] }),
      ]),
    );
    expect(turns(transcript)).toEqual([
      'Channel 1: Support.',
      'Channel 2 Speaker 1: Hello.',
      'Channel 2 Speaker 2: Hi.',
      'Channel 2 Speaker 1: Again.',
      'Channel 1: Yes?',
    ]);
  });

  it("starts a turn at each of a channel's paragraphs", () => {
    const paragraphs = {
      paragraphs: [
        { start: 0, end: 0.7, num_words: 2, speaker: 0 },
        { start: 2, end: 2.3, num_words: 1, speaker: 0 },
      ],
    };
    const transcript = imported(
      dg([
        channel({ words: [w('One', 0, 0), w('two.', 0.4, 0), w('Three.', 2, 0)], paragraphs }),
        channel({}),
      ]),
    );
    expect(turns(transcript)).toEqual(['Channel 1: One two.', 'Channel 1: Three.']);
  });

  it('keeps an untimed word after the word before it in its channel', () => {
    const transcript = imported(
      dg([channel({ words: [w('A', 0), w('b'), w('c', 5)] }), channel({ words: [w('X', 1), w('Y', 6)] })]),
    );
    expect(turns(transcript)).toEqual(['Channel 1: A b', 'Channel 2: X', 'Channel 1: c', 'Channel 2: Y']);
  });

  it('reads utterances by their channel when the channels have no words', () => {
    const transcript = imported(
      dg([channel({ words: [] }), channel({ words: [] })], {
        utterances: [
          { channel: 1, speaker: 0, start: 2, transcript: 'Second.', words: [] },
          { channel: 0, speaker: 0, start: 1, transcript: 'First.', words: [w('First.', 1, 0)] },
          { speaker: 0, start: 3, transcript: 'Nobody.', words: [] },
        ],
      }),
    );
    expect(turns(transcript)).toEqual(['Channel 1: First.', 'Channel 2: Second.', '-: Nobody.']);
    expect(transcript.blocks[1]).toMatchObject({
      start: 2,
      spans: [{ text: 'Second.', time: { start: 2 } }],
    });
  });

  it('falls back to the plain transcript of each channel', () => {
    const transcript = imported(
      dg([channel({ transcript: 'one. two', words: [] }), channel({ transcript: 'three', words: [] })]),
    );
    expect(turns(transcript)).toEqual(['Channel 1: one. two', 'Channel 2: three']);
  });

  it('names an unreadable word with its channel', () => {
    expect(importDeepgram(dg([channel({ words: [w('a', 0)] }), channel({ words: [{ start: 1 }] })]))).toEqual(
      {
        ok: false,
        message:
          'This Deepgram file has a word it cannot read at results.channels[1].alternatives[0].words[0] ' +
          '(expected "word" or "punctuated_word" to be text).',
      },
    );
  });

  it('reads a file with one channel as before: speakers numbered, no channel names', () => {
    const transcript = imported(dg([channel({ words: [w('A.', 0, 1), w('B.', 1, 0)] })]));
    expect(turns(transcript)).toEqual(['Speaker 1: A.', 'Speaker 2: B.']);
  });
});
