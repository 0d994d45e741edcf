import { describe, expect, it } from 'vitest';
import { normalize, sentences, words } from './text.ts';

describe('normalize', () => {
  it('lowercases, straightens quotes and single-spaces', () => {
    expect(normalize('  I\u2019M  Maria\tKELLER \u201chi\u201d ')).toBe('i\'m maria keller "hi"');
  });
});

describe('sentences', () => {
  it('cuts at . ? ! followed by a space or the end', () => {
    expect(sentences('welcome to the show. ruth, how bad is it? very bad! and')).toEqual([
      { text: 'welcome to the show', end: '.' },
      { text: 'ruth, how bad is it', end: '?' },
      { text: 'very bad', end: '!' },
      { text: 'and', end: '' },
    ]);
  });

  it('keeps dotted abbreviations, titles and initials inside a sentence', () => {
    expect(sentences('a fellow at a u.s. think tank. dr. raman and george w. bush spoke. mr. x.')).toEqual([
      { text: 'a fellow at a u.s. think tank', end: '.' },
      { text: 'dr. raman and george w. bush spoke', end: '.' },
      { text: 'mr. x', end: '.' },
    ]);
  });

  it('does not cut inside web addresses or numbers', () => {
    expect(sentences('visit floods.org today. it rose 3.5 metres.')).toEqual([
      { text: 'visit floods.org today', end: '.' },
      { text: 'it rose 3.5 metres', end: '.' },
    ]);
  });

  it('drops pieces without words and takes runs of marks as one end', () => {
    expect(sentences('what?! -- . ♪ yes...')).toEqual([
      { text: 'what', end: '?' },
      { text: '♪ yes', end: '.' },
    ]);
  });
});

describe('words', () => {
  it('keeps the punctuation after each word', () => {
    expect(words("jenny, what's next -- for o'neil?")).toEqual([
      { text: 'jenny', after: ',' },
      { text: "what's", after: '' },
      { text: 'next', after: '--' },
      { text: 'for', after: '' },
      { text: "o'neil", after: '?' },
    ]);
  });
});
