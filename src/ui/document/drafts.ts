import { parseDocument } from '../../core/format/document.ts';
import { openTranscriptText } from '../../core/import/detect.ts';
import type { Transcript } from '../../core/transcript.ts';
import { docToTranscript } from '../../editor/convert.ts';
import { docFromJson, docToJson } from '../../editor/docJson.ts';
import { replaySteps } from '../../editor/replaySteps.ts';
import { readDraft, writeDraft, type Draft } from '../../platform/draftStore.ts';
import { journalSteps, readJournal } from '../../platform/journal.ts';
import type { SessionStore } from '../../store/session.ts';
import { IdleDebounce } from '../scheduler.ts';
import type { EditJournal } from './editJournal.ts';
import type { DocumentHost, DocumentOrigin } from './editorHost.ts';

/// How long the copy may wait while the user types without a pause. The
/// journal keeps every edit a tenth of a second after it is made, so the
/// copy is not what makes typing safe; rewriting it costs time that grows
/// with the document (a day's transcript is tens of megabytes to serialize
/// and store), which a copy every two seconds put between keystrokes. This
/// only keeps the journal short, which a reload replays.
const MAX_WAIT_MS = 30_000;
/// A newly loaded document's journal applies only on top of a copy of it
/// (platform/journal.ts), so its first copy waits no longer than this.
const FIRST_MAX_WAIT_MS = 2000;

/// The browser's own copy of the document (IndexedDB): written a moment
/// after the user pauses, at least every half minute while they type (two
/// seconds for a document's first copy), and read back on start with the
/// edit journal's steps since, so a reload or a crash loses at most the last
/// tenth of a second or so of typing.
export class Drafts {
  private readonly autosave = new IdleDebounce(() => void this.writeNow(), 700, MAX_WAIT_MS);
  private readonly firstCopy = new IdleDebounce(() => void this.writeNow(), 700, FIRST_MAX_WAIT_MS);
  /// Whether a copy of the document as loaded has been written since it was loaded.
  private copied = false;

  constructor(
    private readonly host: DocumentHost,
    private readonly store: SessionStore,
    private readonly journal: EditJournal,
  ) {}

  /// After an edit: write the copy when the user pauses.
  request(): void {
    if (!this.host.isReadOnly) (this.copied ? this.autosave : this.firstCopy).request();
  }

  /// Writes what is pending now, e.g. before the page goes away.
  flush(): void {
    this.journal.flush();
    this.autosave.flush();
    this.firstCopy.flush();
  }

  /// Drops a pending write (a document is being loaded, or is read-only).
  cancel(): void {
    this.autosave.cancel();
    this.firstCopy.cancel();
    this.copied = false;
  }

  async writeNow(): Promise<void> {
    if (this.host.isReadOnly) return;
    this.autosave.cancel();
    this.firstCopy.cancel();
    const { save, actions, docGeneration } = this.store.getState();
    try {
      // The document and the journal's cut at one moment: later edits are
      // journalled on top of this copy.
      const doc = this.host.editorState.doc;
      const cut = this.journal.cut();
      const savedAt = Date.now();
      await writeDraft({
        json: this.host.snapshot(doc),
        savedAt,
        fileName: save.fileName,
        dirty: save.dirty,
        journalBase: cut.base,
        doc: docToJson(doc),
      });
      // A document loaded while this one was being stored has no copy yet.
      if (this.store.getState().docGeneration === docGeneration) this.copied = true;
      void this.journal.prune(cut.seq);
      actions.patchSave({ draftSavedAt: savedAt });
    } catch (error) {
      actions.patchSave({
        error: `Autosave failed: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }

  /// On start: the browser copy if there is one, with the edits journalled
  /// after it, else the bundled sample.
  async restore(sample: { text: string; name: string }): Promise<void> {
    const generation = this.store.getState().docGeneration;
    let draft = null;
    try {
      draft = await readDraft();
    } catch {
      this.store
        .getState()
        .actions.notify(
          'error',
          'This browser will not store drafts (IndexedDB is unavailable): save to a file often.',
        );
    }
    if (draft) {
      // Our own copy: read as our file, never sniffed as any other format.
      const result = parseDocument(draft.json);
      if (result.ok) {
        const recovered = await withJournal(draft, result.transcript);
        // The user opened something while the copy was being read: theirs wins.
        if (this.store.getState().docGeneration !== generation) return;
        this.host.load(recovered.transcript, {
          fileName: draft.fileName,
          dirty: draft.dirty || recovered.edits > 0,
          original: result.original,
          resume: recovered.resume,
        });
        this.store.getState().actions.patchSave({ draftSavedAt: draft.savedAt });
        // Edits that could not all be replayed start a new chain: write the copy they continue.
        if (recovered.edits > 0 && !recovered.resume) await this.writeNow();
        return;
      }
    }
    if (this.store.getState().docGeneration !== generation) return;
    const result = openTranscriptText(sample.text, sample.name);
    if (result.ok) this.host.load(result.transcript, { fileName: null, dirty: false });
  }
}

/// The draft's transcript with the edits journalled after it, and where
/// the journal goes on from.
async function withJournal(
  draft: Draft,
  transcript: Transcript,
): Promise<{ transcript: Transcript; edits: number; resume: DocumentOrigin['resume'] }> {
  const doc = draft.journalBase ? docFromJson(draft.doc) : null;
  if (!draft.journalBase || !doc) return { transcript, edits: 0, resume: undefined };
  let chain: { steps: unknown[]; base: string };
  try {
    chain = journalSteps(await readJournal(), draft.journalBase);
  } catch {
    // Without the journal the copy stands alone; new edits start a new chain.
    return { transcript, edits: 0, resume: undefined };
  }
  const replayed = replaySteps(doc, chain.steps);
  // Steps that did not all apply leave the chain broken: later edits start
  // a new one, on a copy written from this document.
  const whole = replayed.applied === chain.steps.length;
  return {
    transcript: replayed.applied > 0 ? docToTranscript(replayed.doc) : transcript,
    edits: replayed.applied,
    resume: whole ? { base: chain.base, doc: replayed.doc } : undefined,
  };
}
