/// What the team server's library lists for each document a token opens
/// (`GET /api/library`, `Authorization: Bearer <token>`).

export interface TeamProgress {
  turns: number;
  reviewed: number;
  openGaps: number;
  /// Turns without a speaker.
  unassigned: number;
}

export interface LibraryEntry {
  doc: string;
  title: string;
  network: string;
  /// The programme's date as the header holds it (`2024-06-19`), or ''.
  date: string;
  /// Display names of the people connected now.
  present: string[];
  progress: TeamProgress;
  /// Last change, milliseconds since the epoch.
  updatedAt: number;
}

/// The name of the Yjs XML fragment holding the ProseMirror document
/// (y-prosemirror's default), shared by the client and the server's library.
export const FRAGMENT = 'prosemirror';
