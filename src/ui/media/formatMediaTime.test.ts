import { describe, expect, it } from 'vitest';
import { formatMediaTime } from './formatMediaTime.ts';

describe('formatMediaTime', () => {
  it('shows tenths, hours only when there are some, and never 60 seconds', () => {
    expect(formatMediaTime(65.31)).toBe('1:05.3');
    expect(formatMediaTime(5025.6)).toBe('1:23:45.6');
    expect(formatMediaTime(59.96)).toBe('1:00.0');
    expect(formatMediaTime(86400)).toBe('24:00:00.0');
    expect(formatMediaTime(-3)).toBe('0:00.0');
    expect(formatMediaTime(NaN)).toBe('0:00.0');
  });
});
