import { describe, expect, it } from 'vitest';
import { likelyMergeTarget } from './mergeTarget.ts';
import type { Speaker } from './transcript.ts';

const s = (id: string, name: string): Speaker => ({ id, name, role: 'other' });

describe('the likely merge target', () => {
  const roster = [s('a', 'Maya Collins'), s('b', 'Dr. Tomas Reyes'), s('c', 'Priya Nandakumar')];

  it('is the speaker whose name contains the other as whole words', () => {
    expect(likelyMergeTarget(s('x', 'Reyes'), roster)?.id).toBe('b');
    expect(likelyMergeTarget(s('x', 'tomas reyes'), roster)?.id).toBe('b');
    expect(likelyMergeTarget(s('x', 'Priya Nandakumar (Coalition)'), roster)?.id).toBe('c');
  });

  it('is the speaker with the same first name', () => {
    expect(likelyMergeTarget(s('x', 'Maya C.'), roster)?.id).toBe('a');
  });

  it('is nobody when no name says so, and never a part of a word', () => {
    expect(likelyMergeTarget(s('x', 'Speaker 3'), roster)).toBeUndefined();
    expect(likelyMergeTarget(s('x', 'Ma'), roster)).toBeUndefined();
  });
});
