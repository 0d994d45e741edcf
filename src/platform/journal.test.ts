import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { appendJournal, journalSteps, pruneJournal, readJournal, type JournalEntry } from './journal.ts';

describe('edit journal store', () => {
  it('reads entries back in the order written, and prunes those before a point', async () => {
    await appendJournal([
      { seq: 3, base: 'a', steps: ['c'] },
      { seq: 1, base: 'a', parent: null, steps: ['a'] },
    ]);
    await appendJournal([{ seq: 2, base: 'a', steps: ['b'] }]);
    expect((await readJournal()).map((e) => e.seq)).toEqual([1, 2, 3]);
    await pruneJournal(3);
    expect(await readJournal()).toEqual([{ seq: 3, base: 'a', steps: ['c'] }]);
    await pruneJournal(4);
    expect(await readJournal()).toEqual([]);
  });
});

describe('which steps apply to a draft', () => {
  const entries: JournalEntry[] = [
    { seq: 1, base: 'old', parent: null, steps: ['o1'] },
    { seq: 2, base: 'A', parent: 'old', steps: ['a1'] },
    { seq: 3, base: 'A', steps: ['a2', 'a3'] },
    // A new document opened: not a continuation of anything.
    { seq: 4, base: 'N', parent: null, steps: ['n1'] },
    // The draft of A's document was being written when B began.
    { seq: 5, base: 'B', parent: 'A', steps: ['b1'] },
  ];

  it('takes the draft base and every base that continues it, in order', () => {
    expect(journalSteps(entries, 'A')).toEqual({ steps: ['a1', 'a2', 'a3', 'b1'], base: 'B' });
    expect(journalSteps(entries, 'old')).toEqual({ steps: ['o1', 'a1', 'a2', 'a3', 'b1'], base: 'B' });
  });

  it('never applies a new document’s edits to another document’s draft', () => {
    expect(journalSteps(entries, 'N')).toEqual({ steps: ['n1'], base: 'N' });
    expect(journalSteps(entries, 'B')).toEqual({ steps: ['b1'], base: 'B' });
    expect(journalSteps(entries, 'unknown')).toEqual({ steps: [], base: 'unknown' });
  });
});
