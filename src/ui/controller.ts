import { TextSelection, type Command, type EditorState, type Transaction } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import type { EditorView } from 'prosemirror-view';
import { serializeDocument } from '../core/format/document.ts';
import {
  exportFormat,
  exportTranscript,
  type ExportFormatId,
  type ExportOptions,
} from '../core/export/index.ts';
import {
  openTranscriptText,
  overlayRttm,
  RTTM_ALONE_MESSAGE,
  type OpenResult,
} from '../core/import/detect.ts';
import { readTextFile } from '../platform/readFile.ts';
import { formatProgrammeSpan } from '../core/clock.ts';
import { parseTimeQuery } from '../core/timeQuery.ts';
import { originalFromTranscript, type Original } from '../core/format/original.ts';
import {
  correctionLog,
  correctionLogCsv,
  correctionLogMarkdown,
  type CorrectionLogOptions,
} from '../core/corrections/index.ts';
import { emptyTranscript, type Transcript } from '../core/transcript.ts';
import { blockAtResolved } from '../editor/blocks.ts';
import { docToTranscript } from '../editor/convert.ts';
import { splitBlockTr } from '../editor/commands/splitBlock.ts';
import { addSpeaker, assignAfterSplit, assignSpeakerAt } from '../editor/commands/speakers.ts';
import { createEditorState } from '../editor/state.ts';
import { newId } from '../core/ids.ts';
import { docStats } from '../editor/stats.ts';
import { blockPosAtTime, docTimeline, type Timeline } from '../editor/timeline.ts';
import { createEditorView } from '../editor/view/createEditorView.ts';
import { revealSelection } from '../editor/view/revealSelection.ts';
import { setSuspectOptions } from '../editor/plugins/suspects.ts';
import { knownNamesOf, loadWordList } from '../core/suspects/index.ts';
import { forEachBlock, getMeta, getRoster } from '../editor/blocks.ts';
import { readDraft, writeDraft } from '../platform/draftStore.ts';
import { replaceDocument } from '../editor/commands/replaceDocument.ts';
import { claimEditing } from '../platform/editorLock.ts';
import { parseFile } from '../platform/parseFile.ts';
import { downloadText, saveTextFile } from '../platform/saveFile.ts';
import type { BlockFilter, SessionStore, SidebarTab } from '../store/session.ts';
import { ANNOUNCE, gapList, selectGap } from '../editor/commands/gaps.ts';
import { IdleDebounce } from './scheduler.ts';
import { FindReplace } from './findReplace.ts';
import { RestorePointsController } from './restorePointsController.ts';
import { SuggestionsController } from './suggestionsController.ts';
import type { MediaPlayer } from './media/MediaPlayer.ts';

const JSON_MIME = 'application/json';

/// Owns the EditorView and everything around the document that is not
/// React: loading, saving, autosave, and publishing read-only projections
/// of the document to the session store. React components call its
/// methods; it never calls React.
export class DocumentController {
  private view: EditorView | null = null;
  private state: EditorState;
  private fileHandle: FileSystemFileHandle | null = null;
  private pendingOpen: (() => void) | null = null;
  private original: Original | null = null;
  /// The find panel's actions.
  readonly find: FindReplace;
  readonly restorePoints: RestorePointsController;
  readonly suggest: SuggestionsController;
  private readonly autosave = new IdleDebounce(() => void this.writeDraftNow(), 700, 2000);
  private readonly statsRefresh = new IdleDebounce(() => this.publishStats(), 150, 1000);

  constructor(private readonly store: SessionStore) {
    this.find = new FindReplace(this, store);
    this.restorePoints = new RestorePointsController(this, store);
    this.suggest = new SuggestionsController(this, store);
    this.state = this.newState(emptyTranscript());
  }

  // ---- view ----

  mount(place: HTMLElement): void {
    const { view, blocks } = createEditorView(place, {
      state: this.state,
      dispatchTransaction: (tr) => this.dispatch(tr),
      onSpeakerClick: (blockPos, anchor) => this.openPicker(blockPos, anchor),
      onTimeClick: (blockPos) => this.onTimeClick(blockPos),
    });
    this.view = view;
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

  focus(): void {
    this.view?.focus();
  }

  /// Focus back to the text once a closing dialog has finished: a modal
  /// <dialog> returns focus to whatever opened it as it closes.
  focusAfterDialog(): void {
    setTimeout(() => this.focus(), 0);
  }

  /// Runs an editor command against the current state, then returns focus
  /// to the text so keyboard work goes on.
  run(command: Command, refocus = true): boolean {
    const view = this.view;
    if (!view) return false;
    const done = command(view.state, (tr) => this.dispatch(tr), view);
    if (refocus) view.focus();
    return done;
  }

  private dispatch(tr: Transaction): void {
    const view = this.view;
    if (!view || (this.readOnly && tr.docChanged)) return;
    const prev = view.state;
    const next = prev.apply(tr);
    view.updateState(next);
    this.state = next;
    if (tr.scrolledIntoView && !view.hasFocus()) revealSelection(view);
    const announce = tr.getMeta(ANNOUNCE) as string | undefined;
    if (announce) this.store.setState({ notice: { kind: 'info', text: announce } });
    if (next.doc === prev.doc) return;
    if (next.doc.child(0) !== prev.doc.child(0) || next.doc.child(1) !== prev.doc.child(1)) {
      this.publishHeader();
    }
    if (!this.store.getState().save.dirty) this.patchSave({ dirty: true });
    this.statsRefresh.request();
    this.suggest.requestRefresh();
    this.autosave.request();
  }

  private newState(transcript: Transcript): EditorState {
    return createEditorState(transcript, {
      openSpeakerPicker: (state, dispatch, view) => this.pickerCommand(state, dispatch, view),
      splitAndPick: (state, dispatch, view) => this.splitAndPickCommand(state, dispatch, view),
      acceptSuggestion: (state, dispatch) => this.suggest.acceptHere(state, dispatch),
    });
  }

  // ---- loading ----

  /// Replaces the open document. The old one's undo history goes with it.
  load(
    transcript: Transcript,
    origin: {
      fileName: string | null;
      handle?: FileSystemFileHandle | null;
      dirty: boolean;
      /// The transcript as first imported; absent: this one is the original.
      original?: Original | undefined;
    },
  ): void {
    // Never changes after this: the correction log lists edits against it.
    this.original = origin.original ?? originalFromTranscript(transcript);
    this.autosave.cancel();
    this.state = this.newState(transcript);
    this.fileHandle = origin.handle ?? null;
    this.view?.updateState(this.state);
    this.store.setState((s) => ({
      docGeneration: s.docGeneration + 1,
      picker: null,
      save: { ...s.save, dirty: origin.dirty, fileName: origin.fileName, error: null },
    }));
    this.publishHeader();
    this.publishStats();
    this.suggest.reset();
    void this.startSuspectMarks();
    // Keyboard work starts in the text, unless the user is busy elsewhere.
    const active = document.activeElement;
    if (!active || active === document.body) this.view?.focus();
    const blocks = transcript.blocks.length;
    requestAnimationFrame(() =>
      setTimeout(() => performance.mark('transcript-rendered', { detail: { blocks } }), 0),
    );
  }

  /// Opens a file the user picked, dropped or pasted. On any problem the
  /// open document stays as it was and the user gets the reason.
  /// Reading and parsing happen in a worker, so a day of captions never
  /// freezes the page; the toolbar shows how far it got.
  async openFile(file: File): Promise<boolean> {
    performance.mark('transcript-open-start');
    this.store.setState({ loading: { name: file.name, stage: 'reading' }, notice: null });
    try {
      const result = await parseFile(file, (stage) =>
        this.store.setState({ loading: { name: file.name, stage } }),
      );
      // Speaker turns without words go onto the open transcript.
      if (!result.ok && result.message === RTTM_ALONE_MESSAGE) return await this.overlaySpeakerTurns(file);
      this.store.setState({ loading: { name: file.name, stage: 'laying out' } });
      // Let the progress line paint before the document is built on this thread.
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return this.openResult(result, file.name);
    } finally {
      this.store.setState({ loading: null });
    }
  }

  /// Assigns the open transcript's turns from an RTTM file (diarization
  /// without words), by time overlap; one undo step.
  private async overlaySpeakerTurns(file: File): Promise<boolean> {
    const read = await readTextFile(file);
    if (!read.ok) return this.refuse(file.name, read.message);
    const result = overlayRttm(this.transcript(), read.text);
    if (!result.ok) return this.refuse(file.name, result.message);
    void this.restorePoints.take(`Before adding speakers from ${file.name}`);
    this.run(replaceDocument(result.transcript), false);
    this.store.setState({
      notice: { kind: 'info', text: `${file.name}: ${result.message} Ctrl+Z undoes it.` },
    });
    return true;
  }

  /// Opens text as a transcript. When the open document has changes not
  /// saved to a file, the new one waits for the user's word first.
  openText(text: string, name: string): boolean {
    return this.openResult(openTranscriptText(text, name), name);
  }

  private openResult(result: OpenResult, name: string): boolean {
    if (!result.ok) return this.refuse(name, result.message);
    const isOurs = result.format === 'caption-desk-json';
    const open = () => {
      void this.restorePoints.take(`Before opening ${name}`);
      this.load(result.transcript, {
        fileName: isOurs ? name : null,
        dirty: false,
        original: originalOf(result),
      });
      this.autosave.request();
      this.store.setState({ notice: { kind: 'info', text: `Opened ${name}.` } });
    };
    if (this.hasUnsavedChanges()) {
      this.pendingOpen = open;
      this.store.setState({ pendingOpen: { name } });
    } else {
      open();
    }
    return true;
  }

  /// The user's answer about replacing a document with unsaved changes.
  async resolvePendingOpen(answer: 'replace' | 'save-first' | 'cancel'): Promise<void> {
    const open = this.pendingOpen;
    this.pendingOpen = null;
    this.store.setState({ pendingOpen: null });
    if (!open || answer === 'cancel') {
      this.focusAfterDialog();
      return;
    }
    if (answer === 'save-first') {
      await this.save();
      if (this.hasUnsavedChanges()) return; // The save did not happen; keep the document.
    }
    open();
  }

  private refuse(name: string, message: string): false {
    this.store.setState({
      notice: { kind: 'error', text: `${name}: ${message} The open transcript is unchanged.` },
    });
    return false;
  }

  /// On start: the browser copy if there is one, else the bundled sample.
  async restore(sample: { text: string; name: string }): Promise<void> {
    const generation = this.store.getState().docGeneration;
    if (!(await claimEditing())) {
      this.becomeReadOnly();
      // Show the other tab's last saved state, but never write it.
    }
    let draft = null;
    try {
      draft = await readDraft();
    } catch {
      this.store.setState({
        notice: {
          kind: 'error',
          text: 'This browser will not store drafts (IndexedDB is unavailable): save to a file often.',
        },
      });
    }
    // The user opened something while the draft was being read: theirs wins.
    if (this.store.getState().docGeneration !== generation) return;
    if (draft) {
      const result = openTranscriptText(draft.json, draft.fileName ?? 'draft.json');
      if (result.ok) {
        this.load(result.transcript, {
          fileName: draft.fileName,
          dirty: draft.dirty,
          original: originalOf(result),
        });
        this.patchSave({ draftSavedAt: draft.savedAt });
        return;
      }
    }
    const result = openTranscriptText(sample.text, sample.name);
    if (result.ok) this.load(result.transcript, { fileName: null, dirty: false });
  }

  // ---- saving ----

  transcript(doc: PMNode = this.editorState.doc): Transcript {
    return docToTranscript(doc);
  }

  /// The document (by default the open one) as our JSON, unchecked: for the
  /// browser's own copies, which are read back through the check.
  snapshot(doc: PMNode = this.editorState.doc): string {
    return this.serialize(true, doc);
  }

  get isReadOnly(): boolean {
    return this.readOnly;
  }

  /// `trusted` skips the format check: for the background copy, which is
  /// written every few seconds while typing.
  private serialize(trusted = false, doc: PMNode = this.editorState.doc): string {
    return serializeDocument(
      this.transcript(doc),
      this.original ? { trusted, original: this.original } : { trusted },
    );
  }

  async save(pickNew = false): Promise<void> {
    let json: string;
    try {
      json = this.serialize();
    } catch (error) {
      // The editor produced something the format refuses: a bug, but the
      // user must hear of it rather than get a file that will not reopen.
      this.patchSave({ error: `Could not save: ${error instanceof Error ? error.message : String(error)}` });
      return;
    }
    const outcome = await saveTextFile(json, this.suggestedName('json'), JSON_MIME, this.fileHandle, pickNew);
    if (!outcome.ok) {
      if (!outcome.cancelled) this.patchSave({ error: outcome.message });
      return;
    }
    this.fileHandle = outcome.target.handle;
    this.patchSave({ dirty: false, fileName: outcome.target.name, error: null });
    // The save status line, a live region, announces a save to a file; a
    // download also says where the file went.
    if (outcome.method === 'download') {
      this.store.setState({ notice: { kind: 'info', text: `Downloaded ${outcome.target.name}.` } });
    }
    await this.writeDraftNow(json);
  }

  /// Every change since import, block by block, as CSV or Markdown;
  /// `textOnly` leaves speaker work out.
  exportCorrectionLog(kind: 'csv' | 'md', options: CorrectionLogOptions = {}): void {
    const transcript = this.transcript();
    const original = this.original ?? originalFromTranscript(transcript);
    const entries = correctionLog(original.blocks, transcript, original.speakers, options);
    if (kind === 'csv') {
      downloadText(
        correctionLogCsv(entries, transcript.meta),
        this.suggestedName('corrections.csv'),
        'text/csv',
      );
    } else {
      downloadText(
        correctionLogMarkdown(entries, transcript.meta),
        this.suggestedName('corrections.md'),
        'text/markdown',
      );
    }
  }

  /// Writes the transcript in any export format and offers it as a download.
  async exportAs(id: ExportFormatId, options: ExportOptions): Promise<void> {
    const format = exportFormat(id)!;
    try {
      // Our own JSON carries the import-time original, like a save does.
      const data = id === 'json' ? this.serialize() : await exportTranscript(this.transcript(), id, options);
      downloadText(data, this.suggestedName(format.extension), format.mime);
    } catch (error) {
      this.store.setState({
        notice: {
          kind: 'error',
          text: `Could not export: ${error instanceof Error ? error.message : String(error)}`,
        },
      });
    }
  }

  /// True in a second tab: it shows the document but may not change it.
  private readOnly = false;

  private becomeReadOnly(): void {
    this.readOnly = true;
    this.autosave.cancel();
    this.view?.setProps({ editable: () => false });
    this.store.setState({
      readOnly: true,
      notice: {
        kind: 'error',
        text: 'Caption Desk is already open in another tab. This tab is read-only so it cannot overwrite the work there: close it and carry on in the other tab.',
      },
    });
  }

  hasUnsavedChanges(): boolean {
    return this.store.getState().save.dirty;
  }

  /// Writes the browser copy now, e.g. before the page goes away.
  flushDraft(): void {
    this.autosave.flush();
  }

  private async writeDraftNow(json?: string): Promise<void> {
    if (this.readOnly) return;
    const save = this.store.getState().save;
    try {
      const savedAt = Date.now();
      await writeDraft({
        json: json ?? this.snapshot(),
        savedAt,
        fileName: save.fileName,
        dirty: save.dirty,
      });
      this.patchSave({ draftSavedAt: savedAt });
    } catch (error) {
      this.patchSave({ error: `Autosave failed: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  private suggestedName(ext: string): string {
    const { fileName } = this.store.getState().save;
    const meta = getMeta(this.editorState.doc);
    const base =
      fileName?.replace(/\.[^.]+$/, '') ?? meta.source?.replace(/\.[^.]+$/, '') ?? meta.title ?? 'transcript';
    return `${base.replace(/[\\/:*?"<>|]+/g, '-').trim() || 'transcript'}.${ext}`;
  }

  // ---- dialogs ----

  showPaste(): void {
    this.store.setState({ pasteOpen: true });
  }

  showExport(): void {
    this.store.setState({ exportOpen: true });
  }

  showGoToTime(): void {
    this.store.setState({ goToTimeOpen: true });
  }

  closeDialogs(): void {
    this.store.setState({ pasteOpen: false, exportOpen: false, goToTimeOpen: false });
    this.focusAfterDialog();
  }

  /// Goes to the turn speaking at a clock time or offset the user typed;
  /// the reason when there is none.
  goToTime(text: string): { ok: true } | { ok: false; message: string } {
    const { duration, segments } = this.store.getState().timeline;
    if (segments.length === 0) return { ok: false, message: NO_TIMES };
    const { startClock } = getMeta(this.editorState.doc);
    const query = parseTimeQuery(text, startClock);
    if (!query.ok) return query;
    if (query.seconds > duration) {
      return {
        ok: false,
        message: `"${text.trim()}" is after the end of this programme (${formatProgrammeSpan(startClock, duration)}).`,
      };
    }
    this.jumpToTime(query.seconds);
    return { ok: true };
  }

  // ---- speaker picker ----

  private pickerCommand: Command = (state, dispatch, view) => {
    const block = blockAtResolved(state.selection.$from);
    if (!block || !view) return false;
    if (dispatch) this.openPickerAt(view, block.pos, false);
    return true;
  };

  /// The split this picker follows, so the choice joins its undo step.
  private splitBefore: Transaction | null = null;

  private splitAndPickCommand: Command = (state, dispatch, view) => {
    const tr = splitBlockTr(state);
    if (!tr || !view) return false;
    if (dispatch) {
      dispatch(tr.scrollIntoView());
      this.splitBefore = tr;
      const block = blockAtResolved(view.state.selection.$from);
      if (block) this.openPickerAt(view, block.pos, true);
    }
    return true;
  };

  private openPickerAt(view: EditorView, blockPos: number, afterSplit: boolean): void {
    const dom = view.nodeDOM(blockPos);
    const label = dom instanceof HTMLElement ? dom.querySelector<HTMLElement>('.block-speaker') : null;
    if (label) this.openPicker(blockPos, label, afterSplit);
  }

  openPicker(blockPos: number, anchor: HTMLElement, afterSplit = false): void {
    if (!afterSplit) this.splitBefore = null;
    const rect = anchor.getBoundingClientRect();
    this.store.setState({
      picker: { blockPos, afterSplit, anchor: { left: rect.left, top: rect.top, bottom: rect.bottom } },
    });
  }

  /// The picker's answer: a roster speaker, a new speaker by name, or nobody.
  pick(choice: { speakerId: string | null } | { newName: string }): void {
    const request = this.store.getState().picker;
    if (!request) return;
    const after = request.afterSplit ? this.splitBefore : null;
    const newSpeaker =
      'newName' in choice ? { id: newId('s'), name: choice.newName, role: 'guest' as const } : null;
    let command: Command;
    if (after) {
      command = assignAfterSplit(
        after,
        request.blockPos,
        newSpeaker ? { newSpeaker } : (choice as { speakerId: string | null }),
      );
    } else if (newSpeaker) {
      command = addSpeaker(newSpeaker, request.blockPos);
    } else {
      command = assignSpeakerAt(request.blockPos, (choice as { speakerId: string | null }).speakerId);
    }
    this.run(command, false);
    this.closePicker();
  }

  closePicker(): void {
    this.splitBefore = null;
    this.store.setState({ picker: null });
    this.focus();
  }

  // ---- media ----

  /// Set by the app: the player beside the transcript.
  media: MediaPlayer | null = null;

  setMediaFollow(follow: boolean): void {
    this.store.setState({ mediaFollow: follow });
  }

  private onTimeClick(blockPos: number): void {
    if (this.media?.loaded) this.media.playBlockAt(blockPos);
    else
      this.store.setState({
        notice: { kind: 'info', text: 'Open a recording (Media…) to play from a turn.' },
      });
  }

  // ---- suspect words ----

  private wordList: Promise<(w: string) => boolean> | null = null;

  /// Loads the word list (a separate chunk, fetched once) and marks likely
  /// caption errors. Names the roster has, and unknown words the document
  /// repeats, are not suspect.
  private async startSuspectMarks(): Promise<void> {
    this.wordList ??= loadWordList();
    let isWord: (w: string) => boolean;
    try {
      isWord = await this.wordList;
    } catch {
      return; // No word list (a failed chunk load): no marks, nothing else affected.
    }
    const doc = this.editorState.doc;
    const texts: string[] = [];
    forEachBlock(doc, (block) => void texts.push(block.textContent));
    const knownNames = knownNamesOf(texts, { isWord, speakerNames: getRoster(doc).map((s) => s.name) });
    const view = this.view;
    if (view) this.dispatch(setSuspectOptions(view.state.tr, { isWord, knownNames }));
  }

  // ---- gaps, review, search ----

  goToGapIndex(index: number): void {
    this.run(selectGap(index));
  }

  showSidebar(tab: SidebarTab): void {
    this.store.setState({ sidebarTab: tab });
    // Highlights belong to the find panel: they go when it is left.
    if (tab !== 'find' && this.find.active) this.find.apply(null);
    else if (tab === 'find') this.find.apply(this.store.getState().search.query);
  }

  // ---- speakers and filters ----

  /// Speaker dialogs change many blocks at once: keep a restore point first.
  beforeSpeakerChange(what: string): void {
    void this.restorePoints.take(`Before ${what}`);
  }

  openSpeakerDialog(mode: 'rename' | 'merge' | 'delete', speakerId: string): void {
    this.store.setState({ speakerDialog: { mode, speakerId } });
  }

  closeSpeakerDialog(): void {
    this.store.setState({ speakerDialog: null });
    this.focusAfterDialog();
  }

  setFilter(filter: BlockFilter): void {
    this.store.setState({ filter });
  }

  // ---- projections ----

  private publishHeader(): void {
    const doc = this.editorState.doc;
    this.store.setState({ speakers: getRoster(doc), meta: getMeta(doc) });
  }

  private publishStats(): void {
    const doc = this.editorState.doc;
    const stats = docStats(doc);
    const old = this.store.getState().stats;
    if (JSON.stringify(old) !== JSON.stringify(stats)) this.store.setState({ stats });
    const gaps = gapList(doc);
    if (JSON.stringify(gaps) !== JSON.stringify(this.store.getState().gaps)) this.store.setState({ gaps });
    this.find.publish();
    const timeline = docTimeline(doc);
    if (timelineKey(timeline) !== timelineKey(this.store.getState().timeline))
      this.store.setState({ timeline });
  }

  /// Puts the cursor at the start of the block speaking at `time` and
  /// scrolls it into view (the timeline strip).
  jumpToTime(time: number): void {
    const pos = blockPosAtTime(this.editorState.doc, time);
    if (pos === null) return;
    this.run((state, dispatch) => {
      dispatch?.(state.tr.setSelection(TextSelection.create(state.doc, pos + 1)).scrollIntoView());
      return true;
    });
  }

  private patchSave(patch: Partial<ReturnType<SessionStore['getState']>['save']>): void {
    this.store.setState((s) => ({ save: { ...s.save, ...patch } }));
  }
}

/// Go to time, on a transcript without any.
export const NO_TIMES = 'This transcript has no times to go to.';

function timelineKey(t: Timeline): string {
  return `${t.duration}|${t.gaps.join(',')}|${t.segments.map((s) => `${s.start}:${s.color}`).join(',')}`;
}

/// The import-time original a saved file carried, if any.
function originalOf(result: OpenResult): Original | undefined {
  return result.ok && 'original' in result ? (result.original as Original | undefined) : undefined;
}
