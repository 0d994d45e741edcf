/// WebVTT (`.vtt`) captions with voice spans.
import type { Transcript } from '../transcript.ts';
import { transcriptCues } from './cueSplit.ts';
import type { Cue, CueLimits } from './cueSplit.ts';
import { oneLine, type GapMode, type SpeakerLabelStyle } from './spanText.ts';
import { formatTimestamp } from './timing.ts';

export interface WebVttOptions {
  gaps?: GapMode;
  /// The voice name in `<v ...>` (default `name`); `none` writes no voices.
  speakers?: SpeakerLabelStyle;
  limits?: Partial<CueLimits>;
}

/// ```
/// WEBVTT - Inside Story
///
/// 00:00:14.000 --> 00:00:17.200
/// <v Sami Zeidan>welcome to the show.
/// north korea and russia</v>
///
/// ```
///
/// - Timestamps `hh:mm:ss.mmm`, hours always two digits (YouTube refuses
///   one); every cue ends after it starts and starts no earlier than the
///   previous one ends. No cue identifiers or settings.
/// - Each cue of an assigned turn is one voice span, so a player or an
///   importer knows the speaker of every cue, not only the first. The voice
///   name escapes `&` and `>` (`&amp;`, `&gt;`), the two characters an
///   annotation cannot hold.
/// - The first cue of a turn without a speaker starts with `>>` (as
///   broadcast captions mark a new speaker), so a reader or an importer
///   does not take it for more of the turn before.
/// - Text is data: `&`, `<` and `>` are always written `&amp;`, `&lt;`,
///   `&gt;`, so nothing in a transcript can become a tag, and `-->` cannot
///   appear in a cue. Lines never contain line breaks and are never blank.
export function exportWebVtt(t: Transcript, options: WebVttOptions = {}): string {
  const cues = webVttCues(t, options);
  // The header line has room for a title (`WEBVTT - Inside Story`), which
  // players show and our reader takes back as the title.
  const title = oneLine(t.meta.title ?? '');
  let out = title === '' ? 'WEBVTT\n' : `WEBVTT - ${title.replace(/-->/g, '--›')}\n`;
  let speaker = '';
  let voice = '';
  for (const cue of cues) {
    if (cue.speaker !== speaker) {
      speaker = cue.speaker;
      voice = escapeVttAnnotation(speaker);
    }
    const text = cue.lines.join('\n');
    const body = voice === '' ? text : `<v ${voice}>${text}</v>`;
    out += `\n${formatTimestamp(cue.start, '.')} --> ${formatTimestamp(cue.end, '.')}\n${body}\n`;
  }
  return out;
}

/// The cues `exportWebVtt` writes: a turn without a speaker starts with
/// `>>`, so it is not taken for more of the turn before.
export function webVttCues(t: Transcript, options: WebVttOptions = {}): Cue[] {
  return transcriptCues(t, {
    gaps: options.gaps ?? 'keep',
    speakers: options.speakers ?? 'name',
    escape: escapeVttText,
    markUnnamedTurns: true,
    ...(options.limits ? { limits: options.limits } : {}),
  });
}

export function escapeVttText(text: string): string {
  if (!text.includes('&') && !text.includes('<') && !text.includes('>')) return text;
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

export function escapeVttAnnotation(text: string): string {
  return text.replace(/[&>]/g, (c) => (c === '&' ? '&amp;' : '&gt;'));
}
