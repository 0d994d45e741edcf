import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchSequences } from './diff.ts';

/// Length of a longest common subsequence, by the textbook table (small
/// inputs only: this is the reference the fast diff is checked against).
function lcsLength(a: readonly number[], b: readonly number[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : Math.max(row[j]!, row[j - 1]!);
      diagonal = above;
    }
  }
  return row[b.length]!;
}

function check(a: readonly number[], b: readonly number[]): number {
  const match = matchSequences(a, b, 1 + Math.max(0, ...a, ...b));
  let last = -1;
  let count = 0;
  match.forEach((j, i) => {
    if (j < 0) return;
    expect(a[i]).toBe(b[j]);
    expect(j).toBeGreaterThan(last);
    last = j;
    count++;
  });
  return count;
}

/// A small seeded generator (mulberry32), so the timing test is repeatable.
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe('matchSequences', () => {
  it('matches equal sequences completely and disjoint ones not at all', () => {
    expect(Array.from(matchSequences([1, 2, 3], [1, 2, 3], 4))).toEqual([0, 1, 2]);
    expect(Array.from(matchSequences([1, 2], [3, 4], 5))).toEqual([-1, -1]);
    expect(Array.from(matchSequences([], [1], 2))).toEqual([]);
  });

  it('finds a replacement in the middle', () => {
    expect(Array.from(matchSequences([1, 2, 3, 4, 5], [1, 2, 9, 4, 5], 10))).toEqual([0, 1, -1, 3, 4]);
  });

  it('is minimal where no word is unique (Myers)', () => {
    // a b a b a  vs  b a b: LCS 3
    expect(check([0, 1, 0, 1, 0], [1, 0, 1])).toBe(3);
  });

  it('always returns a common subsequence', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 30 }),
        fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 30 }),
        (a, b) => {
          expect(check(a, b)).toBeLessThanOrEqual(lcsLength(a, b));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('finds a longest common subsequence when no item is unique (Myers is exact)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 30 }),
        fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 30 }),
        (a, b) => {
          // Every item twice on each side: no patience anchors anywhere.
          const a2 = a.flatMap((x) => [x, x]);
          const b2 = b.flatMap((x) => [x, x]);
          const unique = (xs: number[], x: number) => xs.filter((y) => y === x).length === 1;
          fc.pre(![0, 1, 2].some((x) => unique(a2, x) && unique(b2, x)));
          expect(check(a2, b2)).toBe(lcsLength(a2, b2));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('is not misled by a unique item that moved (found by the property below)', () => {
    expect(check([0, 0, 0, 39], [39, 0, 0, 0, 0])).toBe(3);
  });

  it('stays close to the longest on text-like inputs (patience anchors)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 80 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 40 }), fc.constantFrom('ins', 'del', 'rep')), {
          maxLength: 6,
        }),
        (a, edits) => {
          const b = [...a];
          for (const [at, item, kind] of edits) {
            const p = b.length === 0 ? 0 : at % b.length;
            if (kind === 'ins') b.splice(p, 0, item);
            else if (kind === 'del') b.splice(p, 1);
            else b[p] = item;
          }
          const found = check(a, b);
          // Never worse than keeping everything the edits did not touch.
          expect(found).toBeGreaterThanOrEqual(a.length - edits.length);
        },
      ),
      { numRuns: 500 },
    );
  });

  // No wall-time bound (load decides those); the test's timeout catches a blow-up.
  it('diffs 130,000 words with 3,000 scattered edits, keeping the rest matched', () => {
    const random = mulberry32(7);
    // Zipf-like: many repeats of common words, a long tail of rare ones.
    const a = Array.from({ length: 130_000 }, () => Math.floor(20_000 * random() ** 3));
    const b = [...a];
    for (let e = 0; e < 3_000; e++) {
      const p = Math.floor(random() * b.length);
      const kind = random();
      if (kind < 0.4) b[p] = Math.floor(20_000 * random());
      else if (kind < 0.7) b.splice(p, 1);
      else b.splice(p, 0, Math.floor(20_000 * random()));
    }
    const match = matchSequences(a, b, 20_001);
    let kept = 0;
    for (const j of match) if (j >= 0) kept++;
    expect(kept).toBeGreaterThan(a.length - 3_500);
  });

  it('gives up gracefully (all replaced) on a huge range with nothing unique', () => {
    const a = Array.from({ length: 60_000 }, (_, i) => i % 2);
    const b = Array.from({ length: 60_000 }, (_, i) => (i + 1) % 3);
    check(a, b);
  });
});
