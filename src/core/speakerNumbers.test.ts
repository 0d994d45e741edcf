import { describe, expect, it } from 'vitest';
import { pinSpeakerNumbers, speakerNumbers } from './speakerNumbers.ts';
import type { Speaker } from './transcript.ts';

const speaker = (id: string, number?: number): Speaker => ({
  id,
  name: id,
  role: 'other',
  ...(number === undefined ? {} : { number }),
});

describe('speaker numbers', () => {
  it('numbers a roster without stored numbers in order, as before', () => {
    expect(speakerNumbers([speaker('a'), speaker('b'), speaker('c')])).toEqual([1, 2, 3]);
  });

  it('keeps stored numbers and gives the others the lowest free ones', () => {
    expect(speakerNumbers([speaker('a', 1), speaker('b', 4), speaker('c'), speaker('d')])).toEqual([
      1, 4, 2, 3,
    ]);
  });

  it('gives a repeated number (a hand-edited file) to the first speaker only', () => {
    expect(speakerNumbers([speaker('a', 2), speaker('b', 2)])).toEqual([2, 1]);
  });

  it('pins numbers so that removing one speaker leaves the others as they were', () => {
    const pinned = pinSpeakerNumbers([speaker('a'), speaker('b'), speaker('c')]);
    const without = pinned.filter((s) => s.id !== 'b');
    expect(speakerNumbers(without)).toEqual([1, 3]);
    // A new speaker takes the number that was freed.
    expect(speakerNumbers([...without, speaker('d')])).toEqual([1, 3, 2]);
  });
});
