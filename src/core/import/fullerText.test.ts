import { describe, expect, it } from 'vitest';
import { fullerWords, untimedNotice } from './fullerText.ts';

describe('fullerWords', () => {
  const words = [
    { text: 'stood', start: 1, end: 1.4 },
    { text: 'rain', start: 2, end: 2.3 },
  ];

  it('opens the text when it has more words, with the times of the words it has', () => {
    const result = fullerWords('We stood in the rain.', words);
    expect(result.words).toEqual([
      { text: 'We' },
      { text: 'stood', start: 1, end: 1.4 },
      { text: 'in' },
      { text: 'the' },
      { text: 'rain.', start: 2, end: 2.3 },
    ]);
    expect(result.untimed).toBe(3);
  });

  it('keeps the word list when the text is not fuller, or is not a copy of it', () => {
    expect(fullerWords('stood rain', words)).toEqual({ words, untimed: 0 });
    expect(fullerWords(undefined, words)).toEqual({ words, untimed: 0 });
    expect(fullerWords('We sat in the sun today.', words)).toEqual({ words, untimed: 0 });
    // Out of order: not the same words.
    expect(fullerWords('rain and more stood', words)).toEqual({ words, untimed: 0 });
  });

  it('counts only words with a letter or digit as untimed', () => {
    expect(fullerWords('— stood -- rain', words).untimed).toBe(0);
    expect(fullerWords('— stood -- rain', words).words.map((w) => w.text)).toEqual([
      '—',
      'stood',
      '--',
      'rain',
    ]);
  });
});

describe('untimedNotice', () => {
  it('says how many words have no times', () => {
    expect(untimedNotice(0)).toBeUndefined();
    expect(untimedNotice(1)).toBe("1 word has no times: the file's word list is shorter than its text");
    expect(untimedNotice(1200)).toBe(
      "1,200 words have no times: the file's word list is shorter than its text",
    );
  });
});
