import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbBlock, arbSpan } from '../../../tests/support/arbitraries.ts';
import type { Block, Span, Speaker } from '../transcript.ts';
import { GAP_MODES, cleanText, speakerLabel, speakerName, turnText, turnWords } from './spanText.ts';

function block(...spans: Span[]): Block {
  return { id: 'b', speakerId: null, start: 0, estimated: false, spans };
}

const gappy = block(
  { text: 'well, ' },
  { text: 'the americans', gap: { tag: '[indiscernible]', status: 'corrected' } },
  { text: ' were there. they said ' },
  { text: '[indiscernible]', gap: { tag: '[indiscernible]', status: 'open' } },
  { text: ' and ' },
  { text: '[ inaudible ]', gap: { tag: '[ inaudible ]', status: 'unresolvable' } },
  { text: ', so. ' },
  { text: '[laughter]', sound: true },
);

describe('turnText', () => {
  it('keeps the text as it stands by default', () => {
    expect(turnText(gappy)).toBe(
      'well, the americans were there. they said [indiscernible] and [ inaudible ], so. [laughter]',
    );
    expect(turnText(gappy, { gaps: 'keep' })).toBe(turnText(gappy));
  });

  it('marks corrected gaps with the tag they replaced, and leaves open gaps as tags', () => {
    expect(turnText(gappy, { gaps: 'mark' })).toBe(
      'well, the americans [corrected: indiscernible] were there. they said [indiscernible] and [ inaudible ], so. [laughter]',
    );
  });

  it('cleans out open and unresolvable gaps and sound tags, collapsing spaces and stranded punctuation', () => {
    expect(turnText(gappy, { gaps: 'clean' })).toBe('well, the americans were there. they said and, so.');
  });

  it('names the note after any bracket style, and copes with an empty tag', () => {
    const corrected = (tag: string) =>
      turnText(block({ text: 'yes', gap: { tag, status: 'corrected' } }), { gaps: 'mark' });
    expect(corrected('[ crosstalk ]')).toBe('yes [corrected: crosstalk]');
    expect(corrected('(inaudible)')).toBe('yes [corrected: inaudible]');
    expect(corrected('[]')).toBe('yes [corrected]');
  });

  it('puts the note after the corrected words, inside the spaces around them', () => {
    const b = block(
      { text: 'a' },
      { text: ' two words ', gap: { tag: '[x]', status: 'corrected' } },
      { text: 'b.' },
    );
    expect(turnText(b, { gaps: 'mark' })).toBe('a two words [corrected: x] b.');
  });

  it('collapses white space and line breaks, and trims', () => {
    expect(turnText(block({ text: '  one\n\ntwo\r\n\tthree\u2028four  ' }))).toBe('one two three four');
  });

  it('removes control characters and repairs lone surrogates', () => {
    expect(turnText(block({ text: 'a\u0000b\u0007c \uD800 d\u0085e 😀' }))).toBe('abc \uFFFD d e 😀');
  });

  it('gives an empty string for a turn that is only tags, in clean mode', () => {
    expect(turnText(block({ text: '♪', sound: true }, { text: ' ' }), { gaps: 'clean' })).toBe('');
    expect(turnText(block())).toBe('');
  });

  it('agrees with turnWords for any block and gap mode', () => {
    fc.assert(
      fc.property(arbBlock(['s']), fc.constantFrom(...GAP_MODES), (b, gaps) => {
        const full = { id: 'x', ...b };
        expect(turnText(full, { gaps })).toBe(
          turnWords(full, gaps)
            .map((w) => w.text)
            .join(' '),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('never gives line breaks, doubled spaces, or controls', () => {
    fc.assert(
      fc.property(fc.array(arbSpan, { maxLength: 6 }), fc.constantFrom(...GAP_MODES), (spans, gaps) => {
        const text = turnText(block(...spans), { gaps });
        // eslint-disable-next-line no-control-regex -- no control characters is what is checked
        expect(text).not.toMatch(/\s\s|^\s|\s$|[\n\r\u2028\u2029\u0000-\u0008]/);
      }),
    );
  });
});

describe('turnWords', () => {
  it('joins a word split across spans, and drops times that fall inside a word', () => {
    const words = turnWords(
      block(
        { text: 'north', time: { start: 1, end: 1.2 } },
        { text: 'ern lights ', time: { start: 1.2, end: 2 } },
        { text: 'shine', time: { start: 2.1, end: 2.5 } },
      ),
    );
    expect(words).toEqual([
      { text: 'northern', start: 1 },
      { text: 'lights', end: 2 },
      { text: 'shine', start: 2.1, end: 2.5 },
    ]);
  });

  it('gives each word of a word-timed turn its own times', () => {
    const words = turnWords(
      block(
        { text: 'hello ', time: { start: 5, end: 5.4 } },
        { text: 'world.', time: { start: 5.5, end: 6 } },
      ),
    );
    expect(words).toEqual([
      { text: 'hello', start: 5, end: 5.4 },
      { text: 'world.', start: 5.5, end: 6 },
    ]);
  });

  it('ignores times that are not numbers', () => {
    expect(turnWords(block({ text: 'x', time: { start: Number.NaN, end: Infinity } }))).toEqual([
      { text: 'x' },
    ]);
  });

  it('separates words at a removed tag, and joins stranded punctuation to the word before', () => {
    const b = block(
      { text: 'one' },
      { text: '[laughter]', sound: true },
      { text: 'two' },
      { text: '♪', sound: true },
      { text: '!' },
    );
    expect(turnWords(b, 'clean').map((w) => w.text)).toEqual(['one', 'two!']);
  });
});

describe('cleanText', () => {
  it('leaves ordinary text alone (the same string)', () => {
    const text = 'plain text, with “quotes” and emoji 😀';
    expect(cleanText(text)).toBe(text);
  });
});

describe('speaker labels', () => {
  const s = (name: string, role: Speaker['role']): Speaker => ({ id: 'x', name, role });

  it('says name and role, name only, or nothing', () => {
    expect(speakerLabel(s('Sami Zeidan', 'host'), 'name-and-role')).toBe('Sami Zeidan (host)');
    expect(speakerLabel(s('Sami Zeidan', 'host'), 'name')).toBe('Sami Zeidan');
    expect(speakerLabel(s('Sami Zeidan', 'host'), 'none')).toBe('');
    expect(speakerLabel(undefined, 'name-and-role')).toBe('');
  });

  it('falls back to the role for an unnamed speaker, and never prints role other', () => {
    expect(speakerLabel(s('  ', 'guest'), 'name-and-role')).toBe('Guest');
    expect(speakerLabel(s('', 'other'), 'name-and-role')).toBe('');
    expect(speakerLabel(s('Jenny', 'other'), 'name-and-role')).toBe('Jenny');
    expect(speakerLabel(s('Reporter', 'reporter'), 'name-and-role')).toBe('Reporter');
    expect(speakerName(s('', 'guest'))).toBe('Guest');
  });

  it('puts a roster name on one line', () => {
    expect(speakerLabel(s(' Ann\n\t"Bo"\u0000 ', 'guest'), 'name')).toBe('Ann "Bo"');
  });
});
