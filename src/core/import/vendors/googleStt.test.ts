import { describe, expect, it } from 'vitest';
import { transcriptWords } from '../words.ts';
import { duration, importGoogleStt, looksLikeGoogleStt } from './googleStt.ts';

const word = (w: string, start: number, tag?: number) => ({
  word: w,
  startTime: `${start}s`,
  endTime: `${start + 0.4}s`,
  ...(tag === undefined ? {} : { speakerTag: tag }),
});

function opened(value: unknown) {
  const result = importGoogleStt(value);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('duration', () => {
  it('reads strings, {seconds, nanos} and numbers', () => {
    expect(duration('1.500s')).toBe(1.5);
    expect(duration('2s')).toBe(2);
    expect(duration({ seconds: '3', nanos: 250000000 })).toBe(3.25);
    expect(duration({ nanos: 100000000 })).toBe(0.1);
    expect(duration({})).toBe(0);
    expect(duration(4.5)).toBe(4.5);
    for (const bad of ['soon', '-1s', { seconds: 'x' }, null]) expect(duration(bad)).toBeUndefined();
  });
});

describe('looksLikeGoogleStt', () => {
  it('knows results with alternatives, wherever they are kept', () => {
    const results = [{ alternatives: [{ transcript: 'hi' }] }];
    expect(looksLikeGoogleStt({ results })).toBe(true);
    expect(looksLikeGoogleStt({ response: { results } })).toBe(true);
    expect(looksLikeGoogleStt({ results: { 'gs://a/b.flac': { transcript: { results } } } })).toBe(true);
    expect(
      looksLikeGoogleStt({ results: { 'gs://a/b.flac': { inlineResult: { transcript: { results } } } } }),
    ).toBe(true);
    expect(looksLikeGoogleStt({ results: { items: [] } })).toBe(false);
    expect(looksLikeGoogleStt({ results: [{ text: 'hi' }] })).toBe(false);
  });
});

describe('importGoogleStt', () => {
  it('uses the repeated last result of diarized v1 output once, with its speakers', () => {
    const earlier = [word('Hello', 0), word('there.', 0.5), word('Hi.', 1.2)];
    const result = opened({
      results: [
        { alternatives: [{ transcript: 'Hello there.', words: earlier.slice(0, 2) }] },
        { alternatives: [{ transcript: 'Hi.', words: earlier.slice(2) }] },
        { alternatives: [{ words: [word('Hello', 0, 1), word('there.', 0.5, 1), word('Hi.', 1.2, 2)] }] },
      ],
    });
    const { blocks, speakers } = result.transcript;
    expect(transcriptWords(result.transcript)).toEqual(['Hello', 'there.', 'Hi.']);
    expect(speakers.map((s) => s.name)).toEqual(['Speaker 1', 'Speaker 2']);
    expect(blocks.map((b) => [b.speakerId, b.start])).toEqual([
      ['s1', 0],
      ['s2', 1.2],
    ]);
    expect(result.notice).toBeUndefined();
  });

  it('keeps the earlier words when the repeat was cut short, with speakers where it has them', () => {
    const result = opened({
      results: [
        { alternatives: [{ words: [word('One', 0), word('two.', 0.5)] }] },
        { alternatives: [{ words: [word('Three', 1), word('four.', 1.5)] }] },
        { alternatives: [{ words: [word('One', 0, 1), word('two.', 0.5, 2)] }] },
      ],
    });
    expect(transcriptWords(result.transcript)).toEqual(['One', 'two.', 'Three', 'four.']);
    expect(result.transcript.blocks.map((b) => b.speakerId)).toEqual(['s1', 's2', null]);
  });

  it('keeps words that genuinely repeat, and a result that does not go back in time', () => {
    const result = opened({
      results: [
        { alternatives: [{ words: [word('No.', 0, 1), word('No.', 0.5, 1)] }] },
        { alternatives: [{ words: [word('No.', 1, 2), word('No.', 1.5, 2)] }] },
      ],
    });
    expect(transcriptWords(result.transcript)).toEqual(['No.', 'No.', 'No.', 'No.']);
  });

  it('opens a transcript fuller than its words, and says how many words have no times', () => {
    const result = opened({
      results: [
        {
          alternatives: [
            { transcript: 'We stood in the rain today.', words: [word('We', 0), word('rain', 1)] },
          ],
          resultEndTime: '2s',
        },
        { alternatives: [{ transcript: 'Fix the roof.' }] },
      ],
    });
    expect(transcriptWords(result.transcript)).toEqual([
      'We',
      'stood',
      'in',
      'the',
      'rain',
      'today.',
      'Fix',
      'the',
      'roof.',
    ]);
    const [first, second] = result.transcript.blocks;
    expect(first!.spans.filter((s) => s.time).map((s) => [s.text, s.time!.start])).toEqual([
      ['We', 0],
      ['rain', 1],
    ]);
    // A result without words starts where the one before ended.
    expect(second!.start).toBe(2);
    expect(result.notice).toBe("7 words have no times: the file's word list is shorter than its text");
  });

  it('says what it cannot read', () => {
    expect(importGoogleStt({ results: [{ alternatives: [{ words: [{ startTime: '1s' }] }] }] })).toEqual({
      ok: false,
      message:
        'This Google Speech-to-Text file has a word it cannot read at results[0].alternatives[0].words[0] (expected "word" to be text).',
    });
    expect(importGoogleStt({ results: [] })).toEqual({
      ok: false,
      message: 'This Google Speech-to-Text file has no transcript text in it.',
    });
  });
});
