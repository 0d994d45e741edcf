import type { Node as PMNode } from 'prosemirror-model';
import type { Command, EditorState, Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { isHistoryTransaction, redoDepth, undoDepth } from 'prosemirror-history';
import { serializeDocument } from '../../core/format/document.ts';
import { originalFromTranscript, type Original } from '../../core/format/original.ts';
import { emptyTranscript, type Transcript } from '../../core/transcript.ts';
import { ANNOUNCE } from '../../editor/announce.ts';
import { docToTranscript } from '../../editor/convert.ts';
import { createEditorState, editorStateOf } from '../../editor/state.ts';
import { createEditorView } from '../../editor/view/createEditorView.ts';
import { revealSelection } from '../../editor/view/revealSelection.ts';
import { CENTER_VIEW } from '../../editor/centerView.ts';
import { centerSelection } from '../../editor/view/centerViewPlugin.ts';
import { claimEditing } from '../../platform/editorLock.ts';
import { persistStorage } from '../../platform/storagePersistence.ts';
import type { DialogKind, SessionStore } from '../../store/session.ts';
import { MediaPlayer } from '../media/MediaPlayer.ts';
import { Drafts } from './drafts.ts';
import { EditJournal } from './editJournal.ts';
import type { DocumentHost, DocumentOrigin } from './editorHost.ts';
import { FileOpener } from './fileOpener.ts';
import { FileSaver } from './fileSaver.ts';
import { FindReplace } from './findReplace.ts';
import { goToTime, jumpToTime } from './goToTime.ts';
import { Projections } from './projections.ts';
import { RestorePoints } from './restorePoints.ts';
import { SpeakerPicker } from './speakerPicker.ts';
import { SpeakerSuggestions } from './suggestions.ts';
import { SuspectMarks } from './suspectMarks.ts';

/// Owns the one EditorView and its state: every transaction goes through
/// `dispatch` here. What happens around the document lives in the parts it
/// holds (opening, saving, drafts, the picker, projections, find, restore
/// points, suggestions, media), each of which sees the editor only through
/// `EditorHost`. React components call these; none of them calls React.
export class DocumentController implements DocumentHost {
  private view: EditorView | null = null;
  private state: EditorState;
  private originalTranscript: Original | null = null;
  private readOnly = false;
  /// A document change refused in this read-only tab during the current `run`.
  private refusedEdit = false;

  readonly drafts: Drafts;
  readonly opener: FileOpener;
  readonly saver: FileSaver;
  readonly picker: SpeakerPicker;
  readonly find: FindReplace;
  readonly restorePoints: RestorePoints;
  readonly suggest: SpeakerSuggestions;
  readonly media: MediaPlayer;
  private readonly projections: Projections;
  private readonly suspects: SuspectMarks;
  private readonly journal = new EditJournal();

  constructor(private readonly store: SessionStore) {
    this.drafts = new Drafts(this, store, this.journal);
    this.saver = new FileSaver(this, store, () => this.drafts.writeNow());
    this.opener = new FileOpener(this, store, {
      afterOpen: () => this.drafts.request(),
      save: () => this.saver.save(),
    });
    this.picker = new SpeakerPicker(this, store);
    this.restorePoints = new RestorePoints(this, store);
    this.find = new FindReplace(this, store);
    this.suggest = new SpeakerSuggestions(this, store);
    this.media = new MediaPlayer(this, store);
    this.projections = new Projections(this, store, () => this.find.publish());
    this.suspects = new SuspectMarks(this);
    this.state = this.newState(emptyTranscript());
  }

  // ---- the view ----

  mount(place: HTMLElement): void {
    const { view, blocks } = createEditorView(place, {
      state: this.state,
      dispatchTransaction: (tr) => this.dispatch(tr),
      onSpeakerClick: (blockPos, anchor) => this.picker.open(blockPos, anchor),
      onTimeClick: (blockPos) => this.media.playFromBlock(blockPos),
    });
    this.view = view;
    if (this.readOnly) view.setProps({ editable: () => false });
    this.suggest.attach(blocks);
  }

  unmount(): void {
    this.view?.destroy();
    this.view = null;
  }

  get editorView(): EditorView | null {
    return this.view;
  }

  get editorState(): EditorState {
    return this.view?.state ?? this.state;
  }

  get isReadOnly(): boolean {
    return this.readOnly;
  }

  focus(): void {
    this.view?.focus();
  }

  /// A modal <dialog> returns focus to whatever opened it as it closes:
  /// the text takes it back once that has happened.
  focusAfterDialog(): void {
    setTimeout(() => this.focus(), 0);
  }

  /// Closes a dialog and puts the focus back in the text.
  closeDialog(kind: DialogKind): void {
    this.store.getState().actions.closeDialog(kind);
    this.focusAfterDialog();
  }

  /// False when the command did nothing, or wanted to change the document
  /// in a read-only tab.
  run(command: Command, refocus = true): boolean {
    const view = this.view;
    if (!view) return false;
    this.refusedEdit = false;
    const done = command(view.state, (tr) => this.dispatch(tr), view);
    if (refocus) view.focus();
    return done && !this.refusedEdit;
  }

  /// The one funnel: every transaction, from the keyboard, a command or a
  /// panel, is applied here, and what depends on the document follows.
  private dispatch(tr: Transaction): void {
    const view = this.view;
    if (!view) return;
    if (this.readOnly && tr.docChanged) {
      this.refusedEdit = true;
      this.store.getState().actions.notify('error', READ_ONLY_REFUSAL);
      return;
    }
    const prev = view.state;
    const { state: next, transactions } = prev.applyTransaction(tr);
    view.updateState(next);
    this.state = next;
    this.publishHistory();
    // Plugins' appended transactions too: the journal replays without them.
    for (const applied of transactions) if (applied.docChanged) this.journal.record(applied.steps);
    if (tr.scrolledIntoView && !view.hasFocus()) {
      if (tr.getMeta(CENTER_VIEW) === true) centerSelection(view);
      else revealSelection(view);
    }
    const announce = tr.getMeta(ANNOUNCE) as string | undefined;
    if (announce) this.store.getState().actions.notify('info', announce);
    if (next.doc === prev.doc) return;
    if (next.doc.child(0) !== prev.doc.child(0) || next.doc.child(1) !== prev.doc.child(1)) {
      this.projections.publishHeader();
    }
    if (!this.store.getState().save.dirty) this.store.getState().actions.patchSave({ dirty: true });
    // An undo or redo can change any count at once: the figures follow in
    // the next frame rather than when typing pauses.
    if (isHistoryTransaction(tr)) this.projections.publishStatsNextFrame();
    else this.projections.requestStats();
    this.suggest.requestRefresh();
    this.drafts.request();
  }

  /// Whether Undo and Redo have anything to do; the store hears only of a change.
  private publishHistory(): void {
    const undo = undoDepth(this.state) > 0;
    const redo = redoDepth(this.state) > 0;
    const known = this.store.getState().history;
    if (known.undo !== undo || known.redo !== redo) this.store.setState({ history: { undo, redo } });
  }

  private newState(transcript: Transcript, doc?: PMNode): EditorState {
    const hooks = {
      openSpeakerPicker: this.picker.pickCommand,
      splitAndPick: this.picker.splitAndPickCommand,
      acceptSuggestion: this.suggest.acceptHere,
    };
    return doc ? editorStateOf(doc, hooks) : createEditorState(transcript, hooks);
  }

  // ---- the document ----

  /// On start: claims editing (a second tab stays read-only), then the
  /// browser copy if there is one, else the bundled sample.
  async start(sample: { text: string; name: string }): Promise<void> {
    void persistStorage().then((storagePersisted) => this.store.setState({ storagePersisted }));
    const claim = await claimEditing();
    if (!claim.granted) {
      // Show the other tab's last saved state, but never write it.
      this.setReadOnly(true);
      void claim.whenFree.then(() => this.takeOver(sample));
    }
    await this.drafts.restore(sample);
  }

  /// The other tab has closed: its last copy is the work, so it is read
  /// again before this tab starts to edit.
  private async takeOver(sample: { text: string; name: string }): Promise<void> {
    await this.drafts.restore(sample);
    this.setReadOnly(false);
    this.store.getState().actions.notify('info', 'The other tab has closed: this tab can now edit.');
  }

  load(transcript: Transcript, origin: DocumentOrigin): void {
    // Never changes after this: the correction log lists edits against it.
    this.originalTranscript = origin.original ?? originalFromTranscript(transcript);
    this.drafts.cancel();
    if (origin.resume) this.journal.resume(origin.resume.base);
    else this.journal.startFresh();
    this.state = this.newState(transcript, origin.resume?.doc);
    this.saver.reset(origin.handle ?? null);
    this.view?.updateState(this.state);
    this.store.setState((s) => ({
      docGeneration: s.docGeneration + 1,
      picker: null,
      save: { ...s.save, dirty: origin.dirty, fileName: origin.fileName, error: null },
    }));
    this.projections.publishHeader();
    this.projections.publishStats();
    this.publishHistory();
    this.suggest.reset();
    void this.suspects.start();
    // Keyboard work starts in the text, unless the user is busy elsewhere.
    const active = document.activeElement;
    if (!active || active === document.body) this.view?.focus();
    const blocks = transcript.blocks.length;
    requestAnimationFrame(() =>
      setTimeout(() => performance.mark('transcript-rendered', { detail: { blocks } }), 0),
    );
  }

  get original(): Original {
    return this.originalTranscript ?? originalFromTranscript(this.transcript());
  }

  transcript(doc: PMNode = this.editorState.doc): Transcript {
    return docToTranscript(doc);
  }

  snapshot(doc: PMNode = this.editorState.doc): string {
    return this.serializeDoc(true, doc);
  }

  serialize(trusted = false): string {
    return this.serializeDoc(trusted, this.editorState.doc);
  }

  private serializeDoc(trusted: boolean, doc: PMNode): string {
    const original = this.originalTranscript;
    return serializeDocument(this.transcript(doc), original ? { trusted, original } : { trusted });
  }

  beforeBigChange(reason: string): void {
    void this.restorePoints.take(`Before ${reason}`);
  }

  goToTime(text: string): { ok: true } | { ok: false; message: string } {
    return goToTime(this, this.store, text);
  }

  jumpToTime(time: number): void {
    jumpToTime(this, time);
  }

  private setReadOnly(readOnly: boolean): void {
    this.readOnly = readOnly;
    if (readOnly) this.drafts.cancel();
    this.view?.setProps({ editable: () => !readOnly });
    this.store.setState({ readOnly });
  }
}

/// Why a read-only tab refuses an edit; the banner says the same for as long as it lasts.
export const READ_ONLY_REFUSAL =
  'This tab is read-only because Caption Desk is open in another tab: nothing was changed. Carry on in the other tab, or close it and this tab can edit.';
