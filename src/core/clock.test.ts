import { describe, expect, it } from 'vitest';
import {
  clockDistance,
  formatClock,
  formatOffset,
  formatProgrammeSpan,
  formatProgrammeTime,
  parseClock,
} from './clock.ts';

describe('clock', () => {
  it('parses caption minute lines', () => {
    expect(parseClock('5:31 am')).toBe(5 * 60 + 31);
    expect(parseClock('12:00 am')).toBe(0);
    expect(parseClock('12:05 pm')).toBe(12 * 60 + 5);
    expect(parseClock('11:59pm')).toBe(23 * 60 + 59);
    expect(parseClock('13:00 pm')).toBeNull();
    expect(parseClock('5:31')).toBeNull();
  });

  it('formats clocks and wraps past midnight', () => {
    expect(formatClock(5 * 60 + 31)).toBe('5:31 am');
    expect(formatClock(0)).toBe('12:00 am');
    expect(formatClock(12 * 60)).toBe('12:00 pm');
    expect(formatClock(24 * 60 + 1)).toBe('12:01 am');
  });

  it('measures forward distance across midnight', () => {
    expect(clockDistance(23 * 60 + 59, 1)).toBe(2);
    expect(clockDistance(330, 331)).toBe(1);
  });

  it('formats offsets with hours', () => {
    expect(formatOffset(60)).toBe('00:01:00');
    expect(formatOffset(36000 + 61.7)).toBe('10:01:01');
    expect(formatOffset(-60)).toBe('-00:01:00');
  });

  it('spells out a programme span by clock, or by offset without one', () => {
    expect(formatProgrammeSpan(5 * 60 + 30, 12 * 60)).toBe('5:30 am to 5:42 am');
    expect(formatProgrammeSpan(12 * 60 + 30, 24 * 3600)).toBe('12:30 pm to 12:30 pm');
    expect(formatProgrammeSpan(undefined, 3723)).toBe('00:00:00 to 01:02:03');
  });
});

describe('formatProgrammeTime', () => {
  it('is the clock to the second when the start is known, the offset when not', () => {
    expect(formatProgrammeTime(8 * 60, 65.7)).toBe('8:01:05 am');
    expect(formatProgrammeTime(11 * 60 + 59, 75)).toBe('12:00:15 pm');
    expect(formatProgrammeTime(23 * 60 + 59, 120)).toBe('12:01:00 am');
    // Before the programme starts (a recording that begins early).
    expect(formatProgrammeTime(8 * 60, -10)).toBe('7:59:50 am');
    expect(formatProgrammeTime(undefined, 3725)).toBe('01:02:05');
    expect(formatProgrammeTime(undefined, -10)).toBe('-00:00:10');
  });
});
