/// WebVTT importer (formats.md §3; W3C WebVTT).
///
/// ```
/// WEBVTT - Interview
///
/// 00:11.000 --> 00:13.000
/// <v Roger Bingham>We are in New York City
/// ```
///
/// - Header: `WEBVTT`, optional text after a space (becomes the title, less
///   a leading dash), metadata lines up to the first blank line. A BOM, CRLF
///   or CR line ends and blank lines before the header are fine.
/// - `NOTE`, `STYLE` and `REGION` blocks are skipped; cue identifiers and
///   cue settings are ignored.
/// - Timestamps `[h:]mm:ss.ttt`, read leniently (`cueTimestamp.ts`): one-
///   or two-digit fields (`0:0:1.5`), a missing hour, a comma for the
///   point, any fraction or none. What no reading makes sense of is refused
///   with the line.
/// - Cue text: tags are removed (`<c>`, `<i>`, `<b>`, `<u>`, `<lang>`,
///   `<ruby>`, inline timestamps); the content of `<rt>` (ruby readings) is
///   dropped; character references are decoded; lines join with a space.
/// - Speakers: `<v Name>` voice spans; in cues without voices, the text
///   markers of `cues.ts` (`NAME:`, `[SPEAKER_00]:`, `>>`, `- `). In a file
///   without voices, `CueBlocks` decides (an unmarked cue goes on in an
///   unnamed turn before it when the file marks changes with `>>`). In a
///   file that uses voices, a cue without a voice or a marker is never more
///   of the voice before it, or of a turn a name marker started. After
///   those it starts a turn of its own (speaker unknown); right after a cue
///   whose turn has no name (unmarked, or after `>>`), a second or less from
///   that cue's end to its start (`VOICE_PAUSE_SECONDS`), it goes on in
///   that turn. So a long unassigned turn, which exporters (ours too) write
///   as several cues without a voice, opens as one turn again, not a turn
///   per cue. Each cue's start stays on its first word either way.
/// - Text after a blank line inside a cue (not allowed, but common) stays
///   with that cue.
/// - Inline timestamps (`<00:00:01.234>`) time the word after them.
/// - Roll-up captions (YouTube's automatic captions, broadcast roll-up):
///   what a cue repeats of the cue before it is cut (`rollUp.ts`), so every
///   word opens once. When such a file never marks a speaker change, its
///   lines are joined into paragraphs (`paragraphs.ts`).

import type { Block } from '../../transcript.ts';
import { CueBlocks, cueTurns, marksSpeakerChanges, type CueTurn } from '../cues.ts';
import { decodeEntities } from '../html.ts';
import { parseCueTimestamp, readCueTiming } from './cueTimestamp.ts';
import { removeRollUp } from './rollUp.ts';
import { timeMark, withoutMarkChars, withoutMarks } from '../inlineTimes.ts';
import { paragraphStarts } from './paragraphs.ts';
import { fail, finishImport, importMeta, quote, type ImportOptions, type ImportResult } from '../result.ts';
import { SpeakerRoster } from '../speakerLabels.ts';
import { BlockList, MAX_BLOCK_SPANS, pushSpan, splitLines, tidy } from '../timedWords.ts';
import { VOICE_PAUSE_SECONDS } from './voicePause.ts';

const HEADER_RE = /^\uFEFF?WEBVTT(?=[ \t]|$)/;
// Tags and inline timestamps, as roll-up lines are compared.
const TAG_RE = /<[^<>]*>/g;
// A blank line (`\s` covers a BOM too).
const BLANK_RE = /^\s*$/;

/// True when the first non-blank line is the `WEBVTT` header.
export function looksLikeWebVtt(text: string): boolean {
  const m = /^[\s\uFEFF]*(\S[^\r\n]*)/.exec(text.slice(0, 1000));
  return m !== null && HEADER_RE.test(m[1]!);
}

export interface WebVttOptions extends ImportOptions {
  /// Read a file without the `WEBVTT` line (named `.vtt` but not quite
  /// one); the default refuses it.
  headerOptional?: boolean;
}

interface Cue {
  start: number;
  end: number;
  lines: string[];
}

export function importWebVtt(text: string, options: WebVttOptions = {}): ImportResult {
  const lines = splitLines(text);
  let i = 0;
  while (i < lines.length && BLANK_RE.test(lines[i]!)) i++;
  let title: string | undefined;
  const header = HEADER_RE.exec(lines[i] ?? '');
  if (header) {
    title = lines[i]!.slice(header[0].length).replace(/^[\s\-–—:]+/, '');
    i++;
    // Header metadata (`Kind: captions`) runs to the first blank line.
    while (i < lines.length && !BLANK_RE.test(lines[i]!) && !lines[i]!.includes('-->')) i++;
  } else if (!options.headerOptional) {
    return fail(`This WebVTT file does not start with "WEBVTT" (line ${i + 1}: ${quote(lines[i] ?? '')}).`);
  }

  const cues: Cue[] = [];
  while (i < lines.length) {
    if (BLANK_RE.test(lines[i]!)) {
      i++;
      continue;
    }
    const from = i;
    while (i < lines.length && !BLANK_RE.test(lines[i]!)) i++;
    const block = lines.slice(from, i);
    const first = block[0]!.trim();
    if (/^NOTE(?:[ \t]|$)/.test(first)) continue;
    const timingAt = block.findIndex((l) => l.includes('-->'));
    if (/^(?:STYLE|REGION)$/.test(first) && timingAt < 0) continue;
    // Lines before the timing line: the last is the cue identifier; any
    // before it are text that a blank line cut off from the cue before.
    const orphan = timingAt < 0 ? block : block.slice(0, Math.max(0, timingAt - 1));
    if (orphan.length) {
      const last = cues[cues.length - 1];
      if (last) last.lines.push(...orphan);
      else if (!orphan.every((l) => /^[\w-]+:\s*\S/.test(l.trim()))) {
        return fail(
          `This WebVTT file has text before its first cue at line ${from + 1}: ${quote(orphan[0]!)} ` +
            '(expected a cue timing such as "00:00:01.000 --> 00:00:04.000").',
        );
      }
    }
    if (timingAt < 0) continue;
    for (let k = timingAt; k < block.length; k++) {
      const line = block[k]!;
      if (!line.includes('-->')) {
        cues[cues.length - 1]!.lines.push(line);
        continue;
      }
      const timing = readTiming(line);
      if (typeof timing === 'string') {
        return fail(
          `This WebVTT file has a cue timing it cannot read at line ${from + k + 1}: ${quote(line)} (expected ${timing}).`,
        );
      }
      cues.push({ ...timing, lines: [] });
    }
  }

  const rolled = removeRollUp(cues, (line) => line.replace(TAG_RE, ''));
  const roster = new SpeakerRoster();
  const list = new BlockList();
  const segments = cues.map((cue) => cueSegments(cue.lines.join('\n')));
  const voiced = segments.some((cue) => cue.some((s) => s.voice !== undefined));
  if (voiced) {
    const voicedCues = new VoicedCues(list, new CueBlocks(list, roster, false, true));
    cues.forEach((cue, k) => voicedCues.add(cue, segments[k]!));
  } else {
    const turns = segments.map(turnsOf);
    const marked = marksSpeakerChanges(turns);
    // Roll-up lines that never mark a speaker are one stream of speech: read
    // in paragraphs, not a turn per line.
    const paragraphs =
      rolled && !marked
        ? paragraphStarts(
            cues.map((cue, k) => ({ ...cue, text: turns[k]!.map((t) => withoutMarks(t.text)).join(' ') })),
          )
        : null;
    const builder = new CueBlocks(list, roster, marked || paragraphs !== null, true);
    cues.forEach((cue, k) => {
      if (paragraphs?.[k]) builder.newParagraph();
      builder.addCue(cue.start, turns[k]!);
    });
  }
  return finishImport('WebVTT', importMeta(options, title), roster, list);
}

/// The start and end of a timing line in seconds, or the form expected
/// when a timestamp cannot be read.
function readTiming(line: string): { start: number; end: number } | string {
  const timing = readCueTiming(line)!;
  if (!('bad' in timing)) return timing;
  return (timing.bad.match(/:/g)?.length ?? 0) >= 2 ? 'hh:mm:ss.ttt' : 'mm:ss.ttt';
}

interface Segment {
  voice: string | undefined;
  text: string;
}

/// Cue text as runs of one voice each: tags removed, references decoded,
/// the content of `<rt>` dropped, inline timestamps as marks for the word
/// after them (`inlineTimes.ts`). Line breaks stay (the text markers need
/// them); a `<` that starts no tag, and a tag left open, stay as text.
export function cueSegments(payload: string): Segment[] {
  if (!payload.includes('<') && !payload.includes('&'))
    return [{ voice: undefined, text: withoutMarkChars(payload) }];
  const segments: Segment[] = [];
  let voice: string | undefined;
  let inRt = false;
  let buffer = '';
  const flush = (): void => {
    if (buffer === '') return;
    const last = segments[segments.length - 1];
    if (last && last.voice === voice) last.text += buffer;
    else segments.push({ voice, text: buffer });
    buffer = '';
  };
  const add = (raw: string): void => {
    if (!inRt) buffer += withoutMarkChars(decodeEntities(raw));
  };
  let i = 0;
  while (i < payload.length) {
    const lt = payload.indexOf('<', i);
    if (lt < 0) {
      add(payload.slice(i));
      break;
    }
    add(payload.slice(i, lt));
    const gt = payload.indexOf('>', lt + 1);
    if (gt < 0 || !/[A-Za-z/\d]/.test(payload[lt + 1] ?? '')) {
      add(gt < 0 ? payload.slice(lt) : '<');
      i = gt < 0 ? payload.length : lt + 1;
      continue;
    }
    const inner = payload.slice(lt + 1, gt);
    if (inner.startsWith('/')) {
      const name = inner.slice(1).trim().toLowerCase();
      if (name === 'v') {
        flush();
        voice = undefined;
      } else if (name === 'rt') inRt = false;
    } else if (/^\d/.test(inner)) {
      // An inline timestamp: the time of the word after it.
      const time = parseCueTimestamp(inner.trim());
      if (time !== null && !inRt) buffer += timeMark(time);
    } else {
      const m = /^([^\s.]*)[^\s]*(?:\s+([\s\S]*))?$/.exec(inner)!;
      const name = m[1]!.toLowerCase();
      if (name === 'v') {
        flush();
        voice = tidy(decodeEntities(m[2] ?? '')) || undefined;
      } else if (name === 'rt') inRt = true;
    }
    i = gt + 1;
  }
  flush();
  return segments;
}

function turnsOf(segments: readonly Segment[]): CueTurn[] {
  if (!segments.some((s) => s.voice !== undefined)) {
    return cueTurns(
      segments
        .map((s) => s.text)
        .join('')
        .split('\n'),
    );
  }
  return segments.map((s) =>
    s.voice === undefined
      ? { marker: 'none', text: s.text }
      : { marker: 'name', label: s.voice, text: s.text },
  );
}

/// The cues of a file that uses voices, into blocks. There a cue without a
/// voice or a marker at its start is not more of the voice before it (the
/// file would have named that voice): `CueBlocks` gets it as a new speaker
/// nobody has named. When the turn before came from such cues too, and no
/// pause longer than `VOICE_PAUSE_SECONDS` came between, the block that
/// opens is joined to that turn's block afterwards: `CueBlocks`, shared with
/// SRT and with WebVTT files without voices, keeps an unmarked cue after an
/// unnamed turn a block of its own, as those formats want.
class VoicedCues {
  // The end of the last cue, when it left a turn that the next unvoiced cue
  // may continue: one with no voice and no marker anywhere. Null otherwise.
  private openEnd: number | null = null;

  constructor(
    private readonly list: BlockList,
    private readonly builder: CueBlocks,
  ) {}

  add(cue: Cue, segments: readonly Segment[]): void {
    const turns = turnsOf(segments);
    const first = turns[0]!;
    const unvoiced = !segments.some((s) => s.voice !== undefined);
    const unmarked = first.marker === 'none' && unvoiced;
    const hasText = tidy(first.text) !== '';
    const continues = unmarked && hasText && this.openEnd !== null && withoutPause(this.openEnd, cue.start);
    // `none` would carry the cue on in a named voice's block.
    if (unmarked) first.marker = 'change';
    const at = this.list.blocks.length;
    this.builder.addCue(cue.start, turns);
    if (continues) joinToPrevious(this.list.blocks, at);
    // A cue with no text and no marker leaves the turn before as it was.
    if (unmarked && turns.length === 1 && !hasText) return;
    // The turn the cue ends in is open when nobody is named in it: unmarked
    // text, or text after a `>>` (which names a change, not a speaker).
    const last = turns[turns.length - 1]!;
    this.openEnd = unvoiced && last.marker === 'change' && tidy(last.text) !== '' ? cue.end : null;
  }
}

/// True when no more than `VOICE_PAUSE_SECONDS` pass from `end` to
/// `start`; counted in whole milliseconds, as timestamps are written, so
/// that a gap of exactly a second is never a hair over (`2.003 - 1.003` is
/// `1.0000000000000002`).
function withoutPause(end: number, start: number): boolean {
  return Math.round((start - end) * 1000) <= VOICE_PAUSE_SECONDS * 1000;
}

/// Moves the spans of `blocks[at]` to the end of the block before it, as
/// `CueBlocks` itself does for a turn that goes on into another cue: a
/// space between, and the cue start stays on the moved text's first word
/// (the block start it no longer needs). A turn that would grow past
/// `MAX_BLOCK_SPANS` stays in two blocks.
function joinToPrevious(blocks: Block[], at: number): void {
  const before = blocks[at - 1];
  const block = blocks[at];
  if (!before || !block || before.spans.length + block.spans.length >= MAX_BLOCK_SPANS) return;
  pushSpan(before.spans, { text: ' ' });
  for (const span of block.spans) pushSpan(before.spans, span);
  blocks.splice(at, 1);
}
