/// Load time of other formats (`--formats archive,vtt,whisperx,ttml,scc,
/// google,timestamped,youtube,lenient,rollup`): the same generated transcript
/// written as WebVTT, WhisperX JSON, TTML, SCC, Google Speech-to-Text JSON
/// (with the diarized repeat of every word), timestamped text, YouTube
/// roll-up captions, SRT with lenient timings (`0:0:1.5`) and broadcast
/// roll-up captions converted to SRT (tests/support/longFormats.ts), opened
/// through the Open button and timed like the Archive text.
///
/// The inputs are built with the project's own core, in the bench process:
/// the Archive text is imported with `importArchive`, then written with
/// `exportWebVtt` (gaps kept, speaker names as voices) and as WhisperX JSON
/// (`whisperXJson` in tests/support/whisperx.ts: one segment per block, word times spread evenly
/// over the block, so the file has word timings as real WhisperX output
/// does), as TTML (`exportTtml`) and as SCC roll-up captions (our caption
/// cues at 32 columns, speaker changes as `>> Name:`, written by the test
/// encoder in tests/support/scc.ts; characters 608 cannot hold become `?`).
/// Only the load is measured for these; the other steps stay with the
/// Archive text.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { transcriptCues } from '../../src/core/export/cueSplit.ts';
import { exportTtml } from '../../src/core/export/ttml.ts';
import { exportWebVtt } from '../../src/core/export/webvtt.ts';
import { importArchive } from '../../src/core/import/captions/archive.ts';
import type { Transcript } from '../../src/core/transcript.ts';
import { isCaptionWord } from '../../tests/support/archive-generator.ts';
import { encodable, encodeScc } from '../../tests/support/scc.ts';
import {
  googleSttJson,
  lenientSrt,
  rollUpSrt,
  timestampedText,
  youtubeCaptions,
} from '../../tests/support/longFormats.ts';
import { whisperXJson } from '../../tests/support/whisperx.ts';
import { BenchError, type Input, type Metrics, type Session } from './common.ts';

export const FORMATS = [
  'archive',
  'vtt',
  'whisperx',
  'ttml',
  'scc',
  'google',
  'timestamped',
  'youtube',
  'lenient',
  'rollup',
] as const;
export type Format = (typeof FORMATS)[number];

/// Blocks expected after load, per hour (the issue: more than 1,000 at 24 h).
const MIN_BLOCKS_PER_HOUR = 1000 / 24;

export function parseFormats(text: string): Format[] {
  const names = text.split(',').map((f) => f.trim());
  const unknown = names.filter((f) => !(FORMATS as readonly string[]).includes(f));
  if (names.length === 0 || unknown.length > 0) {
    throw new BenchError(`--formats takes a comma-separated list of ${FORMATS.join(', ')}; got "${text}"`);
  }
  return FORMATS.filter((f) => names.includes(f));
}

const WRITERS: Record<Exclude<Format, 'archive'>, (base: string, t: Transcript) => [string, string]> = {
  vtt: (base, t) => [`${base}.vtt`, exportWebVtt(t, { gaps: 'keep', speakers: 'name' })],
  whisperx: (base, t) => [`${base}.whisperx.json`, whisperXJson(t)],
  google: (base, t) => [`${base}.google.json`, googleSttJson(t)],
  timestamped: (base, t) => [`${base}.timestamped.txt`, timestampedText(t)],
  youtube: (base, t) => [`${base}.youtube.vtt`, youtubeCaptions(t)],
  lenient: (base, t) => [`${base}.lenient.srt`, lenientSrt(t)],
  rollup: (base, t) => [`${base}.rollup.srt`, rollUpSrt(t)],
  ttml: (base, t) => [`${base}.ttml`, exportTtml(t, { gaps: 'keep', speakers: 'name' })],
  scc: (base, t) => [`${base}.scc`, sccRollUp(t)],
};

/// Writes `archive` (the Archive page's text) again in each of `formats`
/// other than `archive`, next to it; returns one input per file written.
export function writeOtherFormats(archive: Input, text: string, formats: readonly Format[]): Input[] {
  if (!formats.some((f) => f !== 'archive')) return [];
  const transcript = importArchive(text, { source: path.basename(archive.file) });
  const words = captionWords(transcript);
  const base = archive.file.replace(/\.txt$/, '');
  return formats.flatMap((format) => {
    if (format === 'archive') return [];
    const [file, content] = WRITERS[format](base, transcript);
    writeFileSync(file, content);
    return [{ ...archive, format, file, words, bytes: Buffer.byteLength(content) }];
  });
}

/// Roll-up SCC of the transcript's caption cues, 32 columns wide.
function sccRollUp(t: Transcript): string {
  const cues = transcriptCues(t, {
    gaps: 'keep',
    prefixSpeaker: true,
    markUnnamedTurns: true,
    limits: { lineChars: 32 },
  });
  return encodeScc(
    cues.map((cue) => ({ start: cue.start / 1000, lines: cue.lines.map(encodable) })),
    { style: 'roll-up', rollRows: 3 },
  );
}

/// Words as the generator counts them, in the transcript's text.
function captionWords(t: Transcript): number {
  let count = 0;
  for (const block of t.blocks) {
    for (const token of block.spans
      .map((s) => s.text)
      .join('')
      .split(/\s+/)) {
      if (isCaptionWord(token)) count++;
    }
  }
  return count;
}

/// After load: a plausible number of blocks for the length, and no error
/// alert from the app. A CSS locator, not a page-wide getByRole, which walks
/// the accessibility tree of the whole document.
export async function checkOpened({ page, input }: Session, blocks: number | null): Promise<Metrics> {
  const minimum = Math.floor(input.hours * MIN_BLOCKS_PER_HOUR);
  if (blocks === null || blocks <= minimum) {
    throw new BenchError(
      `${input.format}: the app reports ${blocks ?? 'no'} blocks after opening ${path.basename(input.file)}; ` +
        `expected more than ${minimum} at ${input.hours} h.`,
    );
  }
  const alert = (await page.locator('[role="alert"]').allTextContents()).join(' ').trim();
  if (alert !== '') throw new BenchError(`${input.format}: the app shows an error: ${alert}`);
  return {};
}
