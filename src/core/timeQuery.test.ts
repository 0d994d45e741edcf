import { describe, expect, it } from 'vitest';
import { parseTimeQuery } from './timeQuery.ts';

const seconds = (text: string, startClock?: number) => {
  const q = parseTimeQuery(text, startClock);
  return q.ok ? q.seconds : q.message;
};

describe('parseTimeQuery', () => {
  const halfPastFive = 5 * 60 + 30; // 5:30 am

  it('reads clock times against the programme start, on into the next day', () => {
    expect(seconds('5:31 am', halfPastFive)).toBe(60);
    expect(seconds('5:31AM', halfPastFive)).toBe(60);
    expect(seconds(' 6:00 a.m. ', halfPastFive)).toBe(30 * 60);
    expect(seconds('17:31', halfPastFive)).toBe(12 * 3600 + 60);
    expect(seconds('5:29 am', halfPastFive)).toBe((24 * 60 - 1) * 60);
    expect(seconds('5:30 am', 23 * 60 + 30)).toBe(6 * 3600);
  });

  it('reads offsets as the turn headers show them', () => {
    expect(seconds('01:02:03')).toBe(3723);
    expect(seconds('25:00:00', halfPastFive)).toBe(25 * 3600);
    expect(seconds('12:30')).toBe(12 * 60 + 30);
    expect(seconds('+12:30', halfPastFive)).toBe(12 * 60 + 30);
    expect(seconds('+90', halfPastFive)).toBe(90 * 60);
  });

  it('says what it expected for anything else', () => {
    expect(seconds('')).toMatch(/^Type a time/);
    expect(seconds('soon')).toMatch(/is not a time/);
    expect(seconds('13:31 pm', halfPastFive)).toMatch(/not a clock time/);
    expect(seconds('24:10', halfPastFive)).toMatch(/not a clock time/);
    expect(seconds('00:61:00')).toMatch(/up to 59/);
    expect(seconds('5:31 pm')).toMatch(/no clock times/);
  });
});
