import { describe, expect, it } from 'vitest';
import { LevelBuckets } from './levelBuckets.ts';

describe('LevelBuckets', () => {
  it('keeps the loudest level of each equal slice, however the frames arrive', () => {
    const levels = Float32Array.from({ length: 1000 }, (_, i) => (i % 250) / 1000);
    const whole = new LevelBuckets(1000, 4);
    whole.add(levels, 0);
    expect(Array.from(whole.peaks)).toEqual([249, 249, 249, 249].map((v) => Math.fround(v / 1000)));

    const sliced = new LevelBuckets(1000, 4);
    for (let at = 0; at < 1000; at += 333) sliced.add(levels.subarray(at, at + 333), at);
    expect(Array.from(sliced.peaks)).toEqual(Array.from(whole.peaks));
  });

  it('places a loud moment in the bucket of its time', () => {
    const buckets = new LevelBuckets(8000 * 60, 60);
    const click = new Float32Array(10).fill(0.8);
    buckets.add(click, 8000 * 42 + 5);
    expect(buckets.peaks.findIndex((p) => p > 0)).toBe(42);
    expect(buckets.peaks.filter((p) => p > 0)).toHaveLength(1);
  });

  it('has as many buckets as asked, even for fewer frames', () => {
    const buckets = new LevelBuckets(3, 10);
    buckets.add([0.1, 0.5, 0.2], 0);
    expect(buckets.peaks).toHaveLength(10);
    expect(Math.max(...buckets.peaks)).toBeCloseTo(0.5);
  });
});
