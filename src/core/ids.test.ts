import { describe, expect, it } from 'vitest';
import { BLOCK_PREFIX, SPEAKER_PREFIX, idSequence, importedId, isImportedId, newId } from './ids.ts';

describe('ids', () => {
  it('numbers imported ids in order, from 1, per sequence', () => {
    const blocks = idSequence(BLOCK_PREFIX);
    expect([blocks(), blocks(), blocks()]).toEqual(['b1', 'b2', 'b3']);
    const speakers = idSequence(SPEAKER_PREFIX);
    expect(speakers()).toBe('s1');
    expect(idSequence(BLOCK_PREFIX)()).toBe('b1');
    expect(importedId('b', 12)).toBe('b12');
  });

  it('makes new ids that are unique and never of the imported form', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 5000; i++) {
      const id = newId('b');
      expect(id.startsWith('b_')).toBe(true);
      expect(isImportedId(id, 'b')).toBe(false);
      ids.add(id);
    }
    expect(ids.size).toBe(5000);
    expect(newId('s')).toMatch(/^s_[0-9a-z]+$/);
  });

  it('recognises imported ids', () => {
    expect(isImportedId('b1', 'b')).toBe(true);
    expect(isImportedId('b120', 'b')).toBe(true);
    expect(isImportedId('b', 'b')).toBe(false);
    expect(isImportedId('s1', 'b')).toBe(false);
    expect(isImportedId('b_x1', 'b')).toBe(false);
  });
});
