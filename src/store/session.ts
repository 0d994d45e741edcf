import { createStore, type StoreApi } from 'zustand/vanilla';
import type { DirectoryPerson } from '../core/directory/person.ts';
import type { CandidateSpeaker } from '../core/suggest/types.ts';
import type { ProgrammeMeta, Speaker } from '../core/transcript.ts';
import { EMPTY_STATS, type DocStats } from '../editor/queries/stats.ts';
import type { Timeline } from '../editor/queries/timeline.ts';
import type { GapListItem } from '../editor/queries/gapList.ts';
import type { SearchQuery } from '../editor/search/query.ts';
import type { TeamRole } from '../core/team/claims.ts';
import type { TeamLink } from '../core/team/link.ts';
import type { TeamStatus } from '../core/team/status.ts';
import type { Colleague } from '../core/team/colleagues.ts';

/// Where the work stands, for the status line. `file` is the user's own
/// file; `draft` is the background copy in the browser.
export interface SaveState {
  /// Changes since the last save to the user's file (or since opening).
  dirty: boolean;
  /// When the browser copy was last written, or null before the first.
  draftSavedAt: number | null;
  fileName: string | null;
  error: string | null;
}

export interface Notice {
  /// `info` is for screen readers only (what the eye sees at once); `hint`
  /// is shown too (a key that did nothing says why).
  kind: 'error' | 'info' | 'hint';
  text: string;
}

export interface PickerRequest {
  blockPos: number;
  /// The picker follows an Alt+Enter split: the choice joins its undo step.
  afterSplit: boolean;
  /// Where to show the picker: the label's box on screen.
  anchor: { left: number; top: number; bottom: number };
}

/// Session and UI state only. Everything saved or undone lives in the
/// ProseMirror document; the fields below marked "projection" are read-only
/// copies of it, published by the editor pane and never written back.
export interface SessionState {
  /// Projection: the roster and programme header.
  speakers: readonly Speaker[];
  meta: ProgrammeMeta;
  /// Projection, refreshed when the editor is idle.
  stats: DocStats;
  /// Increments each time a new document is loaded.
  docGeneration: number;
  /// A file being opened, and how far it got.
  loading: { name: string; stage: string } | null;
  save: SaveState;
  notice: Notice | null;
  picker: PickerRequest | null;
  /// The one modal dialog that is open, if any.
  dialog: Dialog | null;
  /// Show only one speaker's blocks, or only unassigned ones.
  filter: BlockFilter;
  /// Projection: how many unassigned blocks have a suggested speaker, and
  /// people the captions introduce who are not in the roster.
  suggestionCount: number;
  candidates: readonly CandidateSpeaker[];
  /// People from the directory this transcript names, offered until the
  /// user accepts or dismisses them (read when a transcript opens).
  directoryOffers: readonly PersonOffer[];
  /// The directory of people kept in this browser, as last read (null:
  /// not read yet, or the browser will not keep it).
  people: readonly DirectoryPerson[] | null;
  /// Projection, refreshed when the editor is idle.
  timeline: Timeline;
  /// Projection, refreshed when the editor is idle.
  gaps: readonly GapListItem[];
  sidebarTab: SidebarTab;
  search: SearchStatus;
  /// The recording loaded beside the transcript (session only: the file is
  /// never stored), and what the player is doing. Never the playhead: that
  /// changes every frame and goes straight to the DOM.
  mediaName: string | null;
  mediaKind: 'audio' | 'video' | null;
  mediaPlaying: boolean;
  mediaRate: number;
  mediaFollow: boolean;
  mediaLooping: boolean;
  /// Another tab is editing: this one only shows.
  readOnly: boolean;
  /// Projection: whether the editor's history has a step to undo, to redo.
  /// The history lives in the page: a reload starts it empty.
  history: { undo: boolean; redo: boolean };
  /// Whether the browser promised to keep our storage (null: not asked, or cannot be).
  storagePersisted: boolean | null;
  /// A team document is open: who I am in it, and the connection's state.
  team: TeamSession | null;
  /// Projection, at most a few times a second: colleagues in the shared
  /// document and the time of the turn each one's caret is in.
  colleagues: readonly Colleague[];
  readonly actions: SessionActions;
}

export interface TeamSession {
  role: TeamRole;
  name: string;
  status: TeamStatus;
}

/// A directory person offered for the open transcript.
export interface PersonOffer {
  personId: string;
  name: string;
  /// `Sami Zeidan, host of Inside Story`.
  description: string;
  /// What in the transcript points at them: `the caption prefix “sami:”`,
  /// `the speaker “Sami” here`, `named in the captions: “jenny town”`.
  evidence: string;
}

export interface RestorePointItem {
  id: number;
  createdAt: number;
  reason: string;
  title: string;
}

/// The modal dialogs; at most one is open at a time.
export type Dialog =
  | { kind: 'export' }
  /// Text to open as a transcript: typed in, or pasted outside the text.
  | { kind: 'paste'; text?: string }
  | { kind: 'go-to-time' }
  /// Fix capitalization: its progress and proposal live in the dialog.
  | { kind: 'casing' }
  /// A document waiting for the user to confirm that it may replace one
  /// with changes not saved to a file.
  | { kind: 'confirm-replace'; name: string }
  | { kind: 'speaker'; mode: 'rename' | 'merge' | 'delete'; speakerId: string }
  | { kind: 'restore-points'; points: readonly RestorePointItem[] }
  /// Share with team: the desk link to share with, when one is known.
  | { kind: 'share'; desk?: TeamLink }
  /// The team library a desk link opens.
  | { kind: 'library'; desk: TeamLink }
  /// The directory of people across transcripts.
  | { kind: 'people' };

export type DialogKind = Dialog['kind'];

/// The store's own setters: every change of session state that is not a
/// projection goes through one of these.
export interface SessionActions {
  notify(kind: Notice['kind'], text: string): void;
  dismissNotice(): void;
  openDialog(dialog: Dialog): void;
  /// Closes the dialog of that kind, if it is the one open: a dialog that
  /// opened another one on its way out leaves that one open.
  closeDialog(kind: DialogKind): void;
  patchSave(patch: Partial<SaveState>): void;
  setFilter(filter: BlockFilter): void;
  setSidebarTab(tab: SidebarTab): void;
  setMediaFollow(follow: boolean): void;
}

export type SidebarTab = 'speakers' | 'gaps' | 'find';

export interface SearchStatus {
  query: SearchQuery;
  /// Matches in the document, and which one is selected (1-based), if any.
  count: number;
  current: number | null;
  /// Why the pattern does not work, or what the last replace did.
  message: string | null;
}

export type BlockFilter =
  { kind: 'all' } | { kind: 'unassigned' } | { kind: 'attention' } | { kind: 'speaker'; speakerId: string };

export type SessionStore = StoreApi<SessionState>;

/// One store per editor instance, so tests and several editors stay apart.
export function createSessionStore(): SessionStore {
  return createStore<SessionState>()((set, get) => ({
    speakers: [],
    meta: {},
    stats: EMPTY_STATS,
    docGeneration: 0,
    loading: null,
    save: { dirty: false, draftSavedAt: null, fileName: null, error: null },
    notice: null,
    picker: null,
    dialog: null,
    filter: { kind: 'all' },
    suggestionCount: 0,
    candidates: [],
    directoryOffers: [],
    people: null,
    timeline: { duration: 1, segments: [], gaps: [] },
    gaps: [],
    sidebarTab: 'speakers',
    search: {
      query: { text: '', regex: false, caseSensitive: false, speakerId: null },
      count: 0,
      current: null,
      message: null,
    },
    mediaName: null,
    mediaKind: null,
    mediaPlaying: false,
    mediaRate: 1,
    mediaFollow: true,
    mediaLooping: false,
    readOnly: false,
    history: { undo: false, redo: false },
    storagePersisted: null,
    team: null,
    colleagues: [],
    actions: {
      notify: (kind, text) => set({ notice: { kind, text } }),
      dismissNotice: () => set({ notice: null }),
      openDialog: (dialog) => set({ dialog }),
      closeDialog: (kind) => {
        if (get().dialog?.kind === kind) set({ dialog: null });
      },
      patchSave: (patch) => set((s) => ({ save: { ...s.save, ...patch } })),
      setFilter: (filter) => set({ filter }),
      setSidebarTab: (sidebarTab) => set({ sidebarTab }),
      setMediaFollow: (mediaFollow) => set({ mediaFollow }),
    },
  }));
}
