import { describe, expect, it } from 'vitest';
import {
  BlockList,
  MAX_BLOCK_SPANS,
  RangeIndex,
  endsSentence,
  seconds,
  textSpans,
  wordSpans,
} from './timedWords.ts';

describe('seconds', () => {
  it('reads numbers and numeric strings, divides, refuses the rest', () => {
    expect(seconds(4.87)).toBe(4.87);
    expect(seconds('4.87')).toBe(4.87);
    expect(seconds(' 12 ')).toBe(12);
    expect(seconds(2780, 1000)).toBe(2.78);
    expect(Object.is(seconds('-0'), 0)).toBe(true);
    for (const bad of ['', 'abc', '1e999', -1, NaN, Infinity, null, undefined, {}, '0x10', true]) {
      expect(seconds(bad)).toBeUndefined();
    }
  });
});

describe('wordSpans', () => {
  it('gives a span per timed word, spaces as plain text, untimed words merged', () => {
    expect(
      wordSpans([
        { text: 'Hello', start: 1, end: 1.5 },
        { text: ' big ' },
        { text: 'wide' },
        { text: 'world.', start: 2, end: 1.9 },
        { text: '   ' },
      ]),
    ).toEqual([
      { text: 'Hello', time: { start: 1, end: 1.5 } },
      { text: ' big wide ' },
      { text: 'world.', time: { start: 2 } },
    ]);
  });

  it('makes tags gap and sound spans, also across words, keeping their times', () => {
    expect(
      wordSpans([
        { text: 'so', start: 0, end: 1 },
        { text: '[crowd', start: 1, end: 2 },
        { text: 'cheering]', start: 2, end: 3 },
        { text: '[inaudible],', start: 3, end: 4 },
        { text: '(applause)' },
      ]),
    ).toEqual([
      { text: 'so', time: { start: 0, end: 1 } },
      { text: ' ' },
      { text: '[crowd cheering]', sound: true, time: { start: 1, end: 3 } },
      { text: ' ' },
      { text: '[inaudible]', gap: { tag: '[inaudible]', status: 'open' }, time: { start: 3, end: 4 } },
      { text: ', ' },
      { text: '(applause)', sound: true },
    ]);
  });

  it('joins words without spaces when asked', () => {
    expect(wordSpans([{ text: '你' }, { text: '好' }], '')).toEqual([{ text: '你好' }]);
  });
});

describe('textSpans', () => {
  it('anchors the first word, or a leading tag', () => {
    expect(textSpans('hello there', 5)).toEqual([{ text: 'hello', time: { start: 5 } }, { text: ' there' }]);
    expect(textSpans('♪ la la', 5)).toEqual([
      { text: '♪', sound: true, time: { start: 5 } },
      { text: ' la la' },
    ]);
    expect(textSpans('', 5)).toEqual([]);
  });
});

describe('BlockList', () => {
  it('starts a block at the segment start and anchors an untimed first word there', () => {
    const list = new BlockList();
    list.addWords('s1', [{ text: '1990,' }, { text: 'then', start: 4.9, end: 5 }], { start: 3.6 });
    list.addWords(null, [{ text: 'late', start: 7, end: 8 }], { start: 7.5 });
    expect(list.finish()).toEqual([
      {
        id: 'b1',
        speakerId: 's1',
        start: 3.6,
        estimated: false,
        spans: [
          { text: '1990,', time: { start: 3.6 } },
          { text: ' ' },
          { text: 'then', time: { start: 4.9, end: 5 } },
        ],
      },
      {
        id: 'b2',
        speakerId: null,
        start: 7,
        estimated: false,
        spans: [{ text: 'late', time: { start: 7, end: 8 } }],
      },
    ]);
  });

  it('goes on in a new block of the same speaker past the span limit, losing no word', () => {
    const list = new BlockList();
    const n = MAX_BLOCK_SPANS + 10;
    list.addWords(
      's1',
      Array.from({ length: n }, (_, i) => ({ text: `w${i}`, start: i, end: i + 0.5 })),
    );
    const blocks = list.finish();
    expect(blocks.length).toBe(3);
    for (const b of blocks) {
      expect(b.speakerId).toBe('s1');
      expect(b.spans.length).toBeLessThanOrEqual(MAX_BLOCK_SPANS);
      const text = b.spans.map((s) => s.text).join('');
      expect(text).toBe(text.trim());
      expect(b.start).toBe(b.spans[0]!.time!.start);
    }
    const words = blocks.flatMap((b) =>
      b.spans
        .map((s) => s.text)
        .join('')
        .split(' '),
    );
    expect(words).toEqual(Array.from({ length: n }, (_, i) => `w${i}`));
  });

  it('groups words by speaker, and speakerless words by sentence', () => {
    const list = new BlockList();
    list.addWordRuns([
      { text: 'a', speakerId: 's1' },
      { text: 'b.', speakerId: 's1' },
      { text: 'c', speakerId: 's1', turnStart: true },
      { text: 'd', speakerId: 's2' },
      { text: 'e?', speakerId: null },
      { text: 'f', speakerId: null },
      { text: 'g', speakerId: null },
    ]);
    expect(list.finish().map((b) => [b.speakerId, b.spans.map((s) => s.text).join('')])).toEqual([
      ['s1', 'a b.'],
      ['s1', 'c'],
      ['s2', 'd'],
      [null, 'e?'],
      [null, 'f g'],
    ]);
  });
});

describe('endsSentence', () => {
  it('sees ends of sentences with closing quotes', () => {
    expect(['done.', 'why?', 'go!', 'so…', '"yes."', 'it.)', 'x.”'].every(endsSentence)).toBe(true);
    expect(['Dr', 'well,', 'U.S', '3.5x'].some(endsSentence)).toBe(false);
  });
});

describe('RangeIndex', () => {
  it('finds the range that holds a time', () => {
    const index = new RangeIndex([
      { start: 10, end: 20 },
      { start: 0, end: 5 },
      { start: 30, end: undefined },
      { start: 18, end: 25 },
    ]);
    expect([0, 4.9995, 5.5, 12, 19, 22, 30, 100, undefined].map((t) => index.find(t))).toEqual([
      1, 1, -1, 0, 3, 3, -1, -1, -1,
    ]);
  });
});
