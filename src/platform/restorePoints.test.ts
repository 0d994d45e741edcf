import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addRestorePoint, listRestorePoints, MAX_RESTORE_POINTS, readRestorePoint } from './restorePoints.ts';

describe('restore points', () => {
  it('lists newest first, reads one back, and keeps only the newest', async () => {
    for (let i = 0; i < MAX_RESTORE_POINTS + 5; i++) {
      await addRestorePoint({ createdAt: i, reason: `point ${i}`, title: 'Show', json: `{"n":${i}}` });
    }
    const list = await listRestorePoints();
    expect(list).toHaveLength(MAX_RESTORE_POINTS);
    expect(list[0]!.reason).toBe(`point ${MAX_RESTORE_POINTS + 4}`);
    expect(list.at(-1)!.reason).toBe('point 5');
    expect('json' in list[0]!).toBe(false);
    expect((await readRestorePoint(list[0]!.id))?.json).toBe(`{"n":${MAX_RESTORE_POINTS + 4}}`);
  });
});
