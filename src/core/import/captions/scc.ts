/// Scenarist SCC importer (formats.md, SCC).
///
/// ```
/// Scenarist_SCC V1.0
///
/// 00:00:01;15	9420 9420 94ae 94ae 9452 9452 97a2 97a2 c8e5 ecec ef80 942f 942f
/// ```
///
/// - A `Scenarist_SCC V1.0` header (or none, when the first line is already
///   a data line), then lines of a SMPTE timecode, a tab and CEA-608 byte
///   pairs in hex, parity bits included. Blank lines anywhere are fine.
/// - Timecode at 29.97 frames a second: `hh:mm:ss;ff` (also `.` or `,`
///   before the frames) is drop-frame, `hh:mm:ss:ff` non-drop. Each byte
///   pair takes one frame from its line's time, and a line never starts
///   before the pairs of the line before it have been sent.
/// - The pairs are decoded by `Cea608Decoder` (data channel 1; channel 2
///   when channel 1 has no text): pop-on captions start when shown, roll-up
///   and paint-on rows at their first character, each word once.
/// - Speakers: the caption text markers of `cues.ts` (`>>`, `NAME:`,
///   `- `); a caption without one continues the speaker before when the
///   file marks changes with `>>`, as broadcast captions do.
/// - A line that is not a timecode and pairs of hex digits is refused with
///   its number.

import { CueBlocks, cueTurns, marksSpeakerChanges } from '../cues.ts';
import { fail, finishImport, importMeta, quote, type ImportOptions, type ImportResult } from '../result.ts';
import { SpeakerRoster } from '../speakerLabels.ts';
import { BlockList, splitLines } from '../timedWords.ts';
import { Cea608Decoder, type Caption608 } from './cea608.ts';

const HEADER_RE = /^\uFEFF?Scenarist_SCC V1\.0\s*$/i;
const LINE_RE = /^\s*(\d{1,2}):(\d{2}):(\d{2})([:;.,])(\d{2})(?:\s+(.*))?$/;
const PAIR_RE = /^[0-9a-f]{4}$/i;

/// Seconds of one frame at 29.97 frames a second.
export const FRAME_SECONDS = 1001 / 30000;

/// True when the first non-blank line is the SCC header, or a timecode
/// followed by hex byte pairs.
export function looksLikeScc(text: string): boolean {
  const first = /^[\s\uFEFF]*([^\r\n]*)/.exec(text.slice(0, 2000))?.[1] ?? '';
  if (HEADER_RE.test(first)) return true;
  const m = LINE_RE.exec(first);
  return (
    m !== null &&
    m[6] !== undefined &&
    m[6]
      .trim()
      .split(/\s+/)
      .every((p) => PAIR_RE.test(p))
  );
}

/// Seconds of an SCC timecode at 29.97 frames a second: drop-frame when
/// `dropFrame` (frame numbers 0 and 1 are skipped at each minute but every
/// tenth), else non-drop (30 numbered frames a second, running 0.1% slow).
export function timecodeSeconds(h: number, m: number, s: number, f: number, dropFrame: boolean): number {
  const minutes = h * 60 + m;
  let frames = (minutes * 60 + s) * 30 + f;
  if (dropFrame) frames -= 2 * (minutes - Math.floor(minutes / 10));
  return Math.round(frames * FRAME_SECONDS * 1000) / 1000;
}

export function importScc(text: string, options: ImportOptions = {}): ImportResult {
  const lines = splitLines(text);
  const decoders = [new Cea608Decoder(1), new Cea608Decoder(2)];
  let header = false;
  // When the next pair can be sent: the end of the last line's pairs.
  let clock = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    if (!header && HEADER_RE.test(line.trim())) {
      header = true;
      continue;
    }
    const m = LINE_RE.exec(line);
    const pairs = m?.[6]?.trim().split(/\s+/) ?? [];
    const bad = pairs.find((p) => !PAIR_RE.test(p));
    if (!m || Number(m[2]) > 59 || Number(m[3]) > 59 || Number(m[5]) > 29 || bad !== undefined) {
      return fail(
        `This SCC file has a line it cannot read at line ${i + 1}: ${quote(line)} ` +
          '(expected a timecode such as "00:00:01;15", a tab and byte pairs such as "9420 9420").',
      );
    }
    header = true;
    const dropFrame = m[4] !== ':';
    const at = timecodeSeconds(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[5]), dropFrame);
    let time = Math.max(at, clock);
    for (const pair of pairs) {
      const value = parseInt(pair, 16);
      const t = Math.round(time * 1000) / 1000;
      for (const decoder of decoders) decoder.push(t, value >> 8, value & 0xff);
      time += FRAME_SECONDS;
    }
    clock = time;
  }
  const [first, second] = decoders.map((d) => d.finish());
  const captions = first!.length > 0 ? first! : second!;

  const roster = new SpeakerRoster();
  const list = new BlockList();
  addCaptions(captions, list, roster);
  return finishImport('SCC', importMeta(options), roster, list);
}

function addCaptions(captions: readonly Caption608[], list: BlockList, roster: SpeakerRoster): void {
  const turns = captions.map((c) => cueTurns(c.lines));
  const builder = new CueBlocks(list, roster, marksSpeakerChanges(turns));
  captions.forEach((caption, i) => builder.addCue(caption.start, turns[i]!));
}
