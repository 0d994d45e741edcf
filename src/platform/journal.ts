import { db, JOURNAL } from './db.ts';

/// The edit journal: every change to the document since the browser copy
/// was last written, appended a fraction of a second after it is made, so a
/// browser killed while typing loses almost nothing. The full copy (the
/// draft) is written only when the user pauses; the journal fills the gap.
///
/// Entries belong to a *base*: the draft they apply on top of. Writing a new
/// draft starts a new base, linked to the old one, so if that write never
/// lands the old draft plus both bases' entries still give the document. A
/// newly opened document starts a base with no parent: its entries apply
/// only once a draft of it exists.
export interface JournalEntry {
  /// Order of writing; also the key.
  seq: number;
  base: string;
  /// ProseMirror steps as JSON, in order.
  steps: readonly unknown[];
  /// Present on the first entry of a base: the base it continues, or null
  /// for a new document.
  parent?: string | null;
}

export async function appendJournal(entries: readonly JournalEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const tx = (await db()).transaction(JOURNAL, 'readwrite');
  for (const entry of entries) void tx.store.put(entry, entry.seq);
  await tx.done;
}

export async function readJournal(): Promise<JournalEntry[]> {
  return ((await (await db()).getAll(JOURNAL)) as JournalEntry[]).sort((a, b) => a.seq - b.seq);
}

/// Drops every entry written before `seq`: a draft that holds them has landed.
export async function pruneJournal(seq: number): Promise<void> {
  await (await db()).delete(JOURNAL, IDBKeyRange.upperBound(seq, true));
}

/// The steps to apply, in order, on top of the draft whose base is `base`:
/// its own entries, then those of each base that continues it; and the last
/// base of that chain, which later edits continue.
export function journalSteps(
  entries: readonly JournalEntry[],
  base: string,
): { steps: unknown[]; base: string } {
  const steps: unknown[] = [];
  let current = base;
  for (const entry of entries) {
    if (entry.parent !== undefined && entry.parent === current) current = entry.base;
    if (entry.base === current) steps.push(...entry.steps);
  }
  return { steps, base: current };
}
