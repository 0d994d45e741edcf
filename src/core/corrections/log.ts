/// The correction log: every change from the transcript as imported to the
/// transcript now, turn by turn (issue 4 item 6). See docs/corrections.md.

import { speakerLabel } from '../export/spanText.ts';
import type { OriginalBlock } from '../format/original.ts';
import { blockText } from '../transcript.ts';
import type { Block, GapStatus, Speaker, Transcript } from '../transcript.ts';
import { matchSequences } from './diff.ts';

export type { Original, OriginalBlock, OriginalSpeaker } from '../format/original.ts';

/// One changed run of words inside a current block.
export interface CorrectionChange {
  /// The words as imported (single-spaced), '' for an insertion.
  before: string;
  /// The words now (single-spaced), '' for a deletion.
  after: string;
  /// Where `after` stands in the block's text now: `text.slice(from, to)`
  /// holds exactly those words (with their own spacing). For a deletion
  /// `from === to`, the place the words were removed from.
  from: number;
  to: number;
}

export interface CorrectionGap {
  tag: string;
  status: GapStatus;
  /// The text of the gap now: the tag while open, the words once corrected.
  text: string;
}

/// Who-said-what work on a turn, with before and after. Speakers are named
/// as labels (`Maya Chen (host)`: the current roster's name and role, else
/// the name at import, else the id); null is a turn nobody was assigned.
/// Turn numbers count the turns as imported, from 1.
export type SpeakerChange =
  /// The turn's speaker is another one than at import (a first assignment
  /// when `before` is null).
  | { kind: 'assigned'; before: string | null; after: string | null }
  /// The turn's speaker at import is no longer in the roster, and the turn
  /// is now `after`'s: the speaker was merged into another.
  | { kind: 'merged'; before: string; after: string }
  /// The same speaker, renamed since import (names alone, without roles).
  | { kind: 'renamed'; before: string; after: string }
  /// A new turn, cut from imported turn `turn`.
  | { kind: 'split'; turn: number }
  /// Imported turn `turn` is gone, joined into this one (which comes before
  /// it, `previous`, or after it, `next`); `before` and `after` say who
  /// spoke its words then and now.
  | { kind: 'joined'; turn: number; into: 'previous' | 'next'; before: string | null; after: string | null };

/// One turn that differs from the original.
export interface CorrectionEntry {
  /// The block now (or, only when the transcript now has no blocks at all,
  /// the imported block whose words were removed).
  blockId: string;
  /// Start in seconds from programme start, or null when unknown.
  time: number | null;
  /// True when `time` was interpolated rather than read from the source.
  estimated: boolean;
  /// Speaker name now (from the current roster); null when unassigned.
  speaker: string | null;
  /// Present when the speaker changed (an assignment too): the name before,
  /// or null when the turn had none. Absent with `textOnly`.
  speakerBefore?: string | null;
  /// Assignments, merges, renames, splits and joins of this turn, in that
  /// order: split first, then its speaker, then turns joined into it.
  /// Empty with `textOnly`.
  speakerChanges: SpeakerChange[];
  /// The changed words with a few words of context either side, as they
  /// were and as they are. Runs far apart in one turn are joined by ` … `;
  /// `…` at either end means the turn goes on. Both '' when only the
  /// speaker or a gap status changed.
  before: string;
  after: string;
  /// The changed runs one by one, without context.
  changes: CorrectionChange[];
  /// Every gap in the block now, in order.
  gaps: CorrectionGap[];
}

export interface CorrectionLogOptions {
  /// Words of unchanged context shown either side of a change. Default 3.
  context?: number;
  /// Text changes only: words and gaps. Default false: speaker work
  /// (assignments, merges, renames, splits, joins) is reported too, in
  /// `speakerChanges`, and a turn with nothing else changed has an entry.
  textOnly?: boolean;
  /// Leave out changes of case alone (`north korea` -> `North Korea`, as Fix
  /// capitalization makes them). Default false: they are changes like any other.
  ignoreCase?: boolean;
}

/// Names for speaker ids: the current roster first, then `roster` (the one
/// recorded at import, for speakers merged away or deleted since).
type SpeakerNames = ReadonlyMap<string, string>;

const ELLIPSIS = '…';

/// Every turn of `current` that differs from `original`.
///
/// Original and current are aligned by words over the whole document, not
/// by block ids: blocks are split and joined while editing. Words are runs
/// of non-space characters; a change of spacing alone is not a change.
/// A turn is reported when its words differ from what they were at the same
/// place, when one of its gaps is resolved or marked unresolvable, or (unless
/// `textOnly`) when it has speaker work: its speaker differs from the speaker
/// of the imported turn it came from (the block of the same id, else the
/// imported turn most of its unchanged words come from) or was renamed, it
/// was split off that turn, or another imported turn was joined into it.
///
/// `roster` names speakers of the original that the current roster no
/// longer has (pass `original.speakers`); an id nobody names is shown as is.
export function correctionLog(
  original: readonly OriginalBlock[],
  current: Transcript,
  roster?: readonly { id: string; name: string }[],
  options: CorrectionLogOptions = {},
): CorrectionEntry[] {
  const context = Math.max(0, Math.floor(options.context ?? 3));
  const textOnly = options.textOnly === true;
  const names = new Map<string, string>();
  for (const s of roster ?? []) names.set(s.id, s.name);
  const importedNames = new Map(names);
  for (const s of current.speakers) names.set(s.id, s.name);
  const speakers = new Map<string, Speaker>(current.speakers.map((s) => [s.id, s]));

  // --- words of both sides, interned --------------------------------------
  const vocabulary = new Map<string, number>();
  // Without case-only changes, words are compared lowercased: a word whose
  // case alone changed matches, and is shown as it is now.
  const ignoreCase = options.ignoreCase === true;
  const intern = (written: string): number => {
    const word = ignoreCase ? written.toLowerCase() : written;
    let id = vocabulary.get(word);
    if (id === undefined) {
      id = vocabulary.size;
      vocabulary.set(word, id);
    }
    return id;
  };

  const before = wordsOf(
    original.map((b) => b.text),
    intern,
  );
  const texts = current.blocks.map(blockText);
  const after = wordsOf(texts, intern);
  const matchOfBefore = matchSequences(before.ids, after.ids, vocabulary.size);
  const matchOfAfter = new Int32Array(after.length).fill(-1);
  matchOfBefore.forEach((j, i) => {
    if (j >= 0) matchOfAfter[j] = i;
  });

  // --- hunks: runs between matched words, assigned to current blocks --------
  const changesOf: ChangeAt[][] = current.blocks.map(() => []);
  const orphanDeletions: { block: number; from: number; to: number }[] = [];
  const currentIndexOfId = new Map<string, number>(current.blocks.map((b, k) => [b.id, k]));

  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    if (i < before.length && j < after.length && matchOfBefore[i] === j) {
      i++;
      j++;
      continue;
    }
    const i0 = i;
    const j0 = j;
    while (i < before.length && matchOfBefore[i]! < 0) i++;
    while (j < after.length && matchOfAfter[j]! < 0) j++;
    if (j > j0) {
      // Inserted or replacing words: one change per current block they lie
      // in; the removed words go with the first.
      let k = j0;
      let first = true;
      while (k < j) {
        const block = after.block[k]!;
        let end = k;
        while (end < j && after.block[end] === block) end++;
        changesOf[block]!.push({
          beforeFrom: first ? i0 : i,
          beforeTo: i,
          afterFrom: k,
          afterTo: end,
          word: after.index[k]!,
        });
        first = false;
        k = end;
      }
    } else {
      // Words only removed: each imported turn's share separately, so that
      // a turn emptied of words gets its own entry.
      let last: { block: number; word: number } | null = null;
      for (let x = i0; x < i;) {
        let end = x;
        while (end < i && before.block[end] === before.block[x]) end++;
        let place = deletionPlace(
          before.block[x]!,
          i0,
          i,
          j0,
          before,
          after,
          original,
          current.blocks.length,
          currentIndexOfId,
        );
        // Never before an earlier share of the same deletion: order is kept.
        if (
          place &&
          last &&
          (place.block < last.block || (place.block === last.block && place.word < last.word))
        )
          place = last;
        if (place === null) orphanDeletions.push({ block: before.block[x]!, from: x, to: end });
        else
          changesOf[place.block]!.push({
            beforeFrom: x,
            beforeTo: end,
            afterFrom: j0,
            afterTo: j0,
            word: place.word,
          });
        last = place;
        x = end;
      }
    }
  }

  // --- which imported turn each current block came from ---------------------
  const originalIndexOfId = new Map<string, number>(original.map((b, k) => [b.id, k]));
  const votes = current.blocks.map(() => new Map<number, number>());
  for (let w = 0; w < after.length; w++) {
    const source = matchOfAfter[w]!;
    if (source < 0) continue;
    const tally = votes[after.block[w]!]!;
    const from = before.block[source]!;
    tally.set(from, (tally.get(from) ?? 0) + 1);
  }

  // Imported turns whose block is gone, by the current block most of their
  // unchanged words are in now: joined into it.
  const joinedInto = new Map<number, number[]>();
  if (!textOnly) {
    const homes = new Map<number, Map<number, number>>();
    matchOfBefore.forEach((j, i) => {
      const turn = before.block[i]!;
      if (j < 0 || currentIndexOfId.has(original[turn]!.id)) return;
      let tally = homes.get(turn);
      if (!tally) homes.set(turn, (tally = new Map()));
      const home = after.block[j]!;
      tally.set(home, (tally.get(home) ?? 0) + 1);
    });
    for (const [turn, tally] of homes) {
      let home = -1;
      let best = 0;
      for (const [candidate, count] of tally)
        if (count > best || (count === best && candidate < home)) [home, best] = [candidate, count];
      const list = joinedInto.get(home);
      if (list) list.push(turn);
      else joinedInto.set(home, [turn]);
    }
    for (const list of joinedInto.values()) list.sort((a, b) => a - b);
  }
  const labels = new SpeakerLabels(speakers, importedNames);

  const entries: CorrectionEntry[] = [];
  current.blocks.forEach((block, k) => {
    let origin = originalIndexOfId.get(block.id);
    if (origin === undefined) {
      // Most unchanged words; on a tie the earlier imported turn.
      let best = 0;
      for (const [candidate, count] of votes[k]!) {
        if (count > best || (count === best && origin !== undefined && candidate < origin)) {
          best = count;
          origin = candidate;
        }
      }
    }
    const imported = origin === undefined ? undefined : original[origin];
    const speakerChanged = !textOnly && imported !== undefined && imported.speakerId !== block.speakerId;
    const speakerChanges: SpeakerChange[] = [];
    if (!textOnly) {
      if (origin !== undefined && !originalIndexOfId.has(block.id))
        speakerChanges.push({ kind: 'split', turn: origin + 1 });
      if (imported) {
        const change = speakerChangeOf(imported.speakerId, block.speakerId, labels);
        if (change) speakerChanges.push(change);
      }
      for (const turn of joinedInto.get(k) ?? []) {
        if (turn === origin) continue; // its words are mostly here: this block is that turn
        const before = labels.of(original[turn]!.speakerId);
        const after = labels.of(block.speakerId);
        speakerChanges.push({
          kind: 'joined',
          turn: turn + 1,
          into: origin === undefined || origin < turn ? 'previous' : 'next',
          before,
          after,
        });
      }
    }
    const gaps = gapsOf(block);
    const gapWork = gaps.some((g) => g.status !== 'open');
    const changes = changesOf[k]!;
    if (changes.length === 0 && speakerChanges.length === 0 && !gapWork) return;

    const shown = describe(changes, k, before, after, context);
    const time = block.start ?? imported?.start ?? null;
    const entry: CorrectionEntry = {
      blockId: block.id,
      time,
      estimated: time !== null && (block.start === null || block.estimated),
      speaker: speakerName(block.speakerId, names),
      ...(speakerChanged ? { speakerBefore: speakerName(imported.speakerId, names) } : {}),
      speakerChanges,
      before: shown.before,
      after: shown.after,
      changes: shown.changes,
      gaps,
    };
    entries.push(entry);
  });

  // Every block was deleted: report the words against the imported turns.
  for (const orphan of orphanDeletions) {
    const imported = original[orphan.block]!;
    const words = joinWords(before, orphan.from, orphan.to);
    entries.push({
      blockId: imported.id,
      time: imported.start,
      estimated: false,
      speaker: null,
      ...(imported.speakerId === null || textOnly
        ? {}
        : { speakerBefore: speakerName(imported.speakerId, names) }),
      speakerChanges: [],
      before: words,
      after: '',
      changes: [{ before: words, after: '', from: 0, to: 0 }],
      gaps: [],
    });
  }
  return entries;
}

// --- words --------------------------------------------------------------------

interface Words {
  /// The texts the words are in, one per block.
  texts: readonly string[];
  /// Number of words.
  length: number;
  /// Interned word per position, over all blocks in order.
  ids: Int32Array;
  /// Block index of each word.
  block: Int32Array;
  /// Index of the word within its block.
  index: Int32Array;
  /// Character offsets of the word in its block's text.
  start: Int32Array;
  end: Int32Array;
  /// First word of each block (and one past the last, at the end).
  firstOfBlock: Int32Array;
}

function wordsOf(texts: readonly string[], intern: (w: string) => number): Words {
  let capacity = 1024;
  let ids = new Int32Array(capacity);
  let block = new Int32Array(capacity);
  let index = new Int32Array(capacity);
  let start = new Int32Array(capacity);
  let end = new Int32Array(capacity);
  const grow = (a: Int32Array): Int32Array<ArrayBuffer> => {
    const bigger = new Int32Array(capacity);
    bigger.set(a);
    return bigger;
  };
  const firstOfBlock = new Int32Array(texts.length + 1);
  const word = /\S+/g;
  let n = 0;
  for (let k = 0; k < texts.length; k++) {
    const text = texts[k]!;
    firstOfBlock[k] = n;
    word.lastIndex = 0;
    let w = 0;
    let m: RegExpExecArray | null;
    while ((m = word.exec(text)) !== null) {
      if (n === capacity) {
        capacity *= 2;
        ids = grow(ids);
        block = grow(block);
        index = grow(index);
        start = grow(start);
        end = grow(end);
      }
      ids[n] = intern(m[0]);
      block[n] = k;
      index[n] = w++;
      start[n] = m.index;
      end[n] = m.index + m[0].length;
      n++;
    }
  }
  firstOfBlock[texts.length] = n;
  return {
    texts,
    length: n,
    ids: ids.subarray(0, n),
    block: block.subarray(0, n),
    index: index.subarray(0, n),
    start: start.subarray(0, n),
    end: end.subarray(0, n),
    firstOfBlock,
  };
}

function wordText(words: Words, w: number): string {
  return words.texts[words.block[w]!]!.slice(words.start[w]!, words.end[w]!);
}

function joinWords(words: Words, from: number, to: number): string {
  const parts: string[] = [];
  for (let w = from; w < to; w++) parts.push(wordText(words, w));
  return parts.join(' ');
}

// --- changes ------------------------------------------------------------------

/// A change before display: word ranges in the whole-document word lists,
/// and `word`, the index within the current block where it starts.
interface ChangeAt {
  beforeFrom: number;
  beforeTo: number;
  afterFrom: number;
  afterTo: number;
  word: number;
}

/// Where to report words of imported turn `turn` deleted between after[j0 - 1]
/// and after[j0] (the hunk removed before[i0..i1)), as a current block and a
/// word index in it. In order of preference: the current block that kept
/// the turn's id, when it lies between those two words (a turn emptied of
/// words); just after the word before, when it came from the same turn;
/// just before the word after, when that one did; else after the word
/// before, or before the word after. Null when no block is left at all.
function deletionPlace(
  turn: number,
  i0: number,
  i1: number,
  j0: number,
  before: Words,
  after: Words,
  original: readonly OriginalBlock[],
  blockCount: number,
  currentIndexOfId: ReadonlyMap<string, number>,
): { block: number; word: number } | null {
  if (blockCount === 0) return null;
  const previous = j0 > 0 ? j0 - 1 : -1;
  const next = j0 < after.length ? j0 : -1;
  const afterPrevious = () => ({ block: after.block[previous]!, word: after.index[previous]! + 1 });
  const beforeNext = () => ({ block: after.block[next]!, word: after.index[next]! });
  const lowest = previous >= 0 ? after.block[previous]! : 0;
  const highest = next >= 0 ? after.block[next]! : blockCount - 1;
  const own = currentIndexOfId.get(original[turn]!.id);
  if (own !== undefined && own >= lowest && own <= highest) {
    if (previous >= 0 && own === after.block[previous]) return afterPrevious();
    if (next >= 0 && own === after.block[next]) return beforeNext();
    return { block: own, word: 0 };
  }
  // Around a pure deletion the words either side are matched: before[i0 - 1]
  // is the word `previous` was, before[i1] the word `next` was.
  if (previous >= 0 && before.block[i0 - 1] === turn) return afterPrevious();
  if (next >= 0 && before.block[i1] === turn) return beforeNext();
  if (previous >= 0) return afterPrevious();
  if (next >= 0) return beforeNext();
  return { block: blockCount - 1, word: 0 };
}

/// Before/after with context, and the exact changes, for current block `k`.
function describe(
  changes: readonly ChangeAt[],
  k: number,
  before: Words,
  after: Words,
  context: number,
): { before: string; after: string; changes: CorrectionChange[] } {
  if (changes.length === 0) return { before: '', after: '', changes: [] };
  const first = after.firstOfBlock[k]!;
  const count = after.firstOfBlock[k + 1]! - first;
  const wordAt = (w: number) => wordText(after, first + w);

  const exact: CorrectionChange[] = changes.map((c) => {
    let from: number;
    let to: number;
    if (c.afterTo > c.afterFrom) {
      from = after.start[c.afterFrom]!;
      to = after.end[c.afterTo - 1]!;
    } else {
      // A deletion sits right after the word before it, or before the
      // block's first word, or at 0 in a block left without words.
      from = c.word > 0 ? after.end[first + c.word - 1]! : count > 0 ? after.start[first]! : 0;
      to = from;
    }
    return {
      before: joinWords(before, c.beforeFrom, c.beforeTo),
      after: joinWords(after, c.afterFrom, c.afterTo),
      from,
      to,
    };
  });

  // Group changes whose context would overlap, then print each group.
  const pieces: { before: string[]; after: string[] }[] = [];
  let leadingCut = false;
  let trailingCut = false;
  let g = 0;
  while (g < changes.length) {
    let h = g;
    const endOf = (c: ChangeAt) => c.word + (c.afterTo - c.afterFrom);
    while (h + 1 < changes.length && changes[h + 1]!.word - endOf(changes[h]!) <= 2 * context) h++;
    const left = Math.max(0, changes[g]!.word - context);
    const right = Math.min(count, endOf(changes[h]!) + context);
    if (g === 0) leadingCut = left > 0;
    if (h === changes.length - 1) trailingCut = right < count;
    const b: string[] = [];
    const a: string[] = [];
    let w = left;
    for (let c = g; c <= h; c++) {
      const change = changes[c]!;
      for (; w < change.word; w++) {
        b.push(wordAt(w));
        a.push(wordAt(w));
      }
      for (let x = change.beforeFrom; x < change.beforeTo; x++) b.push(wordText(before, x));
      for (let x = change.afterFrom; x < change.afterTo; x++) a.push(wordText(after, x));
      w = endOf(change);
    }
    for (; w < right; w++) {
      b.push(wordAt(w));
      a.push(wordAt(w));
    }
    pieces.push({ before: b, after: a });
    g = h + 1;
  }
  const print = (side: 'before' | 'after') =>
    (leadingCut ? `${ELLIPSIS} ` : '') +
    pieces.map((p) => p[side].join(' ')).join(` ${ELLIPSIS} `) +
    (trailingCut ? ` ${ELLIPSIS}` : '');
  return { before: print('before'), after: print('after'), changes: exact };
}

// --- speakers and gaps ----------------------------------------------------------

function speakerName(id: string | null, names: SpeakerNames): string | null {
  if (id === null) return null;
  return names.get(id) ?? id;
}

/// Speakers as the log names them in speaker changes.
class SpeakerLabels {
  constructor(
    /// The roster now.
    readonly current: ReadonlyMap<string, Speaker>,
    /// Names at import.
    readonly imported: ReadonlyMap<string, string>,
  ) {}

  /// `Maya Chen (host)` for a speaker in the roster, else the name at import,
  /// else the id; null for nobody.
  of(id: string | null): string | null {
    if (id === null) return null;
    const speaker = this.current.get(id);
    if (speaker) return speakerLabel(speaker, 'name-and-role') || id;
    return this.imported.get(id) ?? id;
  }
}

/// What became of a turn's speaker from `before` (at import) to `after`
/// (now); null when nothing did.
function speakerChangeOf(
  before: string | null,
  after: string | null,
  labels: SpeakerLabels,
): SpeakerChange | null {
  if (before === after) {
    if (before === null) return null;
    const then = labels.imported.get(before);
    const now = labels.current.get(before)?.name;
    return then !== undefined && now !== undefined && then !== now
      ? { kind: 'renamed', before: then, after: now }
      : null;
  }
  if (before !== null && after !== null && !labels.current.has(before))
    return { kind: 'merged', before: labels.of(before)!, after: labels.of(after)! };
  return { kind: 'assigned', before: labels.of(before), after: labels.of(after) };
}

function gapsOf(block: Block): CorrectionGap[] {
  const gaps: CorrectionGap[] = [];
  for (const span of block.spans) {
    if (span.gap) gaps.push({ tag: span.gap.tag, status: span.gap.status, text: span.text });
  }
  return gaps;
}
