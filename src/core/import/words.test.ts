import { describe, expect, it } from 'vitest';
import type { Transcript } from '../transcript.ts';
import { captionWords, matchNamePrefix, scanTurns, singleSpaced, transcriptWords } from './words.ts';

describe('captionWords', () => {
  it('splits on any whitespace, NBSP and newlines included', () => {
    expect(captionWords('north\u00a0korea  and\r\nrussia\tnow')).toEqual([
      'north',
      'korea',
      'and',
      'russia',
      'now',
    ]);
    expect(captionWords('')).toEqual([]);
    expect(captionWords(' \n ')).toEqual([]);
  });

  it('drops >> and >>> wherever they stand, splitting words glued to them', () => {
    expect(captionWords('this is inside story. >> welcome >>> next')).toEqual([
      'this',
      'is',
      'inside',
      'story.',
      'welcome',
      'next',
    ]);
    expect(captionWords('>>.[indiscernible] word>>word >>>>x')).toEqual([
      '.[indiscernible]',
      'word',
      'word',
      'x',
    ]);
  });

  it('keeps a single > and other debris', () => {
    expect(captionWords('people voted bre> -- _ | a0 \ufffd*s')).toEqual([
      'people',
      'voted',
      'bre>',
      '--',
      '_',
      '|',
      'a0',
      '\ufffd*s',
    ]);
  });

  it('drops name prefixes where a turn can start, and only there', () => {
    expect(captionWords('sami: north korea')).toEqual(['north', 'korea']);
    expect(captionWords('the show. sami: north korea')).toEqual(['the', 'show.', 'north', 'korea']);
    expect(captionWords('>> reporter: getting >>reporter: close')).toEqual(['getting', 'close']);
    expect(captionWords('♪♪♪ sally sara: in the mountains')).toEqual(['♪♪♪', 'in', 'the', 'mountains']);
    expect(captionWords('a nightmare. kate van doore: children')).toEqual(['a', 'nightmare.', 'children']);
    // Not after a sentence end: a word like any other.
    expect(captionWords('we asked sami: why')).toEqual(['we', 'asked', 'sami:', 'why']);
    // Stop words, times and one-letter labels are never prefixes.
    expect(captionWords('fine. here is the thing: no. note: yes. q: why? 5:30: now')).toEqual([
      'fine.',
      'here',
      'is',
      'the',
      'thing:',
      'no.',
      'note:',
      'yes.',
      'q:',
      'why?',
      '5:30:',
      'now',
    ]);
    // A colon must be followed by whitespace.
    expect(captionWords('>> reporter:the end')).toEqual(['reporter:the', 'end']);
  });
});

describe('scanTurns', () => {
  it('gives marker, text and end positions', () => {
    const stream = 'intro. >> welcome. sami: north >>> next story';
    const turns = scanTurns(stream);
    expect(turns.map((t) => [stream.slice(t.at, t.textStart), stream.slice(t.textStart, t.end)])).toEqual([
      ['', 'intro. '],
      ['>>', ' welcome. '],
      ['sami:', ' north '],
      ['>>>', ' next story'],
    ]);
    expect(turns.map((t) => [t.marked, t.story, t.name])).toEqual([
      [false, false, null],
      [true, false, null],
      [false, false, 'sami'],
      [true, true, null],
    ]);
  });

  it('puts a prefix after >> into that turn', () => {
    const turns = scanTurns('>> sally sara: hello');
    expect(turns).toHaveLength(2);
    expect(turns[0]!.end).toBe(0);
    expect(turns[1]).toMatchObject({ at: 0, name: 'sally sara', marked: true, story: false });
  });

  it('is linear on long colon-free text', () => {
    const stream = 'word. '.repeat(200_000) + 'sami: hi';
    const turns = scanTurns(stream);
    expect(turns).toHaveLength(2);
    expect(turns[1]!.name).toBe('sami');
  });
});

describe('matchNamePrefix', () => {
  it('matches 1-3 words of letters, apostrophes, periods and hyphens', () => {
    expect(matchNamePrefix("o'neil: hi", 0)).toEqual({ name: "o'neil", end: 7 });
    expect(matchNamePrefix('c-span: hi', 0)?.name).toBe('c-span');
    expect(matchNamePrefix('dr. jane smith: hi', 0)?.name).toBe('dr. jane smith');
    expect(matchNamePrefix('the speaker: hi', 0)?.name).toBe('the speaker');
    expect(matchNamePrefix('one two three four: hi', 0)).toBeNull();
    expect(matchNamePrefix('cop26: hi', 0)).toBeNull();
    expect(matchNamePrefix('he said: hi', 0)).toBeNull();
    expect(matchNamePrefix('sami:x', 0)).toBeNull();
    expect(matchNamePrefix('sami:', 0)).toEqual({ name: 'sami', end: 5 }); // at the end of the text
  });
});

describe('transcriptWords', () => {
  it('reads block texts in order', () => {
    const transcript: Transcript = {
      meta: {},
      speakers: [],
      blocks: [
        { id: 'b1', speakerId: null, start: 0, estimated: false, spans: [{ text: 'a b ' }, { text: 'c' }] },
        {
          id: 'b2',
          speakerId: null,
          start: null,
          estimated: false,
          spans: [{ text: '[inaudible]', gap: { tag: '[inaudible]', status: 'open' } }, { text: 'd e' }],
        },
      ],
    };
    expect(transcriptWords(transcript)).toEqual(['a', 'b', 'c', '[inaudible]d', 'e']);
  });
});

describe('singleSpaced', () => {
  it('collapses whitespace runs and trims', () => {
    expect(singleSpaced('\ufeff a \u00a0 b\r\n\tc ')).toBe('a b c');
    expect(singleSpaced('a b')).toBe('a b');
  });
});

describe('name prefixes across sentence ends', () => {
  it('does not run a prefix over a sentence end', () => {
    expect(matchNamePrefix('word. word. sami: hi', 0)).toBeNull();
    expect(matchNamePrefix('go. sami: hi', 0)).toBeNull();
    expect(matchNamePrefix('dr. ames: hi', 0)?.name).toBe('dr. ames');
    expect(matchNamePrefix('j. smith: hi', 0)?.name).toBe('j. smith');
    expect(matchNamePrefix('u.s. attorney: hi', 0)?.name).toBe('u.s. attorney');
    expect(captionWords('we go. sami: hello')).toEqual(['we', 'go.', 'hello']);
  });
});
