/// RTTM speaker turns (formats.md §5; NIST, as pyannote writes them) laid
/// over a transcript that has times.
///
/// ```
/// SPEAKER interview 1 0.000 5.290 <NA> <NA> SPEAKER_00 <NA> <NA>
/// SPEAKER interview 1 2.590 0.360 <NA> <NA> SPEAKER_01 <NA> <NA>
/// ```
///
/// Ten space-separated fields; the fourth is the onset and the fifth the
/// **duration** (not the end), in seconds; the eighth the speaker. Lines of
/// other types (`SPKR-INFO`, `LEXEME`, ...) and `;;` comments are skipped.
/// An RTTM file has no words, so it cannot be opened on its own: it is
/// added to an open transcript with `overlayRttm` (or, once read,
/// `overlaySpeakerTurns`).

import { BLOCK_PREFIX, importedId } from '../../ids.ts';
import type { Block, Span, Transcript } from '../../transcript.ts';
import { quote } from '../result.ts';
import { SpeakerRoster } from '../speakerLabels.ts';
import { trimSpans } from '../timedWords.ts';

/// What the command line says about an RTTM file opened on its own (the app
/// adds its turns to the open transcript).
export const RTTM_ALONE_MESSAGE =
  'This is a speaker-turn file (RTTM) with no words. Open the transcript first, then add the RTTM file to it.';

export interface RttmTurn {
  /// The recording the turn belongs to (second field).
  file: string;
  start: number;
  end: number;
  label: string;
}

const NUMBER_RE = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
const TYPE_RE = /^[A-Z][A-Z_-]*$/;

function contentLines(text: string): { line: string; n: number }[] {
  const out: { line: string; n: number }[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '' || line.startsWith(';;') || line.startsWith('#')) continue;
    out.push({ line, n: i + 1 });
  }
  return out;
}

/// True when the text is RTTM: its first lines (up to ten, comments
/// aside) each have at least eight fields and an upper-case type, and at
/// least one is a `SPEAKER` line with a numeric onset and duration.
export function looksLikeRttm(text: string): boolean {
  const head = contentLines(text.slice(0, 4000)).slice(0, 10);
  let speakers = 0;
  for (let k = 0; k < head.length; k++) {
    const fields = head[k]!.line.split(/\s+/);
    // The last sampled line may be cut off by the 4000-character sample.
    if (k === head.length - 1 && k > 0 && text.length > 4000) break;
    if (fields.length < 8 || !TYPE_RE.test(fields[0]!)) return false;
    if (fields[0] === 'SPEAKER' && NUMBER_RE.test(fields[3]!) && NUMBER_RE.test(fields[4]!)) speakers++;
  }
  return speakers > 0;
}

/// The `SPEAKER` turns of an RTTM file, or a message naming the first line
/// that cannot be read.
export function parseRttm(text: string): { ok: true; turns: RttmTurn[] } | { ok: false; message: string } {
  const turns: RttmTurn[] = [];
  for (const { line, n } of contentLines(text)) {
    const fields = line.split(/\s+/);
    if (TYPE_RE.test(fields[0]!) && fields[0] !== 'SPEAKER' && fields.length >= 8) continue;
    const onset = fields[3] !== undefined && NUMBER_RE.test(fields[3]) ? Number(fields[3]) : NaN;
    const duration = fields[4] !== undefined && NUMBER_RE.test(fields[4]) ? Number(fields[4]) : NaN;
    if (
      fields[0] !== 'SPEAKER' ||
      fields.length < 8 ||
      !(onset >= 0 && Number.isFinite(onset + duration)) ||
      !(duration >= 0)
    ) {
      return {
        ok: false,
        message:
          `This RTTM file has a line it cannot read at line ${n}: ${quote(line)} ` +
          '(expected "SPEAKER <file> <channel> <onset seconds> <duration seconds> <NA> <NA> <speaker> <NA> <NA>").',
      };
    }
    if (duration > 0)
      turns.push({ file: fields[1]!, start: onset, end: onset + duration, label: fields[7]! });
  }
  return { ok: true, turns };
}

export type OverlayResult =
  | {
      ok: true;
      transcript: Transcript;
      /// Blocks of the result whose speaker now comes from the RTTM file.
      assigned: number;
      /// Blocks in the result.
      blocks: number;
      /// Blocks added by splitting turns where the speaker changes inside.
      split: number;
      /// Roster entries added.
      speakersAdded: number;
      /// A sentence for the user saying the above.
      message: string;
    }
  | { ok: false; message: string };

// Overlap lookups: each turn is listed in every bucket of time it touches.
// Buckets are at least 10 s, and large enough that the lists hold about five
// entries per turn whatever the durations.
class TurnIndex {
  private readonly buckets = new Map<number, number[]>();
  private readonly keys: number[];
  private readonly size: number;
  private readonly seen: number[];
  private stamp = 0;

  constructor(private readonly turns: readonly RttmTurn[]) {
    const total = turns.reduce((sum, turn) => sum + (turn.end - turn.start), 0);
    this.size = Math.max(10, total / (4 * turns.length + 1000));
    this.seen = new Array<number>(turns.length).fill(0);
    turns.forEach((turn, i) => {
      for (let b = Math.floor(turn.start / this.size); b <= Math.floor(turn.end / this.size); b++) {
        let list = this.buckets.get(b);
        if (!list) this.buckets.set(b, (list = []));
        list.push(i);
      }
    });
    this.keys = [...this.buckets.keys()].sort((x, y) => x - y);
  }

  /// The label with the largest total overlap with [a, b], or undefined when
  /// no turn overlaps. Ties go to the label whose turn comes first in the file.
  best(a: number, b: number): string | undefined {
    const stamp = ++this.stamp;
    const totals = new Map<string, { overlap: number; first: number }>();
    const last = Math.floor(b / this.size);
    let lo = 0;
    let hi = this.keys.length;
    const first = Math.floor(a / this.size);
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.keys[mid]! < first) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < this.keys.length && this.keys[k]! <= last; k++) {
      for (const i of this.buckets.get(this.keys[k]!)!) {
        if (this.seen[i] === stamp) continue;
        this.seen[i] = stamp;
        const turn = this.turns[i]!;
        const overlap = Math.min(b, turn.end) - Math.max(a, turn.start);
        if (overlap <= 0) continue;
        const total = totals.get(turn.label);
        if (total) {
          total.overlap += overlap;
          total.first = Math.min(total.first, i);
        } else totals.set(turn.label, { overlap, first: i });
      }
    }
    let best: string | undefined;
    let top = { overlap: 0, first: Infinity };
    for (const [label, total] of totals) {
      if (
        total.overlap > top.overlap + 1e-9 ||
        (Math.abs(total.overlap - top.overlap) <= 1e-9 && total.first < top.first)
      ) {
        best = label;
        top = total;
      }
    }
    return best;
  }
}

// A piece of a block: from a span with a time (or the block start) to the
// next such span.
interface Piece {
  from: number;
  start: number | undefined;
  end: number | undefined;
  label?: string | undefined;
}

// A piece whose end is not given runs to the next known time, but not past
// this many seconds; the last piece of all gets a few seconds.
const MAX_PIECE = 60;
const LAST_PIECE = 5;
// A zero-length word still asks who speaks at that instant.
const INSTANT = 0.001;

/// Adds the speakers of an RTTM file to a transcript with times. Each timed
/// piece of a block — a word with its timing, or the text from a time
/// anchor (a cue start, a minute line) to the next — goes to the RTTM
/// speaker with the largest time overlap; a block whose pieces go to
/// different speakers is split there (the first part keeps the block's id).
/// Pieces with no overlapping turn, or no time, go with their neighbours;
/// blocks with no overlap at all, and blocks marked reviewed, keep their
/// speaker. RTTM speakers are added to the roster as they are first used:
/// machine labels (`SPEAKER_00`) as "Speaker N" (numbers not yet taken),
/// others by their label, or matched to a roster speaker of that name.
/// Refuses a transcript without times, an RTTM file with a line it cannot
/// read or with turns of more than one recording. Does not change `t`.
export function overlayRttm(t: Transcript, rttmText: string): OverlayResult {
  const parsed = parseRttm(rttmText);
  return parsed.ok ? overlaySpeakerTurns(t, parsed.turns) : parsed;
}

/// `overlayRttm` for turns already read (`parseRttm`, or an RTTM file
/// opened with `openTranscriptText`).
export function overlaySpeakerTurns(t: Transcript, turns: readonly RttmTurn[]): OverlayResult {
  if (turns.length === 0) return { ok: false, message: 'This RTTM file has no speaker turns in it.' };
  const files = [...new Set(turns.map((turn) => turn.file))];
  if (files.length > 1) {
    const named = files
      .slice(0, 3)
      .map((f) => `"${f}"`)
      .join(', ');
    return {
      ok: false,
      message:
        `This RTTM file has speaker turns for ${files.length} recordings (${named}${files.length > 3 ? ', ...' : ''}); ` +
        'add a file with the turns of this recording only.',
    };
  }
  const timed = t.blocks.some((b) => b.start !== null || b.spans.some((s) => s.time));
  if (!timed) {
    return {
      ok: false,
      message:
        'This transcript has no times, so the speaker turns of the RTTM file cannot be matched to its text. ' +
        'Open a transcript with times (WebVTT, SRT, WhisperX, ...) first.',
    };
  }

  const index = new TurnIndex(turns);
  const roster = new SpeakerRoster({ existing: t.speakers });
  const usedIds = new Set(t.blocks.map((b) => b.id));
  let nextId = 0;
  const freshId = (): string => {
    let id: string;
    do id = importedId(BLOCK_PREFIX, ++nextId);
    while (usedIds.has(id));
    usedIds.add(id);
    return id;
  };

  // The next known time after each block, for pieces without an end.
  const nextStart: (number | undefined)[] = new Array<number | undefined>(t.blocks.length);
  let following: number | undefined;
  for (let b = t.blocks.length - 1; b >= 0; b--) {
    nextStart[b] = following;
    const block = t.blocks[b]!;
    const first = block.start ?? block.spans.find((s) => s.time)?.time?.start;
    if (first !== undefined) following = first;
  }

  const blocks: Block[] = [];
  let assigned = 0;
  t.blocks.forEach((block, b) => {
    if (block.reviewed) {
      blocks.push(block);
      return;
    }
    const pieces = piecesOf(block, nextStart[b]);
    for (const piece of pieces) {
      if (piece.start === undefined) continue;
      const end =
        piece.end !== undefined && piece.end > piece.start
          ? Math.min(piece.end, piece.start + MAX_PIECE)
          : piece.start + INSTANT;
      piece.label = index.best(piece.start, end);
    }
    // Pieces without a speaker go with the piece before, or else after.
    let last: string | undefined;
    for (const piece of pieces) piece.label = last = piece.label ?? last;
    last = undefined;
    for (let k = pieces.length - 1; k >= 0; k--) pieces[k]!.label = last = pieces[k]!.label ?? last;
    if (pieces[0]!.label === undefined) {
      blocks.push(block);
      return;
    }

    const parts: Block[] = [];
    let from = 0;
    for (let k = 1; k <= pieces.length; k++) {
      if (k < pieces.length && pieces[k]!.label === pieces[from]!.label) continue;
      const spanEnd = k < pieces.length ? pieces[k]!.from : block.spans.length;
      const spans = trimSpans(block.spans.slice(pieces[from]!.from, spanEnd).map((s): Span => ({ ...s })));
      if (spans.length > 0) {
        const speakerId = roster.id(pieces[from]!.label, 'auto');
        const part: Block = {
          id: '',
          speakerId: speakerId ?? block.speakerId,
          start:
            parts.length === 0 ? (block.start ?? pieces[from]!.start ?? null) : (pieces[from]!.start ?? null),
          estimated: parts.length === 0 ? block.estimated : false,
          spans,
        };
        if (parts.length === 0 && block.story) part.story = true;
        if (speakerId !== null) assigned++;
        parts.push(part);
      }
      from = k;
    }
    parts.forEach((part, k) => (part.id = k === 0 ? block.id : freshId()));
    blocks.push(...parts);
  });

  const speakersAdded = roster.speakers.length;
  const split = blocks.length - t.blocks.length;
  const transcript: Transcript = { meta: t.meta, speakers: [...t.speakers, ...roster.speakers], blocks };
  const turnsWord = (n: number): string => `${n.toLocaleString('en-US')} turn${n === 1 ? '' : 's'}`;
  const message =
    `Speakers from the RTTM file: ${assigned.toLocaleString('en-US')} of ${turnsWord(blocks.length)} assigned` +
    ` (${speakersAdded} speaker${speakersAdded === 1 ? '' : 's'} added` +
    `${split > 0 ? `, ${turnsWord(split)} split off where the speaker changes` : ''}).`;
  return { ok: true, transcript, assigned, blocks: blocks.length, split, speakersAdded, message };
}

function piecesOf(block: Block, nextKnown: number | undefined): Piece[] {
  const pieces: Piece[] = [];
  let current: Piece = { from: 0, start: block.start ?? undefined, end: undefined };
  block.spans.forEach((span, i) => {
    if (!span.time) return;
    if (i === 0) current = { from: 0, start: span.time.start, end: span.time.end };
    else {
      pieces.push(current);
      current = { from: i, start: span.time.start, end: span.time.end };
    }
  });
  pieces.push(current);
  // Ends: the next piece's start, or the next block's, within limits.
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k]!;
    if (piece.start === undefined || piece.end !== undefined) continue;
    const next = k + 1 < pieces.length ? pieces[k + 1]!.start : nextKnown;
    piece.end =
      next !== undefined && next > piece.start
        ? Math.min(next, piece.start + MAX_PIECE)
        : piece.start + LAST_PIECE;
  }
  return pieces;
}
