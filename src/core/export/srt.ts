/// SubRip (`.srt`) captions.
import type { Transcript } from '../transcript.ts';
import { transcriptCues } from './cueSplit.ts';
import type { Cue, CueLimits } from './cueSplit.ts';
import type { GapMode, SpeakerLabelStyle } from './spanText.ts';
import { formatTimestamp } from './timing.ts';

export interface SrtOptions {
  gaps?: GapMode;
  /// The label at the start of each turn: `>> Sami: ` (default `name`).
  speakers?: SpeakerLabelStyle;
  limits?: Partial<CueLimits>;
}

/// ```
/// 1
/// 00:00:14,000 --> 00:00:17,200
/// >> Sami Zeidan: welcome to the show.
/// north korea and russia
///
/// ```
///
/// Cues numbered from 1, `hh:mm:ss,mmm`, CRLF line ends (what Windows
/// players and most tools expect), a blank line after every cue. The first
/// cue of each turn opens with `>>`, the broadcast mark of a new speaker,
/// then the speaker's label when the turn has one (`>> Sami Zeidan:`), so
/// that the file reopens with the same turns and names, whatever their case
/// or script (the SubRip reader takes any label our exports write after
/// `>>`; see `matchWrittenPrefix`).
///
/// SubRip has no escapes, and players read `<b>`, `<i>`, `<font>` and
/// `{\an8}` as formatting, so text that could be read as markup is defused
/// with look-alike characters: `<` that opens a tag becomes `‹` and its `>`
/// becomes `›`, `{\` becomes `{ \`, and `-->` becomes `--›` so a cue line
/// never looks like a timing line.
export function exportSrt(t: Transcript, options: SrtOptions = {}): string {
  const cues = srtCues(t, options);
  let out = '';
  cues.forEach((cue, i) => {
    out += `${i + 1}\r\n${formatTimestamp(cue.start, ',')} --> ${formatTimestamp(cue.end, ',')}\r\n`;
    out += `${cue.lines.join('\r\n')}\r\n\r\n`;
  });
  return out;
}

/// The cues `exportSrt` writes: each turn's first cue starts with `>>` and
/// its speaker (`>> Sami:`), or with `>>` alone when it has none.
export function srtCues(t: Transcript, options: SrtOptions = {}): Cue[] {
  return transcriptCues(t, {
    gaps: options.gaps ?? 'keep',
    speakers: options.speakers ?? 'name',
    prefixSpeaker: true,
    markUnnamedTurns: true,
    word: defuseSrt,
    ...(options.limits ? { limits: options.limits } : {}),
  });
}

/// One word made safe for SubRip (see `exportSrt`). Same length or longer
/// by a space, never containing a line break.
export function defuseSrt(word: string): string {
  if (!/[<{]|-->/.test(word)) return word;
  return word
    .replace(
      /<(?=[A-Za-z/!?])([^<>]*)(>?)/g,
      (_m, inner: string, close: string) => `‹${inner}${close ? '›' : ''}`,
    )
    .replace(/\{\\/g, '{ \\')
    .replace(/-->/g, '--›');
}
