import { describe, expect, it } from 'vitest';
import type { Span } from '../transcript.ts';
import { GAP_WORDS, classifyTag, isGapTag, splitTags } from './tags.ts';

const gap = (tag: string): Span => ({ text: tag, gap: { tag, status: 'open' } });
const sound = (text: string): Span => ({ text, sound: true });

describe('classifyTag', () => {
  it('recognises gaps in brackets and parentheses, any case and inner spacing', () => {
    for (const tag of [
      '[indiscernible]',
      '[inaudible]',
      '[unintelligible]',
      '[crosstalk]',
      '[ inaudible ]',
      '[INAUDIBLE]',
      '[ Cross  Talk ]',
      '(inaudible)',
      '( indiscernible )',
      '(CROSSTALK)',
    ]) {
      expect(classifyTag(tag), tag).toBe('gap');
      expect(isGapTag(tag), tag).toBe(true);
    }
    expect(GAP_WORDS).toContain('indiscernible');
  });

  it('takes any other bracket as non-speech', () => {
    for (const tag of [
      '[laughter]',
      '[applause]',
      '[ laughs ]',
      '[ monitor beeping ]',
      '[ male announcer ]',
      '[captioning made possible by the national captioning institute, inc.]',
      '[inaudible speech]',
    ]) {
      expect(classifyTag(tag), tag).toBe('sound');
    }
  });

  it('takes parentheses as sound only for sound words', () => {
    for (const tag of [
      '(laughing)',
      '(applause)',
      '(cheering)',
      '(music)',
      '(audience laughs)',
      '(upbeat music)',
    ]) {
      expect(classifyTag(tag), tag).toBe('sound');
    }
    for (const tag of ['(in french)', '(and)', '(the u.s.)', '(music teacher)', '(2019)']) {
      expect(classifyTag(tag), tag).toBeNull();
    }
  });

  it('takes music notes as sound', () => {
    for (const tag of ['♪', '♪♪♪', '♪ ♪', '♫']) expect(classifyTag(tag), tag).toBe('sound');
  });

  it('rejects plain text, empty brackets and half tags', () => {
    for (const text of ['inaudible', '[]', '[ ]', '()', '[inaudible', 'inaudible]', '[a [b] c]', '']) {
      expect(classifyTag(text), text).toBeNull();
      expect(isGapTag(text), text).toBe(false);
    }
  });
});

describe('splitTags', () => {
  it('keeps plain text as one span', () => {
    expect(splitTags('north korea and russia')).toEqual([{ text: 'north korea and russia' }]);
  });

  it('cuts gaps and sounds out, keeping the spaces around them in the text', () => {
    expect(splitTags('if americans [indiscernible] russia would')).toEqual([
      { text: 'if americans ' },
      gap('[indiscernible]'),
      { text: ' russia would' },
    ]);
    expect(splitTags('[ inaudible ] in five years. [laughter] i am serious.')).toEqual([
      gap('[ inaudible ]'),
      { text: ' in five years. ' },
      sound('[laughter]'),
      { text: ' i am serious.' },
    ]);
  });

  it('handles music note runs, glued tags and parentheses of speech', () => {
    expect(splitTags('♪♪♪ sally sara: in the ♪ ♪')).toEqual([
      sound('♪♪♪'),
      { text: ' sally sara: in the ' },
      sound('♪ ♪'),
    ]);
    expect(splitTags('.[indiscernible]')).toEqual([{ text: '.' }, gap('[indiscernible]')]);
    expect(splitTags('word(laughing)word')).toEqual([
      { text: 'word' },
      sound('(laughing)'),
      { text: 'word' },
    ]);
    expect(splitTags('the vote (in french) was close')).toEqual([{ text: 'the vote (in french) was close' }]);
    expect(splitTags('he said (to the board [applause]) no')).toEqual([
      { text: 'he said (to the board ' },
      sound('[applause]'),
      { text: ') no' },
    ]);
  });

  it('always reproduces its input and never makes empty spans', () => {
    for (const text of [
      '',
      '[',
      '][',
      '[[inaudible]]',
      '((applause))',
      '♪',
      'a [b',
      ' [laughter] ',
      '[inaudible][crosstalk]',
      '(inaudible)(laughing)',
    ]) {
      const spans = splitTags(text);
      expect(spans.map((s) => s.text).join('')).toBe(text);
      for (const span of spans) expect(span.text).not.toBe('');
    }
    expect(splitTags('[[inaudible]]')).toEqual([{ text: '[' }, gap('[inaudible]'), { text: ']' }]);
  });

  it('does not let a stray bracket swallow a long paragraph', () => {
    const text = `[ ${'word '.repeat(100)}]`;
    expect(splitTags(text)).toEqual([{ text }]);
  });
});
