import { describe, expect, it } from 'vitest';
import { detectBoundaries, slotLength, type BoundaryTurn } from './detect';

const meta = { startClock: 5 * 60 + 30, endClock: 6 * 60 + 1, timeZone: 'PDT' };

/// One turn a minute from `from`, each saying `say(minute)`.
function minutes(
  from: number,
  count: number,
  say: (m: number) => string = (m) => `talk in minute ${m}`,
): BoundaryTurn[] {
  return Array.from({ length: count }, (_, i) => ({ start: (from + i) * 60, text: say(from + i) }));
}

describe('programme boundaries', () => {
  it('reads the slot from the header without the extra minute', () => {
    expect(slotLength(meta)).toBe(30 * 60);
    expect(slotLength({ startClock: 23 * 60 + 30, endClock: 1 })).toBe(30 * 60);
    expect(slotLength({ startClock: 21 * 60 + 27, endClock: 22 * 60 + 29 })).toBe(62 * 60);
    expect(slotLength({ startClock: 6 * 60 })).toBeNull();
  });

  it('ends after the host says goodbye, skipping empty minutes (the sample)', () => {
    const turns = [
      ...minutes(0, 28),
      { start: 28 * 60, text: 'from the entire team here, goodbye.' },
      { start: 29 * 60, text: '' },
      { start: 30 * 60, text: '' },
      {
        start: 30 * 60 + 5,
        text: '♪♪♪ sally sara: in the mountains of the himalayas, a young girl leads the way home.',
      },
    ];
    expect(detectBoundaries(turns, meta)).toEqual({ start: null, end: { index: 31, reason: 'sign-off' } });
  });

  it('starts after the previous programme signs off at the top of the page', () => {
    const turns = [
      { start: 0, text: "that's all for this edition. thanks for watching." },
      { start: 20, text: 'hello and welcome to inside story.' },
      ...minutes(1, 28),
    ];
    expect(detectBoundaries(turns, meta).start).toEqual({ index: 1, reason: 'sign-off' });
  });

  it('does not take a welcome for the end of the previous programme', () => {
    const turns = [{ start: 0, text: 'thanks for joining us on inside story.' }, ...minutes(1, 29)];
    expect(detectBoundaries(turns, meta).start).toBeNull();
  });

  it('takes the last sign-off near the end, not a goodbye said in the discussion', () => {
    const turns = [
      ...minutes(0, 26),
      { start: 26 * 60, text: 'russia is saying goodbye to the old order.' },
      { start: 27 * 60, text: 'that is all for now. see you next time.' },
      { start: 31 * 60, text: 'good evening, this is the next programme.' },
    ];
    expect(detectBoundaries(turns, meta).end).toEqual({ index: 28, reason: 'sign-off' });
  });

  it('without a sign-off, falls back to music, then an opening, then the end time', () => {
    const music = [...minutes(0, 30), { start: 30 * 60, text: '♪ ♪' }, ...minutes(31, 1)];
    expect(detectBoundaries(music, meta).end).toEqual({ index: 30, reason: 'music' });
    const opening = [
      ...minutes(0, 30),
      { start: 30 * 60 + 10, text: 'good evening and welcome to newsroom.' },
    ];
    expect(detectBoundaries(opening, meta).end).toEqual({ index: 30, reason: 'opening' });
    const plain = minutes(0, 32);
    expect(detectBoundaries(plain, meta).end).toEqual({ index: 30, reason: 'end time' });
  });

  it('reads a header range over a day as the whole day, not the minute the clocks differ by', () => {
    const day = { startClock: 9 * 60 + 30, endClock: 9 * 60 + 31, timeZone: 'PST' };
    const turns = [{ start: 0, text: 'goodbye for now.' }, ...minutes(1, 24 * 60)];
    expect(detectBoundaries(turns, day).end).toBeNull();
  });

  it("takes music after a turn's words for that turn's outro, not a new programme", () => {
    const short = { startClock: 8 * 60, endClock: 8 * 60 + 3, timeZone: 'PST' };
    const turns = [
      ...minutes(0, 2),
      { start: 120, text: 'in other news, the bridge reopened this morning after repairs. ♪' },
    ];
    expect(detectBoundaries(turns, short).end).toBeNull();
  });

  it('finds nothing on a page that holds only the programme', () => {
    expect(detectBoundaries(minutes(0, 30), meta)).toEqual({ start: null, end: null });
    expect(detectBoundaries([...minutes(0, 29), { start: 29 * 60, text: 'goodbye.' }], meta)).toEqual({
      start: null,
      end: null,
    });
    expect(detectBoundaries([], meta)).toEqual({ start: null, end: null });
  });

  it('without a header range, looks for a sign-off in the last quarter only', () => {
    const turns = [
      { start: 60, text: 'goodbye to all that, he said.' },
      ...minutes(2, 40),
      { start: 42 * 60, text: 'thanks for watching. good night.' },
      { start: 43 * 60, text: 'breaking news tonight.' },
    ];
    expect(detectBoundaries(turns, {})).toEqual({
      start: { index: 1, reason: 'sign-off' },
      end: { index: 42, reason: 'sign-off' },
    });
  });
});
