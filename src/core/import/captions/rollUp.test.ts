import { describe, expect, it } from 'vitest';
import { afterWords, removeRollUp, type RawCue } from './rollUp.ts';

const plain = (line: string) => line.replace(/<[^<>]*>/g, '');

function cues(...texts: string[][]): RawCue[] {
  return texts.map((lines, k) => ({ start: k, end: k + 1, lines }));
}

function cut(list: RawCue[]): string[][] {
  removeRollUp(list, plain);
  return list.map((c) => c.lines);
}

describe('removeRollUp', () => {
  it('cuts the rows a cue repeats, two rows or three', () => {
    expect(cut(cues(['A B'], ['A B', 'C D'], ['C D', 'E F'], ['E F', 'G']))).toEqual([
      ['A B'],
      ['C D'],
      ['E F'],
      ['G'],
    ]);
    expect(cut(cues(['a'], ['a', 'b'], ['a', 'b', 'c'], ['b', 'c', 'd'], ['c', 'd', 'e']))).toEqual([
      ['a'],
      ['b'],
      ['c'],
      ['d'],
      ['e'],
    ]);
  });

  it("reads YouTube's automatic captions: the settled line again, then new words with their timestamps", () => {
    const list = cues(
      [' ', 'good<00:00:01.240><c> evening</c>'],
      ['good evening', ' '],
      ['good evening', 'and<00:00:03.000><c> welcome</c>'],
      ['and welcome', ' '],
      ['and welcome', 'friends'],
    );
    expect(cut(list)).toEqual([
      [' ', 'good<00:00:01.240><c> evening</c>'],
      [],
      ['and<00:00:03.000><c> welcome</c>'],
      [],
      ['friends'],
    ]);
  });

  it('cuts a growing last line to its new words, keeping the timestamp of the next', () => {
    expect(
      cut(
        cues(['HELLO'], ['HELLO THERE'], ['HELLO THERE <00:01.000>FRIENDS'], ['HELLO THERE FRIENDS', 'AND']),
      ),
    ).toEqual([['HELLO'], [' THERE'], [' <00:01.000>FRIENDS'], ['AND']]);
  });

  it('keeps words that genuinely repeat in speech', () => {
    // Rows NO. and NO. on screen, then NO. (the second) scrolls up above NO. WAY.
    expect(cut(cues(['YES.'], ['YES.', 'NO.'], ['NO.', 'NO.'], ['NO.', 'NO. WAY']))).toEqual([
      ['YES.'],
      ['NO.'],
      ['NO.'],
      ['NO. WAY'],
    ]);
  });

  it('leaves pop-on captions alone, even where one caption opens with the line before', () => {
    const list = cues(['Where were you?'], ['No.'], ['No. I was at home.'], ['Home?'], ['Home.']);
    const before = structuredClone(list);
    expect(removeRollUp(list, plain)).toBe(false);
    expect(list).toEqual(before);
  });
});

describe('afterWords', () => {
  it('counts words without tags and keeps what follows the last', () => {
    expect(afterWords('to<00:00:02.930><c> the</c><00:00:03.300><c> harbour</c>', 2)).toBe(
      '</c><00:00:03.300><c> harbour</c>',
    );
    expect(afterWords('A B C', 0)).toBe('A B C');
    expect(afterWords('A B', 2)).toBe('');
    expect(afterWords('he<c>llo</c> there', 1)).toBe('</c> there');
  });
});
