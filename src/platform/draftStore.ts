import { db, DRAFTS } from './db.ts';

/// The browser copy of the open document, in IndexedDB: written in the
/// background after edits, read on start so a reload or a crash loses
/// nothing. localStorage is too small and blocks the page.
export interface Draft {
  /// The document in our saved-file format.
  json: string;
  savedAt: number;
  /// Name of the user's file this document was last saved to or opened from.
  fileName: string | null;
  /// True when the draft holds changes the user's file does not.
  dirty: boolean;
  /// The edit journal's base this copy starts (journal.ts), and the
  /// editor's document exactly as it was (ProseMirror JSON text), which the
  /// journalled steps apply to.
  journalBase?: string;
  doc?: string;
}

const CURRENT = 'current';

export async function writeDraft(draft: Draft): Promise<void> {
  await (await db()).put(DRAFTS, draft, CURRENT);
}

export async function readDraft(): Promise<Draft | null> {
  const value: unknown = await (await db()).get(DRAFTS, CURRENT);
  if (!value || typeof value !== 'object') return null;
  const d = value as Partial<Draft>;
  if (typeof d.json !== 'string' || typeof d.savedAt !== 'number') return null;
  const draft: Draft = {
    json: d.json,
    savedAt: d.savedAt,
    fileName: d.fileName ?? null,
    dirty: d.dirty === true,
  };
  if (typeof d.journalBase === 'string') draft.journalBase = d.journalBase;
  if (typeof d.doc === 'string') draft.doc = d.doc;
  return draft;
}
