import { describe, expect, it } from 'vitest';
import { parseCueTimestamp, readCueTiming } from './cueTimestamp.ts';

describe('parseCueTimestamp', () => {
  it('reads the spec forms', () => {
    expect(parseCueTimestamp('00:11.000')).toBe(11);
    expect(parseCueTimestamp('01:02:03.456')).toBe(3723.456);
    expect(parseCueTimestamp('00:00:01,001')).toBe(1.001);
    expect(parseCueTimestamp('100:00:00.000')).toBe(360000);
  });

  it('reads what browsers and subtitle tools read', () => {
    expect(parseCueTimestamp('0:00:05.560')).toBe(5.56);
    expect(parseCueTimestamp('0:0:1.5')).toBe(1.5);
    expect(parseCueTimestamp('0:0:2.25')).toBe(2.25);
    expect(parseCueTimestamp('00:05,5')).toBe(5.5);
    expect(parseCueTimestamp('1:2.05')).toBe(62.05);
    expect(parseCueTimestamp('00:00:05')).toBe(5);
    expect(parseCueTimestamp('00:1.000')).toBe(1);
    expect(parseCueTimestamp('00:00:01,0000')).toBe(1);
    expect(parseCueTimestamp('00:00:01.23456')).toBe(1.235);
    expect(parseCueTimestamp('00:00:01.9999')).toBe(1.999);
  });

  it('refuses what no reading makes sense of', () => {
    for (const bad of [
      '60:00.000',
      '00:60:00.000',
      '0:0:60',
      '1.000',
      '1,000',
      'aa:bb:cc,ddd',
      'x',
      '',
      '1:2:3:4',
    ]) {
      expect(parseCueTimestamp(bad), bad).toBeNull();
    }
  });
});

describe('readCueTiming', () => {
  it('reads a timing line with settings after the end', () => {
    expect(readCueTiming('0:0:1.5 --> 0:0:2.25 align:start position:0%')).toEqual({ start: 1.5, end: 2.25 });
    expect(readCueTiming('00:00:01,000-->00:00:02,000 X1:10 X2:20')).toEqual({ start: 1, end: 2 });
  });

  it('names the timestamp it cannot read, and is null without an arrow', () => {
    expect(readCueTiming('00:00:01.000 --> soon')).toEqual({ bad: 'soon' });
    expect(readCueTiming('1.0 --> 00:02.000')).toEqual({ bad: '1.0' });
    expect(readCueTiming('no arrow here')).toBeNull();
  });
});
