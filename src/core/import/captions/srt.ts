/// SubRip (SRT) importer (formats.md §4).
///
/// ```
/// 1
/// 00:00:01,001 --> 00:00:02,000
/// JOHN SMITH: Good evening.
/// ```
///
/// - Cues: an optional number, a timing line `hh:mm:ss,mmm --> hh:mm:ss,mmm`
///   (read leniently by `cueTimestamp.ts`: one-digit fields, a point for
///   the comma, any fraction, missing hours; a trailing `X1: X2: Y1: Y2:`
///   box is fine), text lines.
///   Numbers may be missing or wrong; extra blank lines are fine, also
///   inside a cue's text; a number line right before a timing line is the
///   next cue's number.
/// - Text: `<b>`, `<i>`, `<u>`, `<s>`, `<font ...>` tags and `{\an8}`-style
///   override codes are removed; lines join with a space.
/// - Speakers: the text markers of `cues.ts` (`NAME:`, `>>`, `- `,
///   `[SPEAKER_00]:`).
/// - Roll-up captions (each cue repeating the rows of the one before): the
///   repeat is cut (`rollUp.ts`), so every word opens once.
/// - The Internet Archive's zero-length first cue `starttime 1260465544.00576`
///   is metadata, not text, and is skipped.

import { CueBlocks, cueTurns, marksSpeakerChanges } from '../cues.ts';
import { readCueTiming } from './cueTimestamp.ts';
import { paragraphStarts } from './paragraphs.ts';
import { removeRollUp } from './rollUp.ts';
import { fail, finishImport, importMeta, quote, type ImportOptions, type ImportResult } from '../result.ts';
import { SpeakerRoster } from '../speakerLabels.ts';
import { BlockList, splitLines } from '../timedWords.ts';

// A line that is meant as a cue timing: starts with a digit and has `-->`.
const TIMING_LINE_RE = /^\s*\d[^\n]*-->/;

/// Reads a timing line; null when it is not one at all (text with an arrow).
function readTiming(line: string): { start: number; end: number } | 'bad' | null {
  if (!TIMING_LINE_RE.test(line)) return null;
  const timing = readCueTiming(line);
  return timing === null || 'bad' in timing ? 'bad' : timing;
}

/// True when the text starts like an SRT file: its first non-blank line is
/// a timing line, or a number followed by one.
export function looksLikeSrt(text: string): boolean {
  const head = text.slice(0, 2000).split(/\r\n|\r|\n/);
  let k = 0;
  while (k < head.length && head[k]!.trim() === '') k++;
  if (k < head.length && /^\s*\d+\s*$/.test(head[k]!)) k++;
  const line = head[k];
  return line !== undefined && typeof readTiming(line) === 'object' && readTiming(line) !== null;
}

interface Cue {
  start: number;
  end: number;
  lines: string[];
}

const TAG_RE = /<\/?(?:b|i|u|s|font|span)(?:\s[^<>]*)?>|\{\\[^{}]*\}/gi;
const STARTTIME_RE = /^starttime\s+\d+(?:\.\d+)?$/i;

export function importSrt(text: string, options: ImportOptions = {}): ImportResult {
  const lines = splitLines(text.replace(/^\uFEFF/, ''));
  const cues: Cue[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const timing = readTiming(line);
    if (timing === 'bad') {
      return fail(
        `This SRT file has a cue timing it cannot read at line ${i + 1}: ${quote(line)} ` +
          '(expected hh:mm:ss,mmm --> hh:mm:ss,mmm).',
      );
    }
    const cue = cues[cues.length - 1];
    if (timing === null) {
      if (cue) cue.lines.push(line);
      else if (line.trim() !== '' && !/^\s*\d+\s*$/.test(line)) {
        return fail(
          `This SRT file has text before its first cue at line ${i + 1}: ${quote(line)} ` +
            '(expected a cue number or a timing such as "00:00:01,000 --> 00:00:04,000").',
        );
      }
      continue;
    }
    if (cue) dropCueNumber(cue.lines);
    cues.push({ ...timing, lines: [] });
  }

  const rolled = removeRollUp(cues, (line) => line.replace(TAG_RE, ''));
  const roster = new SpeakerRoster();
  const list = new BlockList();
  const turns = cues.flatMap((cue) => {
    const body = cue.lines.map((l) => l.replace(TAG_RE, ''));
    if (cue.start === 0 && cue.end === 0 && STARTTIME_RE.test(body.join(' ').trim())) return [];
    return [{ start: cue.start, end: cue.end, turns: cueTurns(body) }];
  });
  const marked = marksSpeakerChanges(turns.map((c) => c.turns));
  // Roll-up lines that never mark a speaker: paragraphs, as in WebVTT.
  const paragraphs =
    rolled && !marked
      ? paragraphStarts(turns.map((c) => ({ ...c, text: c.turns.map((t) => t.text).join(' ') })))
      : null;
  const builder = new CueBlocks(list, roster, marked || paragraphs !== null);
  turns.forEach((cue, k) => {
    if (paragraphs?.[k]) builder.newParagraph();
    builder.addCue(cue.start, cue.turns);
  });
  return finishImport('SRT', importMeta(options), roster, list);
}

/// Removes the next cue's number from the end of a cue's lines: the last
/// non-blank line when it is a bare number, unless it is the cue's only
/// text and follows its timing line directly (then it is the text, `42`).
function dropCueNumber(lines: string[]): void {
  let k = lines.length - 1;
  while (k >= 0 && lines[k]!.trim() === '') k--;
  if (k < 0 || !/^\s*\d+\s*$/.test(lines[k]!)) return;
  const onlyText = lines.slice(0, k).every((l) => l.trim() === '');
  if (onlyText && k === 0) return;
  lines.length = k;
}
