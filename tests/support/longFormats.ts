/// Long files of the formats people bring besides our own, written from a
/// transcript, for the benchmark: Google Speech-to-Text v1 JSON (diarized,
/// with the last result repeating every word), timestamped text (a speaker
/// line with a time, the turn under it) and YouTube automatic captions
/// (roll-up WebVTT with inline word timestamps).
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
