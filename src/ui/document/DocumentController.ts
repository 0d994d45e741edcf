import type { Node as PMNode } from 'prosemirror-model';
import type { Command, EditorState, Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { isHistoryTransaction } from 'prosemirror-history';
import { historyAvailable, watchTeamHistory } from '../../editor/commands/undo.ts';
import { serializeDocument } from '../../core/format/document.ts';
import { originalFromTranscript, type Original } from '../../core/format/original.ts';
import { emptyTranscript, type Transcript } from '../../core/transcript.ts';
import { ANNOUNCE } from '../../editor/announce.ts';
import { Quotes } from './quotes.ts';
import { detectProgrammeBounds } from '../../editor/commands/boundaries.ts';
import { getMeta } from '../../editor/queries/metaAndRoster.ts';
import { docToTranscript, transcriptToDoc } from '../../editor/convert.ts';
import { fillFragment } from '../../editor/collab/fill.ts';
import { createEditorState, editorStateOf } from '../../editor/state.ts';
import { collabEditorState } from '../../editor/collab/config.ts';
import { caretColour } from '../../editor/collab/cursor.ts';
import { narrowRemoteChange } from '../../editor/collab/narrow.ts';
import { isRemoteChange } from '../../editor/collab/origin.ts';
import { canWrite, EVERY_DOCUMENT, type TeamClaims } from '../../core/team/claims.ts';
import { buildTeamLink, parseTeamLink, type TeamLink } from '../../core/team/link.ts';
import { createEditorView } from '../../editor/view/createEditorView.ts';
import { revealSelection } from '../../editor/view/revealSelection.ts';
import { CENTER_VIEW } from '../../editor/centerView.ts';
import { centerSelection } from '../../editor/view/centerViewPlugin.ts';
import { claimEditing } from '../../platform/editorLock.ts';
import { newDocumentId, shareTokens, TeamApiError } from '../../platform/team/teamApi.ts';
import { TeamConnection } from '../../platform/team/teamConnection.ts';
import { persistStorage } from '../../platform/storagePersistence.ts';
import type { DialogKind, SessionStore } from '../../store/session.ts';
import { MediaPlayer } from '../media/MediaPlayer.ts';
import { Drafts } from './drafts.ts';
import { EditJournal } from './editJournal.ts';
import type { DocumentHost, DocumentOrigin } from './editorHost.ts';
import { CasingFixer } from './casing.ts';
import { FileOpener } from './fileOpener.ts';
import { FileSaver } from './fileSaver.ts';
import { FindReplace } from './findReplace.ts';
import { goToTime, jumpToTime } from './goToTime.ts';
import { PeopleDirectory } from './peopleDirectory.ts';
import { Projections } from './projections.ts';
import { RestorePoints } from './restorePoints.ts';
import { SpeakerPicker } from './speakerPicker.ts';
import { SpeakerSuggestions } from './suggestions.ts';
import { SuspectMarks } from './suspectMarks.ts';
import { TeamPresence } from './teamPresence.ts';

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
  /// The shared document open, if one is: its Yjs document is the browser
  /// copy (IndexedDB), so the local draft and journal are not used.
  private team: TeamConnection | null = null;
  private stopTeamHistory: () => void = () => undefined;

  readonly drafts: Drafts;
  readonly opener: FileOpener;
  readonly saver: FileSaver;
  readonly picker: SpeakerPicker;
  readonly find: FindReplace;
  readonly restorePoints: RestorePoints;
  readonly suggest: SpeakerSuggestions;
  readonly directory: PeopleDirectory;
  readonly casing: CasingFixer;
  readonly media: MediaPlayer;
  readonly quotes: Quotes;
  private readonly projections: Projections;
  private readonly suspects: SuspectMarks;
  private readonly journal = new EditJournal();
  private readonly presence: TeamPresence;

  constructor(private readonly store: SessionStore) {
    this.drafts = new Drafts(this, store, this.journal);
    this.saver = new FileSaver(this, store, () => {
      this.directory.flush();
      return this.drafts.writeNow();
    });
    this.opener = new FileOpener(this, store, {
      afterOpen: () => this.drafts.request(),
      save: () => this.saver.save(),
    });
    this.picker = new SpeakerPicker(this, store);
    this.restorePoints = new RestorePoints(this, store);
    this.find = new FindReplace(this, store);
    this.suggest = new SpeakerSuggestions(this, store, () => this.directory.requestRecord());
    this.directory = new PeopleDirectory(this, store, () => this.suggest.current());
    this.casing = new CasingFixer(this, () => this.suggest.introducedNames());
    this.media = new MediaPlayer(this, store);
    this.quotes = new Quotes(this, store);
    this.projections = new Projections(this, store, () => this.find.publish());
    this.suspects = new SuspectMarks(this);
    this.presence = new TeamPresence(this, store);
    this.state = this.newState(emptyTranscript());
  }

  // ---- the view ----

  mount(place: HTMLElement): void {
    const { view, blocks } = createEditorView(place, {
      state: this.state,
      dispatchTransaction: (tr) => this.dispatch(tr),
      onSpeakerClick: (blockPos, anchor) => this.picker.open(blockPos, anchor),
      onTimeClick: (blockPos) => this.media.playFromBlock(blockPos),
      onQuoteClick: (blockPos) => void this.quotes.copy(blockPos),
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
    const remote = isRemoteChange(tr);
    if (this.readOnly && tr.docChanged && !remote) {
      this.refusedEdit = true;
      this.store.getState().actions.notify('error', this.team ? VIEWER_REFUSAL : READ_ONLY_REFUSAL);
      return;
    }
    const prev = view.state;
    const { state: next, transactions } = prev.applyTransaction(narrowRemoteChange(prev, tr));
    view.updateState(next);
    this.state = next;
    this.publishHistory();
    // Plugins' appended transactions too: the journal replays without them.
    // A team document's browser copy is its Yjs document, kept as it changes.
    if (!this.team)
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
      this.directory.rosterChanged();
    }
    if (!remote && !this.store.getState().save.dirty)
      this.store.getState().actions.patchSave({ dirty: true });
    // An undo or redo can change any count at once: the figures follow in
    // the next frame rather than when typing pauses.
    if (isHistoryTransaction(tr)) this.projections.publishStatsNextFrame();
    else this.projections.requestStats();
    this.suggest.requestRefresh();
    if (!this.team) this.drafts.request();
  }

  /// Whether Undo and Redo have anything to do; the store hears only of a change.
  private publishHistory(): void {
    const { undo, redo } = historyAvailable(this.state);
    const known = this.store.getState().history;
    if (known.undo !== undo || known.redo !== redo) this.store.setState({ history: { undo, redo } });
  }

  private newState(transcript: Transcript, doc?: PMNode): EditorState {
    return doc ? editorStateOf(doc, this.hooks()) : createEditorState(transcript, this.hooks());
  }

  private hooks() {
    return {
      openSpeakerPicker: this.picker.pickCommand,
      splitAndPick: this.picker.splitAndPickCommand,
      acceptSuggestion: this.suggest.acceptHere,
    };
  }

  // ---- the document ----

  /// On start: claims editing (a second tab stays read-only), then the
  /// browser copy if there is one, else the bundled sample.
  async start(sample: { text: string; name: string }): Promise<void> {
    void persistStorage().then((storagePersisted) => this.store.setState({ storagePersisted }));
    // A team link in the address opens the shared document instead.
    const link = parseTeamLink(location.hash);
    if (link && link.doc !== EVERY_DOCUMENT && (await this.openTeam(link))) return;
    // A desk link opens the team library over the local document.
    if (link?.doc === EVERY_DOCUMENT)
      this.store.getState().actions.openDialog({ kind: 'library', desk: link });
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

  /// Opens a shared document from a team link: connects, waits for the
  /// server's copy (or, offline, this browser's), and edits it with the
  /// collaborative editor state; a viewer's editor is read-only. False when
  /// the server refuses the token (the status bar says why).
  async openTeam(link: TeamLink, initial?: PMNode): Promise<boolean> {
    this.closeTeam();
    // The same marks as a file's open (fileOpener.ts), for the benchmarks:
    // "parsed" is the shared document received and applied.
    performance.mark('transcript-open-start');
    const nameOf = (claims: TeamClaims | null) => claims?.name || 'Someone';
    const connection = new TeamConnection(
      link,
      (claims) => ({ name: nameOf(claims), color: caretColour(nameOf(claims)) }),
      (status) => this.store.setState((s) => ({ team: s.team && { ...s.team, status } })),
    );
    const role = connection.claims?.role ?? 'viewer';
    const name = nameOf(connection.claims);
    this.store.setState({ team: { role, name, status: { state: 'connecting' } } });
    try {
      await connection.ready();
    } catch (error) {
      connection.destroy();
      this.store
        .getState()
        .actions.notify('error', `The team server refused the link: ${(error as Error).message}`);
      return false;
    }
    performance.mark('transcript-parsed');
    if (connection.fragment.length === 0) {
      // A link to a document nobody has shared yet: an editor starts it empty.
      if (!canWrite(role)) {
        connection.destroy();
        this.store.setState({ team: null });
        this.store
          .getState()
          .actions.notify('error', 'This shared transcript is empty: nobody has shared it yet.');
        return false;
      }
      fillFragment(connection.fragment, initial ?? transcriptToDoc(emptyTranscript()));
    }
    this.team = connection;
    const state = collabEditorState(
      { fragment: connection.fragment, awareness: connection.provider.awareness! },
      this.hooks(),
    );
    this.install(state, { fileName: null, dirty: false });
    this.setReadOnly(!canWrite(role));
    this.presence.attach(connection.provider.awareness!);
    this.stopTeamHistory = watchTeamHistory(state, () => this.publishHistory());
    return true;
  }

  /// Shares the open document: puts it on the team server under a new id
  /// with the desk link's token, switches to the shared copy, and returns
  /// links for an editor and a viewer (named `name`).
  async shareWithTeam(desk: TeamLink, name: string): Promise<{ editor: string; viewer: string }> {
    const doc = newDocumentId();
    const tokens = await shareTokens(desk.server, desk.token, doc, name);
    const current = this.editorState.doc;
    const link = { server: desk.server, doc, token: desk.token };
    if (!(await this.openTeam(link, current)))
      throw new TeamApiError('The team server refused the desk link.');
    history.replaceState(null, '', buildTeamLink(location.href, link));
    return {
      editor: buildTeamLink(location.href, { server: desk.server, doc, token: tokens.editor }),
      viewer: buildTeamLink(location.href, { server: desk.server, doc, token: tokens.viewer }),
    };
  }

  /// Opens a document from the team library with the desk link's token.
  async openFromLibrary(desk: TeamLink, doc: string): Promise<boolean> {
    const link = { server: desk.server, doc, token: desk.token };
    if (!(await this.openTeam(link))) return false;
    history.replaceState(null, '', buildTeamLink(location.href, link));
    return true;
  }

  /// Whether leaving the page now would lose edits to a shared document:
  /// some are not yet written to this browser's copy.
  get hasUnkeptTeamChanges(): boolean {
    return this.team?.hasUnkeptChanges ?? false;
  }

  /// Leaves the shared document (a local file is being opened).
  private closeTeam(): void {
    if (!this.team) return;
    this.presence.detach();
    this.stopTeamHistory();
    this.team.destroy();
    this.team = null;
    this.store.setState({ team: null });
    if (parseTeamLink(location.hash)) history.replaceState(null, '', location.pathname + location.search);
  }

  load(transcript: Transcript, origin: DocumentOrigin): void {
    this.closeTeam();
    this.drafts.cancel();
    if (origin.resume) this.journal.resume(origin.resume.base);
    else this.journal.startFresh();
    this.install(this.newState(transcript, origin.resume?.doc), origin, transcript);
  }

  /// A transcript that never had its boundaries looked for gets them as it
  /// opens: part of the document opened, so not an undo step, not a change
  /// to save, and no reason to write over the browser copy.
  private withBoundsDetected(state: EditorState): EditorState {
    if (this.readOnly || getMeta(state.doc).bounds !== undefined) return state;
    let next = state;
    detectProgrammeBounds(false)(state, (tr) => (next = state.apply(tr)));
    return next;
  }

  private install(state: EditorState, origin: DocumentOrigin, transcript = docToTranscript(state.doc)): void {
    // The people the outgoing document names are recorded before it goes.
    this.directory.flush();
    // Never changes after this: the correction log lists edits against it.
    this.originalTranscript = origin.original ?? originalFromTranscript(transcript);
    this.state = this.withBoundsDetected(state);
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
    this.directory.reset();
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

/// Why a viewer's editor refuses an edit.
export const VIEWER_REFUSAL =
  'You are a viewer of this shared transcript: you can read, follow and export it, but not change it.';

/// Why a read-only tab refuses an edit; the banner says the same for as long as it lasts.
export const READ_ONLY_REFUSAL =
  'This tab is read-only because Caption Desk is open in another tab: nothing was changed. Carry on in the other tab, or close it and this tab can edit.';
