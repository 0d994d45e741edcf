/// Speakers in caption cue text (WebVTT, SRT, and paragraphs of oTranscribe
/// files), and the blocks cues become.
///
/// Cue text marks speakers as text (formats.md §2–4):
/// - `NAME:` at the start of a line (`JOHN SMITH:`, `Roger Bingham:`,
///   `Speaker 1:`), and WhisperX's `[SPEAKER_00]:`;
/// - `>>` anywhere (a new speaker, maybe followed by a name prefix), `>>>`
///   (a new story);
/// - `- ` at the start of a line (a new speaker, NCI/CaptionMax style).
/// A cue with no marker continues the speaker before it.

import type { Block } from '../transcript.ts';
import type { SpeakerRoster } from './speakerLabels.ts';
import { isGenericLabel } from './speakerLabels.ts';
import { markedSpans, withoutMarks } from './inlineTimes.ts';
import { BlockList, MAX_BLOCK_SPANS, pushSpan, textSpans, tidy, trimSpans } from './timedWords.ts';
import { NAME_STOP_WORDS, isAbbreviation } from './words.ts';
import { NAME_PARTICLES } from '../nameParticles.ts';

/// One speaker's part of a cue.
export interface CueTurn {
  /// `none`: no marker (the speaker before goes on); `change`: a new,
  /// unnamed speaker (`>>`, `- `); `name`: a named speaker.
  marker: 'none' | 'change' | 'name';
  label?: string;
  /// Set by `>>>`: a new story starts here.
  story?: boolean;
  /// Set by `>>` and `>>>` (not by `- `, which film subtitles use only
  /// where two speakers share a cue).
  chevrons?: boolean;
  text: string;
}

// Words that start a line with a colon without naming anyone, besides the
// archive importer's stop words (`note`, `question`, `today`, pronouns...).
const CUE_STOP_WORDS = new Set([
  'nb',
  'caution',
  'remember',
  'look',
  'listen',
  'well',
  'yes',
  'no',
  'okay',
  'ok',
  'oh',
  'hey',
  'hi',
  'hello',
  'wait',
  'sorry',
  'please',
  'thanks',
  'sure',
  'right',
  'see',
  'date',
  'subject',
  'fwd',
  'tip',
  'hint',
  'step',
  'chorus',
  'verse',
  'lyrics',
  'title',
  'translation',
  'caption',
  'captions',
  'subtitle',
  'subtitles',
  'source',
  'location',
  'edit',
  'important',
  'attention',
  'news',
  'live',
  'http',
  'https',
  'www',
  'summary',
  'part',
  'chapter',
  'episode',
  'scene',
  'transcript',
  'rule',
  'solution',
  'goal',
  'total',
  'price',
  'status',
  'error',
]);

function isStopWord(word: string): boolean {
  const w = word.toLowerCase();
  return NAME_STOP_WORDS.has(w) || CUE_STOP_WORDS.has(w);
}

/// True when `label` (the text before a prefix's colon) can name a speaker:
/// a machine label (`Speaker 1`, `SPEAKER_00`); a name in capitals, up to six
/// words (`THE SPEAKER PRO TEMPORE`); or up to three capitalised words
/// (`Roger Bingham`, `Dr. Ames`). Single letters (`Q:`, `A:`) and words such
/// as `Note`, `Question` or `Remember` do not.
export function isSpeakerLabel(label: string): boolean {
  if (label.length < 2 || label.length > 80) return false;
  if (isGenericLabel(label) && label.length > 1) return true;
  const words = label.split(' ');
  if (words.some(isStopWord)) return false;
  if (!/\p{Lu}/u.test(label)) return false;
  if (!/\p{Ll}/u.test(label)) {
    return words.length <= 6 && (label.match(/\p{L}/gu)?.length ?? 0) >= 2;
  }
  return words.length <= 3 && words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && NAME_PARTICLES.has(w)));
}

/// True when `label` can be a speaker label as our own exports write it
/// (`>> US official:` in SubRip, `US official:` in text): any name an editor
/// typed, in any case and script, with digits, apostrophes, hyphens and
/// abbreviations (`kate van doore`, `李明`, `O'Brien-Smith 2`, `Dr. Ames`),
/// up to six words and 80 characters. Not text that reads as a sentence: a
/// word ending in `,` `;` `?` `!` `"`, or in `.` before the last word unless
/// an abbreviation or initial, or a stop word (`he said:`, `the question:`),
/// where a stop word in capitals in a label with lower case (`US official`)
/// is an acronym. Looser than `isSpeakerLabel`, so it is only tried where a
/// speaker is expected: after `>>`, or at the start of a turn.
export function isWrittenLabel(label: string): boolean {
  if (label.length < 2 || label.length > 80 || !/\p{L}/u.test(label)) return false;
  const words = label.split(' ');
  if (words.length > 6) return false;
  const mixedCase = /\p{Ll}/u.test(label);
  return words.every((word, i) => {
    if (word === '' || /[,;?!"“”]$/.test(word)) return false;
    if (i < words.length - 1 && word.endsWith('.') && !isAbbreviation(word.toLowerCase())) return false;
    const acronym = mixedCase && !/\p{Ll}/u.test(word);
    return acronym || !isStopWord(word);
  });
}

// A label up to the first colon that a space (or the end) follows.
const WRITTEN_PREFIX_RE = /^([^:\n]{1,80}?)[ \t]*:(?:[ \t]+|$)/;

/// The speaker prefix at the start of `line` as our exports write it (see
/// `isWrittenLabel`), or the stricter `matchSpeakerPrefix` one.
export function matchWrittenPrefix(line: string): { label: string; end: number } | null {
  const strict = matchSpeakerPrefix(line);
  if (strict) return strict;
  const m = WRITTEN_PREFIX_RE.exec(line);
  if (!m) return null;
  const label = tidy(m[1]!);
  return isWrittenLabel(label) ? { label, end: m[0].length } : null;
}

// `[SPEAKER_00]:` / `[John]:`, and `[SPEAKER_00]` without a colon.
const BRACKET_PREFIX_RE = /^\[([^[\]\n]{1,80})\][ \t]*(:?)(?:[ \t]+|$)/;
// Up to six words of letters, digits, apostrophes, periods and hyphens, the
// first starting with a capital, then a colon and a space (or the end).
const NAME_PREFIX_RE = /^(\p{Lu}[\p{L}\p{M}\d'’.-]*(?:[ \t]+[\p{L}\p{M}\d'’.-]+){0,5})[ \t]*:(?:[ \t]+|$)/u;

/// The speaker prefix at the start of `line`: the label and the length of
/// the prefix (with the spaces after it); null when there is none.
export function matchSpeakerPrefix(line: string): { label: string; end: number } | null {
  const bracket = BRACKET_PREFIX_RE.exec(line);
  if (bracket) {
    const label = tidy(bracket[1]!);
    const ok = bracket[2]
      ? isGenericLabel(label) || isSpeakerLabel(label)
      : /^(?:speaker|spk)[ _-]?\d+$/i.test(label);
    return ok ? { label, end: bracket[0].length } : null;
  }
  const m = NAME_PREFIX_RE.exec(line);
  if (!m) return null;
  const label = tidy(m[1]!);
  return isSpeakerLabel(label) ? { label, end: m[0].length } : null;
}

const DASH_RE = /^[-–][ \t]+/;
const CHEVRONS_RE = />{2,}/g;

/// Splits the lines of a cue's text (tags already removed) into turns at
/// speaker markers. The first turn has marker `none` and may be empty.
export function cueTurns(lines: readonly string[]): CueTurn[] {
  const turns: CueTurn[] = [{ marker: 'none', text: '' }];
  const current = (): CueTurn => turns[turns.length - 1]!;
  const append = (raw: string): void => {
    const text = raw.trim();
    if (text === '') return;
    const t = current();
    t.text = t.text === '' ? text : `${t.text} ${text}`;
  };
  // A prefix right after a marker (or at a line start) names that turn;
  // after `>>`, any label our exports write (`>> US official:`).
  const takePrefix = (text: string, afterChevrons = false): string => {
    const prefix = afterChevrons ? matchWrittenPrefix(text) : matchSpeakerPrefix(text);
    if (!prefix) return text;
    const t = current();
    if (t.text === '' && t.marker !== 'name') {
      t.marker = 'name';
      t.label = prefix.label;
    } else turns.push({ marker: 'name', label: prefix.label, text: '' });
    return text.slice(prefix.end);
  };

  for (const raw of lines) {
    let line = raw.trim();
    if (line === '') continue;
    const dash = DASH_RE.exec(line);
    if (dash) {
      turns.push({ marker: 'change', text: '' });
      line = line.slice(dash[0].length);
    }
    line = takePrefix(line);
    let last = 0;
    CHEVRONS_RE.lastIndex = 0;
    for (let m = CHEVRONS_RE.exec(line); m; m = CHEVRONS_RE.exec(line)) {
      append(line.slice(last, m.index));
      const turn: CueTurn = { marker: 'change', chevrons: true, text: '' };
      if (m[0].length >= 3) turn.story = true;
      turns.push(turn);
      let after = m.index + m[0].length;
      while (after < line.length && /[ \t]/.test(line[after]!)) after++;
      const rest = takePrefix(line.slice(after), true);
      last = line.length - rest.length;
      CHEVRONS_RE.lastIndex = last;
    }
    append(line.slice(last));
  }
  return turns;
}

/// Turns cues into blocks: a block per turn. Consecutive cues of the same
/// named speaker (unless `>>` opens the later one), and cues with no marker
/// after a named speaker, go on in that speaker's block. A cue with no marker after an unnamed turn goes on
/// in it when the file marks changes of speaker with `>>`
/// (`unmarkedContinues`: the broadcast convention, where `>>` starts a turn
/// and the cues after it are the same voice until the next marker);
/// otherwise it is a block of its own (speaker unknown): in a file with no
/// markers at all, such as speech recognition output, a cue is the only
/// sign of a turn there is. Each cue's first word gets the cue start as a
/// `{start}` anchor, so its time stays with its text; a block starts at its
/// first cue's start (`estimated` false), or, for a turn that starts inside
/// a cue (`- `, `>>`), at that cue's start with `estimated` true.
export class CueBlocks {
  private current: { block: Block | null; speakerId: string | null; named: boolean } | null = null;
  // A `>>>` with no text after it in its cue: the next block starts a story.
  private storyPending = false;

  constructor(
    private readonly list: BlockList,
    private readonly roster: SpeakerRoster,
    private readonly unmarkedContinues = false,
    /// The text holds WebVTT inline timestamps as marks (`inlineTimes.ts`).
    private readonly inlineTimes = false,
  ) {}

  /// Ends the block being filled; the next words open a new one of the same
  /// speaker (a paragraph break in a turn, `captions/paragraphs.ts`).
  newParagraph(): void {
    if (this.current) this.current = { ...this.current, block: null };
  }

  addCue(start: number | null, turns: readonly CueTurn[]): void {
    let atStart = true;
    for (const turn of turns) {
      let text = tidy(turn.text);
      if (this.inlineTimes && withoutMarks(text).trim() === '') text = '';
      if (turn.marker !== 'none') {
        const speakerId = turn.marker === 'name' ? this.roster.id(turn.label) : null;
        const named = speakerId !== null;
        const cur = this.current;
        // `>>` marks a new turn even by the speaker before (our SubRip
        // opens every turn with it); a name alone goes on.
        const same =
          named &&
          cur !== null &&
          cur.named &&
          cur.speakerId === speakerId &&
          !turn.story &&
          turn.chevrons !== true;
        if (!same) this.current = { block: null, speakerId, named };
        if (turn.story && text === '') this.storyPending = true;
      } else if (text !== '' && (this.current === null || (!this.current.named && !this.unmarkedContinues))) {
        this.current = { block: null, speakerId: null, named: false };
      }
      if (text === '') continue;
      const cur = this.current!;
      const story = turn.story === true || this.storyPending;
      const anchor = atStart && start !== null ? start : undefined;
      const spans = this.inlineTimes ? markedSpans(text, anchor) : textSpans(text, anchor);
      if (cur.block === null) {
        // A turn inside a cue starts at its first word's inline time, if any.
        const own = atStart ? undefined : spans[0]?.time?.start;
        cur.block = this.list.open(
          cur.speakerId,
          own ?? start,
          own === undefined && start !== null && !atStart,
          story,
        );
        this.storyPending = false;
      } else pushSpan(cur.block.spans, { text: ' ' });
      for (const span of spans) {
        if (cur.block.spans.length >= MAX_BLOCK_SPANS) {
          // A turn too long for one block goes on in another of the same speaker.
          cur.block.spans = trimSpans(cur.block.spans);
          const time = span.time?.start;
          cur.block = this.list.open(cur.speakerId, time ?? start, time === undefined && start !== null);
        }
        pushSpan(cur.block.spans, span);
      }
      atStart = false;
    }
  }
}

/// True when any cue marks a change of speaker with `>>`: the file follows
/// the broadcast convention, and unmarked cues are the speaker before them
/// (`CueBlocks`' `unmarkedContinues`). Dashes do not count: in film
/// subtitles a cue without one is a single speaker, not necessarily the
/// last one.
export function marksSpeakerChanges(cues: readonly (readonly CueTurn[])[]): boolean {
  return cues.some((turns) => turns.some((t) => t.chevrons === true));
}
