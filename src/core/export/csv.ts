/// CSV (`.csv`): one row per turn, for spreadsheets and scripts.
import Papa from 'papaparse';
import type { Speaker, Transcript } from '../transcript.ts';
import { oneLine, turnText } from './spanText.ts';
import type { GapMode } from './spanText.ts';
import { formatTimestamp, turnTimes } from './timing.ts';
import { turnLink } from '../source/turnLink.ts';

export interface CsvOptions {
  gaps?: GapMode;
  /// Start with a UTF-8 byte order mark, without which Excel reads UTF-8 as
  /// the local code page and garbles every accent. Default true.
  bom?: boolean;
  /// A last column, `link`, with each turn's link to its moment in the
  /// programme's source (`meta.link`). Default false.
  links?: boolean;
}

export const CSV_COLUMNS = [
  'start',
  'end',
  'speaker',
  'role',
  'text',
  'start_seconds',
  'end_seconds',
  'estimated',
  'clock',
] as const;

/// ```
/// start,end,speaker,role,text,start_seconds,end_seconds,estimated,clock
/// 00:00:14.000,00:01:00.000,Sami Zeidan,host,welcome to the show.,14,60,true,05:30:14
/// ```
///
/// - One row per turn with text, in order (turns are never merged, so each
///   row is one block); CRLF line ends, as RFC 4180 has it.
/// - `start` and `end` as `hh:mm:ss.mmm` for people (spreadsheets read them
///   as durations), `start_seconds` and `end_seconds` as numbers of seconds
///   with up to three decimals for scripts. Times are the caption times
///   (`turnTimes`): a turn without a time gets one interpolated from its
///   neighbours, and `estimated` says so (`true` also for times the source
///   itself estimated). A turn ends where the next one starts.
/// - `speaker` is the roster name ('' when unnamed or unassigned), `role` the
///   roster role ('' when unassigned), both as data, not as a label.
/// - `text` follows the gap rule, on one line.
/// - `clock` is the wall-clock time the turn starts (`17:31:05`, 24-hour, in
///   the programme's time zone), when the programme's start clock is known;
///   the last column, so scripts reading the others by position still work.
/// - `link` (only when asked for) is the turn's link to its moment in the
///   source: an Archive clip, or the address with `#t=<start>,<end>`; ''
///   without a source. After `clock`, for the same reason.
/// - Written by papaparse with `escapeFormulae`: a text cell that starts with
///   `=`, `+`, `-`, `@`, tab or CR gets a leading `'`, so a spreadsheet shows
///   it instead of running it as a formula. Cells with `,` or `"` are quoted.
export function exportCsv(t: Transcript, options: CsvOptions = {}): string {
  const speakers = new Map<string, Speaker>(t.speakers.map((s) => [s.id, s]));
  const times = turnTimes(t);
  const gaps = options.gaps ?? 'keep';
  const clock = wallClock(t.meta.startClock);
  const links = options.links === true;
  const rows: (string | number)[][] = [];
  t.blocks.forEach((block, i) => {
    const text = turnText(block, { gaps });
    if (text === '') return;
    const speaker = block.speakerId === null ? undefined : speakers.get(block.speakerId);
    const time = times[i]!;
    rows.push([
      formatTimestamp(time.start, '.'),
      formatTimestamp(time.end, '.'),
      speaker ? oneLine(speaker.name) : '',
      speaker ? speaker.role : '',
      text,
      time.start / 1000,
      time.end / 1000,
      time.estimated ? 'true' : 'false',
      clock(time.start),
      ...(links ? [turnLink(t.meta.link, time.start / 1000, time.end / 1000) ?? ''] : []),
    ]);
  });
  const csv = Papa.unparse(
    { fields: links ? [...CSV_COLUMNS, 'link'] : [...CSV_COLUMNS], data: rows },
    { escapeFormulae: true, newline: '\r\n', quotes: false },
  );
  return `${options.bom === false ? '' : '\ufeff'}${csv}\r\n`;
}

/// Milliseconds from the programme start as the wall-clock time then
/// (`17:31:05`), or '' without a start clock.
function wallClock(startClock: number | undefined): (ms: number) => string {
  if (startClock === undefined || !Number.isFinite(startClock)) return () => '';
  return (ms) => {
    const seconds = (((Math.floor(startClock * 60 + ms / 1000) % 86_400) + 86_400) % 86_400) | 0;
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
  };
}
