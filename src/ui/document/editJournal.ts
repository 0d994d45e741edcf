import type { Step } from 'prosemirror-transform';
import { appendJournal, pruneJournal, type JournalEntry } from '../../platform/journal.ts';

/// How long an edit waits before it is written: a browser killed while
/// typing loses at most about this much, and a burst of keys is one write.
const FLUSH_MS = 100;

interface Pending {
  seq: number;
  base: string;
  parent?: string | null;
  steps: readonly Step[];
}

/// Appends every edit's steps to the journal in IndexedDB a moment after it
/// is made (platform/journal.ts says how the journal and the draft fit).
/// Steps are immutable, so they are turned into JSON when written, off the
/// keystroke.
export class EditJournal {
  private base = newBase();
  /// The parent to record with the next entry: the base this one continues,
  /// null for a new document, undefined once written.
  private link: string | null | undefined = null;
  private seq = Date.now() * 1000;
  private pending: Pending[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private writing: Promise<void> = Promise.resolve();

  record(steps: readonly Step[]): void {
    if (steps.length === 0) return;
    const entry: Pending = { seq: this.seq++, base: this.base, steps };
    if (this.link !== undefined) {
      entry.parent = this.link;
      this.link = undefined;
    }
    this.pending.push(entry);
    this.timer ??= setTimeout(() => this.flush(), FLUSH_MS);
  }

  /// A new document: nothing journalled so far applies to it.
  startFresh(): void {
    this.flush();
    this.base = newBase();
    this.link = null;
  }

  /// The document read back from the browser copy: later edits continue the
  /// journal chain it was rebuilt from.
  resume(base: string): void {
    this.flush();
    this.base = base;
    this.link = undefined;
  }

  /// The browser copy of the document as it is now is about to be written:
  /// later edits belong to it. Returns its base, and the point before which
  /// the journal may go once the copy has landed.
  cut(): { base: string; seq: number } {
    this.flush();
    const previous = this.base;
    this.base = newBase();
    this.link = previous;
    return { base: this.base, seq: this.seq };
  }

  /// The copy that `cut` returned `seq` for has landed.
  prune(seq: number): Promise<void> {
    this.writing = this.writing.then(() => pruneJournal(seq)).catch(() => undefined);
    return this.writing;
  }

  /// Writes what is pending now (a cut, the page hiding).
  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.pending.length === 0) return;
    const batch: JournalEntry[] = this.pending.map(({ steps, ...entry }) => ({
      ...entry,
      steps: steps.map((step) => step.toJSON() as unknown),
    }));
    this.pending = [];
    // In order, one after another; a failed write loses only its own edits
    // from the journal (the next draft still holds them).
    this.writing = this.writing.then(() => appendJournal(batch)).catch(() => undefined);
  }
}

function newBase(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
