import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbTranscript } from '../../../tests/support/arbitraries.ts';
import type { Block, Transcript } from '../transcript.ts';
import { formatTimestamp, increasingAnchors, turnTimes } from './timing.ts';

function transcript(...blocks: [start: number | null, text: string, estimated?: boolean][]): Transcript {
  return {
    meta: {},
    speakers: [],
    blocks: blocks.map(([start, text, estimated], i): Block => ({
      id: `b${i}`,
      speakerId: null,
      start,
      estimated: estimated ?? false,
      spans: text === '' ? [] : [{ text }],
    })),
  };
}

describe('turnTimes', () => {
  it('ends each turn where the next starts, and the last after reading it at 15 characters a second', () => {
    const times = turnTimes(transcript([0, 'a'.repeat(30)], [10, 'b'.repeat(45), true]));
    expect(times).toEqual([
      { start: 0, end: 10_000, estimated: false },
      { start: 10_000, end: 13_000, estimated: true },
    ]);
  });

  it('gives a short last turn at least a second', () => {
    expect(turnTimes(transcript([5, 'hi']))[0]).toEqual({ start: 5000, end: 6000, estimated: false });
  });

  it('interpolates missing starts by the length of the text between known ones', () => {
    const times = turnTimes(transcript([0, 'x'.repeat(10)], [null, 'y'.repeat(30)], [40, 'z']));
    expect(times.map((t) => t.start)).toEqual([0, 10_000, 40_000]);
    expect(times[1]!.estimated).toBe(true);
  });

  it('counts back from the first known start at reading speed, never before zero', () => {
    expect(turnTimes(transcript([null, 'a'.repeat(15)], [60, 'b'])).map((t) => t.start)).toEqual([
      59_000, 60_000,
    ]);
    // 30 s of text before a start at 10 s: squeezed into [0, 10 s].
    expect(
      turnTimes(transcript([null, 'a'.repeat(225)], [null, 'b'.repeat(225)], [10, 'c'])).map((t) => t.start),
    ).toEqual([0, 5000, 10_000]);
  });

  it('reads a transcript with no times at all from zero at reading speed', () => {
    expect(turnTimes(transcript([null, 'a'.repeat(15)], [null, 'b'])).map((t) => t.start)).toEqual([0, 1000]);
  });

  it('takes the first timed span when the block has no start', () => {
    const t = transcript([null, '']);
    t.blocks[0]!.spans = [{ text: 'word', time: { start: 12.5, end: 13 } }];
    expect(turnTimes(t)[0]!.start).toBe(12_500);
  });

  it('ignores negative, huge and out-of-order starts', () => {
    const times = turnTimes(
      transcript(
        [0, 'aaaa'],
        [-5, 'bbbb'],
        [1e12, 'cccc'],
        [10, 'dddd'],
        [20, 'eeee'],
        [3, 'ffff'],
        [30, 'gggg'],
      ),
    );
    const starts = times.map((t) => t.start);
    expect([starts[0], starts[3], starts[4], starts[6]]).toEqual([0, 10_000, 20_000, 30_000]);
    expect(starts[5]).toBe(25_000);
    expect(times[5]!.estimated).toBe(true);
    for (let i = 1; i < starts.length; i++) expect(starts[i]).toBeGreaterThan(starts[i - 1]!);
  });

  it('keeps the first of equal starts and spreads the others after it', () => {
    const starts = turnTimes(transcript([60, 'aaaa'], [60, 'bbbb'], [62, 'cccc'])).map((t) => t.start);
    expect(starts).toEqual([60_000, 61_000, 62_000]);
  });

  it('gives every block of any transcript increasing starts and end > start', () => {
    fc.assert(
      fc.property(arbTranscript, (t) => {
        const times = turnTimes(t);
        expect(times).toHaveLength(t.blocks.length);
        times.forEach((time, i) => {
          expect(Number.isInteger(time.start) && Number.isInteger(time.end)).toBe(true);
          expect(time.start).toBeGreaterThanOrEqual(0);
          expect(time.end).toBeGreaterThan(time.start);
          if (i > 0) expect(time.start).toBe(times[i - 1]!.end);
        });
      }),
    );
  });
});

describe('increasingAnchors', () => {
  it('finds the longest strictly increasing run of known values', () => {
    expect(increasingAnchors([1, null, 5, 2, 3, 3, 4, null])).toEqual([0, 3, 4, 6]);
    expect(increasingAnchors([])).toEqual([]);
    expect(increasingAnchors([null, null])).toEqual([]);
    expect(increasingAnchors([7, 7, 7])).toEqual([0]);
  });
});

describe('formatTimestamp', () => {
  it('writes hh:mm:ss.mmm with two or more hour digits', () => {
    expect(formatTimestamp(0, '.')).toBe('00:00:00.000');
    expect(formatTimestamp(3_723_004, '.')).toBe('01:02:03.004');
    expect(formatTimestamp(59_999, ',')).toBe('00:00:59,999');
    expect(formatTimestamp(86_400_000, ',')).toBe('24:00:00,000');
    expect(formatTimestamp(100 * 3_600_000, '.')).toBe('100:00:00.000');
  });
});
