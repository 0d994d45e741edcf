/// Load time of other formats (`--formats archive,vtt,whisperx`): the same
/// generated transcript written as WebVTT and as WhisperX JSON, opened
/// through the Open button and timed like the Archive text.
///
/// The inputs are built with the project's own core, in the bench process:
/// the Archive text is imported with `importArchive`, then written with
/// `exportWebVtt` (gaps kept, speaker names as voices) and as WhisperX JSON
/// (`whisperXJson` below: one segment per block, word times spread evenly
/// over the block, so the file has word timings as real WhisperX output
/// does). Only the load is measured for these; the other steps stay with the
/// Archive text.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { exportWebVtt } from '../../src/core/export/webvtt.ts';
import { importArchive } from '../../src/core/import/archive.ts';
import type { Transcript } from '../../src/core/transcript.ts';
import { isCaptionWord } from '../../tests/support/archive-generator.ts';
import { BenchError, type Input, type Metrics, type Session } from './common.ts';

export const FORMATS = ['archive', 'vtt', 'whisperx'] as const;
export type Format = (typeof FORMATS)[number];

/// The last block has no next block to end at: it lasts this long.
const LAST_BLOCK_SECONDS = 30;
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

/// Writes `archive` (the Archive page's text) again in each of `formats`
/// other than `archive`, next to it; returns one input per file written.
export function writeOtherFormats(archive: Input, text: string, formats: readonly Format[]): Input[] {
  if (!formats.some((f) => f !== 'archive')) return [];
  const transcript = importArchive(text, { source: path.basename(archive.file) });
  const words = captionWords(transcript);
  const base = archive.file.replace(/\.txt$/, '');
  return formats.flatMap((format) => {
    if (format === 'archive') return [];
    const [file, content] =
      format === 'vtt'
        ? [`${base}.vtt`, exportWebVtt(transcript, { gaps: 'keep', speakers: 'name' })]
        : [`${base}.whisperx.json`, whisperXJson(transcript)];
    writeFileSync(file, content);
    return [{ ...archive, format, file, words, bytes: Buffer.byteLength(content) }];
  });
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

/// WhisperX output for `t`: a segment per block, from the block's start to
/// the next block's start (the last one LAST_BLOCK_SECONDS long), its words
/// (the text split at spaces) spread evenly over that time; speakers as
/// `SPEAKER_00`, `SPEAKER_01`, ... by their order in `t.speakers`.
export function whisperXJson(t: Transcript): string {
  const labels = new Map(t.speakers.map((s, i) => [s.id, `SPEAKER_${String(i).padStart(2, '0')}`]));
  const ms = (seconds: number): number => Math.round(seconds * 1000) / 1000;
  const segments = [];
  let previous = 0;
  for (let b = 0; b < t.blocks.length; b++) {
    const block = t.blocks[b]!;
    const start = Math.max(previous, block.start ?? previous);
    const next = t.blocks[b + 1]?.start;
    const end = Math.max(start, next ?? start + LAST_BLOCK_SECONDS);
    previous = start;
    const tokens = block.spans
      .map((s) => s.text)
      .join('')
      .split(/\s+/)
      .filter((w) => w !== '');
    if (tokens.length === 0) continue;
    const speaker = block.speakerId === null ? undefined : labels.get(block.speakerId);
    const step = (end - start) / tokens.length;
    const words = tokens.map((word, i) => ({
      word,
      start: ms(start + i * step),
      end: ms(start + (i + 1) * step),
      score: 0.9,
      ...(speaker === undefined ? {} : { speaker }),
    }));
    segments.push({
      start: ms(start),
      end: ms(end),
      text: ` ${tokens.join(' ')}`,
      ...(speaker === undefined ? {} : { speaker }),
      words,
    });
  }
  return JSON.stringify({ segments, language: 'en' });
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
