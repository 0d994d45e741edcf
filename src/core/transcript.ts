/// The transcript model shared by importers, exporters, the saved file and
/// the editor. Plain data: no classes, no DOM, nothing that cannot be
/// written as JSON.

import type { CasingMemory } from './casing/memory.ts';

/// What a speaker does in the programme. Kept apart from the name so that
/// exports can say "Sami (host)" and filters can pick every guest.
export const ROLES = ['host', 'anchor', 'guest', 'reporter', 'interviewee', 'narrator', 'other'] as const;
export type Role = (typeof ROLES)[number];

export interface Speaker {
  /// Stable id; blocks refer to speakers by it, never by name.
  id: string;
  name: string;
  role: Role;
  /// CSS colour (`#rrggbb`); undefined lets the UI pick one from the palette
  /// by the speaker's number.
  color?: string;
  /// The speaker's shortcut number (Alt+1 … Alt+9), from 1. Undefined takes
  /// the next free number in roster order (`speakerNumbers.ts`); a number is
  /// set when another speaker leaves the roster, so nobody else's changes.
  number?: number;
}

/// `open` until someone fills it; `corrected` once its text differs from the
/// tag; `unresolvable` when an editor confirmed it cannot be heard.
export const GAP_STATUSES = ['open', 'corrected', 'unresolvable'] as const;
export type GapStatus = (typeof GAP_STATUSES)[number];

export interface Gap {
  /// The tag as it stood in the source, e.g. `[indiscernible]`, kept for the
  /// record after the gap is corrected.
  tag: string;
  status: GapStatus;
}

/// A time attached to the text it belongs to, in seconds from programme
/// start. A minute line of a caption page gives `start` only; word timings
/// from speech-to-text give both.
export interface SpanTime {
  start: number;
  end?: number;
}

/// A run of text inside a block. Consecutive spans are concatenated verbatim:
/// the importer puts separating spaces into the text itself.
export interface Span {
  text: string;
  /// Set when the run is (or was) a gap marker such as `[indiscernible]`.
  gap?: Gap;
  /// Set for non-speech: `[laughter]`, `(applause)`, music notes.
  sound?: true;
  time?: SpanTime;
}

/// One turn: the unit a user assigns to a speaker.
export interface Block {
  id: string;
  /// null while nobody has said who speaks.
  speakerId: string | null;
  /// Seconds from programme start, or null when the source gives no time.
  start: number | null;
  /// True when `start` was interpolated (a turn that begins inside a minute)
  /// rather than read from the source.
  estimated: boolean;
  /// True when the source marked a new story (`>>>`) at this turn.
  story?: true;
  reviewed?: true;
  spans: Span[];
}

export interface ProgrammeMeta {
  title?: string;
  network?: string;
  /// Channel code from an Archive identifier (`LINKTV`), when known.
  channel?: string;
  /// Broadcast date of the programme start, `YYYY-MM-DD`.
  date?: string;
  /// Wall-clock time of programme start and end, in minutes after midnight.
  startClock?: number;
  endClock?: number;
  timeZone?: string;
  /// Name of the file the transcript was imported from.
  source?: string;
  /// The recording played beside the transcript: its file name (the file is
  /// never copied) and the media time at which the programme starts.
  media?: MediaLink;
  /// Where the programme can be watched, for clip links and sourced quotes.
  link?: SourceLink;
  /// Where the programme itself begins and ends on a page that also holds
  /// the end of the one before and the start of the next. Absent until
  /// detected; present with neither side when the user removed both.
  bounds?: ProgrammeBounds;
}

/// The programme's source: a TV News Archive page (whose identifier gives
/// clip links) or any other address.
export interface SourceLink {
  /// As the user gave it: `https://archive.org/details/<identifier>`, with or
  /// without `/start/<s>/end/<e>`, or any other address.
  address: string;
  /// Seconds into the source at which the programme's time 0 falls;
  /// absent is 0 (an Archive page and its captions start together).
  offset?: number;
}

/// Why a boundary is where it is: found in the captions, or put by the user.
export const BOUNDARY_REASONS = ['sign-off', 'music', 'opening', 'end time', 'user'] as const;
export type BoundaryReason = (typeof BOUNDARY_REASONS)[number];

export interface BoundaryMark {
  /// Id of the turn on the far side of the line: for `start` the programme's
  /// first turn, for `end` the first turn after the programme.
  turn: string;
  reason: BoundaryReason;
}

export interface ProgrammeBounds {
  start?: BoundaryMark;
  end?: BoundaryMark;
}

/// The plain fields of ProgrammeMeta, in the order the saved file writes them.
export const PLAIN_META_KEYS = [
  'title',
  'network',
  'channel',
  'date',
  'startClock',
  'endClock',
  'timeZone',
  'source',
] as const satisfies readonly (keyof ProgrammeMeta)[];

export interface MediaLink {
  name: string;
  offset: number;
}

export interface Transcript {
  meta: ProgrammeMeta;
  speakers: Speaker[];
  blocks: Block[];
  /// What the capitalization fixer remembers for this transcript; absent when nothing.
  casing?: CasingMemory;
}

/// The plain text of a block, spans joined.
export function blockText(block: Block): string {
  let text = '';
  for (const span of block.spans) text += span.text;
  return text;
}

export function emptyTranscript(): Transcript {
  return { meta: {}, speakers: [], blocks: [] };
}
