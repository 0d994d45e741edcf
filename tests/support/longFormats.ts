/// Long files of the formats people bring besides our own, written from a
/// transcript, for the benchmark: Google Speech-to-Text v1 JSON (diarized,
/// with the last result repeating every word), timestamped text (a speaker
/// line with a time, the turn under it), YouTube automatic captions
/// (roll-up WebVTT with inline word timestamps), SRT with lenient timings
/// and broadcast roll-up captions converted to SRT.
import type { Transcript } from '../../src/core/transcript.ts';
import { timedBlocks } from './blockWords.ts';

const seconds = (s: number): string => `${s.toFixed(3)}s`;

export function googleSttJson(t: Transcript): string {
  const blocks = timedBlocks(t);
  const results = blocks.map((b) => ({
    alternatives: [
      {
        transcript: b.words.map((w) => w.text).join(' '),
        confidence: 0.9,
        words: b.words.map((w) => ({ startTime: seconds(w.start), endTime: seconds(w.end), word: w.text })),
      },
    ],
    resultEndTime: seconds(b.end),
    languageCode: 'en-us',
  }));
  const repeat = blocks.flatMap((b) =>
    b.words.map((w) => ({
      startTime: seconds(w.start),
      endTime: seconds(w.end),
      word: w.text,
      speakerTag: b.speaker + 2,
    })),
  );
  results.push({
    alternatives: [{ transcript: '', confidence: 0, words: repeat as never }],
    resultEndTime: seconds(blocks[blocks.length - 1]?.end ?? 0),
    languageCode: 'en-us',
  });
  return JSON.stringify({ results });
}

function clock(s: number, hours = true): string {
  const ms = Math.round(s * 1000);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const h = Math.floor(ms / 3_600_000);
  const hms = `${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}`;
  return hours ? `${pad(h)}:${hms}` : `${h}:${hms}`;
}

export function timestampedText(t: Transcript): string {
  const names = t.speakers.map((s) => s.name);
  return timedBlocks(t)
    .map(
      (b) =>
        `${names[b.speaker] ?? 'Speaker 99'}  ${clock(b.start, false)}\n${b.words.map((w) => w.text).join(' ')}\n`,
    )
    .join('\n');
}

const escape = (w: string): string => w.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function youtubeCaptions(t: Transcript): string {
  const out = ['WEBVTT', 'Kind: captions', 'Language: en', ''];
  const stamp = (s: number) => `${clock(s)}.${String(Math.round(s * 1000) % 1000).padStart(3, '0')}`;
  let before = ' ';
  for (const block of timedBlocks(t)) {
    for (let k = 0; k < block.words.length; k += 7) {
      const line = block.words.slice(k, k + 7);
      const start = line[0]!.start;
      const end = line[line.length - 1]!.end;
      const body =
        escape(line[0]!.text) +
        line
          .slice(1)
          .map((w) => `<${stamp(w.start)}><c> ${escape(w.text)}</c>`)
          .join('');
      const plain = line.map((w) => escape(w.text)).join(' ');
      out.push(`${stamp(start)} --> ${stamp(end)} align:start position:0%`, before, body, '');
      out.push(`${stamp(end)} --> ${stamp(end + 0.01)} align:start position:0%`, plain, ' ', '');
      before = plain;
    }
  }
  return out.join('\n');
}

/// `m:s.f` with one-digit fields where the value allows (`0:0:1.5`), as the
/// lenient timings people's WebVTT and SRT files have.
function shortStamp(s: number): string {
  const ms = Math.round(s * 1000);
  const fraction = String(ms % 1000)
    .padStart(3, '0')
    .replace(/0+$/, '');
  const whole = `${Math.floor(ms / 3_600_000)}:${Math.floor(ms / 60_000) % 60}:${Math.floor(ms / 1000) % 60}`;
  return fraction === '' ? whole : `${whole}.${fraction}`;
}

/// Lines of up to seven words: each with its time and whether it opens its turn.
function captionLines(t: Transcript): { start: number; end: number; text: string; speaker: string | null }[] {
  const names = t.speakers.map((s) => s.name);
  return timedBlocks(t).flatMap((block) => {
    const lines = [];
    for (let k = 0; k < block.words.length; k += 7) {
      const words = block.words.slice(k, k + 7);
      lines.push({
        start: words[0]!.start,
        end: words[words.length - 1]!.end,
        text: words.map((w) => w.text).join(' '),
        speaker: k === 0 ? (names[block.speaker] ?? 'Speaker 99') : null,
      });
    }
    return lines;
  });
}

/// SRT with lenient timings (`0:0:1.5 --> 0:0:2.25`, a point, no padding),
/// no cue numbers on every tenth cue, and `NAME:` at each turn's first cue.
export function lenientSrt(t: Transcript): string {
  return captionLines(t)
    .map((line, i) => {
      const number = i % 10 === 9 ? '' : `${i + 1}\n`;
      const text = line.speaker === null ? line.text : `${line.speaker.toUpperCase()}: ${line.text}`;
      return `${number}${shortStamp(line.start)} --> ${shortStamp(line.end)}\n${text}\n`;
    })
    .join('\n');
}

/// Broadcast roll-up captions converted to SRT: each cue shows the line of
/// the cue before it again above its own, and `>> NAME:` opens each turn.
export function rollUpSrt(t: Transcript): string {
  const out: string[] = [];
  let before: string | null = null;
  captionLines(t).forEach((line, i) => {
    const text = line.speaker === null ? line.text : `>> ${line.speaker.toUpperCase()}: ${line.text}`;
    const stamp = (s: number) => clock(s) + ',' + String(Math.round(s * 1000) % 1000).padStart(3, '0');
    out.push(
      `${i + 1}\n${stamp(line.start)} --> ${stamp(line.end)}\n${before === null ? '' : `${before}\n`}${text}\n`,
    );
    before = text;
  });
  return out.join('\n');
}
