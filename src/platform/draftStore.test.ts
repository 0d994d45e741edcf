import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readDraft, writeDraft } from './draftStore.ts';

describe('draft store', () => {
  it('has nothing before the first write, then returns the last draft written', async () => {
    expect(await readDraft()).toBeNull();
    await writeDraft({ json: '{"a":1}', savedAt: 1, fileName: null, dirty: true });
    await writeDraft({ json: '{"a":2}', savedAt: 2, fileName: 'show.json', dirty: false });
    expect(await readDraft()).toEqual({ json: '{"a":2}', savedAt: 2, fileName: 'show.json', dirty: false });
  });
});
