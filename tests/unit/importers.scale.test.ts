/// 24 hours of speech (about 130,000 words) in WhisperX JSON, WebVTT, TTML and SCC,
/// built here, must import whole: every word, every turn. Not timed here
/// (machines differ); `IMPORT_TIMING=1` prints how long each import took.

import { describe, expect, it } from 'vitest';
import { openTranscriptText } from '../../src/core/import/detect.ts';
import { transcriptWords } from '../../src/core/import/words.ts';
import { encodeScc, rows } from '../support/scc.ts';

const DAY = 24 * 60 * 60;
const WORDS = 130_000;
const STEP = DAY / WORDS; // about 0.66 s per word
const VOCAB = [
  'the',
  'harbour',
  'ferry',
  'strike,',
  'we',
  'said',
  'today.',
  'and',
  'in',
  '1990',
  'it',
  'was',
  'cold?',
];

function wordAt(i: number): string {
  return VOCAB[(i * 7 + (i >> 3)) % VOCAB.length]!;
}

function timed<T>(label: string, run: () => T): T {
  const start = performance.now();
  const out = run();
  if (process.env['IMPORT_TIMING'] === '1')
    console.log(`${label}: ${(performance.now() - start).toFixed(0)} ms`);
  return out;
}

/// WhisperX output: segments of 12 words, four speakers taking turns of
/// 1-3 segments, a word in 50 without times, and `word_segments` repeating
/// every word as WhisperX writes it.
function whisperx(): { text: string; segments: number } {
  const segments: object[] = [];
  const all: object[] = [];
  for (let i = 0; i < WORDS; i += 12) {
    const n = segments.length;
    const speaker = `SPEAKER_0${Math.floor(n / 2) % 4}`;
    const words: object[] = [];
    for (let k = i; k < Math.min(WORDS, i + 12); k++) {
      const start = Math.round(k * STEP * 1000) / 1000;
      const word =
        k % 50 === 7
          ? { word: wordAt(k) }
          : {
              word: wordAt(k),
              start,
              end: Math.round((start + STEP * 0.8) * 1000) / 1000,
              score: 0.9,
              speaker,
            };
      words.push(word);
      all.push(word);
    }
    const start = Math.round(i * STEP * 1000) / 1000;
    segments.push({
      start,
      end: Math.round((start + 12 * STEP) * 1000) / 1000,
      text: ` ${words.map((w) => (w as { word: string }).word).join(' ')}`,
      words,
      speaker,
    });
  }
  return {
    text: JSON.stringify({ segments, word_segments: all, language: 'en' }),
    segments: segments.length,
  };
}

/// WebVTT: cues of 8 words with `<v Speaker N>` voices, each speaker keeping
/// the floor for three cues (merged into one block).
function webvtt(): { text: string; turns: number } {
  const lines = ['WEBVTT - A day of radio', ''];
  const stamp = (s: number): string => {
    const ms = Math.round(s * 1000);
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
  };
  let cue = 0;
  for (let i = 0; i < WORDS; i += 8, cue++) {
    const words: string[] = [];
    for (let k = i; k < Math.min(WORDS, i + 8); k++) words.push(wordAt(k));
    const voice = `Speaker ${(Math.floor(cue / 3) % 4) + 1}`;
    lines.push(`${stamp(i * STEP)} --> ${stamp((i + 8) * STEP)}`);
    lines.push(`<v ${voice}>${words.slice(0, 4).join(' ')}`, words.slice(4).join(' '), '');
  }
  return { text: lines.join('\n'), turns: Math.ceil(cue / 3) };
}

/// TTML: a `p` of 8 words per cue with `ttm:agent`, each speaker keeping
/// the floor for three cues, times as clock times.
function ttml(): { text: string; turns: number } {
  const clock = (s: number) => new Date(Math.round(s * 1000)).toISOString().slice(11, 23);
  const ps: string[] = [];
  let cue = 0;
  for (let i = 0; i < WORDS; i += 8, cue++) {
    const words: string[] = [];
    for (let k = i; k < Math.min(WORDS, i + 8); k++) words.push(wordAt(k));
    const agent = `s${(Math.floor(cue / 3) % 4) + 1}`;
    ps.push(
      `<p begin="${clock(i * STEP)}" end="${clock((i + 8) * STEP)}" ttm:agent="${agent}">` +
        `${words.slice(0, 4).join(' ')}<br/>${words.slice(4).join(' ')}</p>`,
    );
  }
  const agents = [1, 2, 3, 4].map(
    (n) => `<ttm:agent xml:id="s${n}" type="person"><ttm:name type="full">Host ${n}</ttm:name></ttm:agent>`,
  );
  const text =
    '<?xml version="1.0" encoding="UTF-8"?>\n<tt xmlns="http://www.w3.org/ns/ttml" ' +
    'xmlns:ttm="http://www.w3.org/ns/ttml#metadata" xml:lang="en">\n' +
    `<head><metadata>${agents.join('')}</metadata></head>\n<body><div>\n${ps.join('\n')}\n</div></body></tt>\n`;
  return { text, turns: Math.ceil(cue / 3) };
}

/// SCC roll-up captions of 8 words, `>> NAME:` every third caption.
function scc(): { text: string; turns: number } {
  const names = ['MAYA CHEN', 'TOM REYES', 'INES ALVAREZ', 'JO PARK'];
  const captions = [];
  let cue = 0;
  for (let i = 0; i < WORDS; i += 8, cue++) {
    const words: string[] = [];
    for (let k = i; k < Math.min(WORDS, i + 8); k++) words.push(wordAt(k));
    const mark = cue % 3 === 0 ? `>> ${names[(cue / 3) % 4]}: ` : '';
    captions.push({ start: i * STEP, lines: rows(mark + words.join(' ')) });
  }
  return { text: encodeScc(captions, { style: 'roll-up' }), turns: Math.ceil(cue / 3) };
}

function expectedWords(): string[] {
  return Array.from({ length: WORDS }, (_, i) => wordAt(i));
}

describe('24 hours of speech', { timeout: 60_000 }, () => {
  it('WhisperX: every segment a block, every word kept with its timing', () => {
    const { text, segments } = whisperx();
    const result = timed('WhisperX 24 h import', () => openTranscriptText(text, 'day.json'));
    if (!result.ok) throw new Error(result.message);
    expect(result.format).toBe('whisperx-json');
    expect(result.transcript.blocks.length).toBe(segments);
    expect(result.transcript.speakers.length).toBe(4);
    expect(transcriptWords(result.transcript)).toEqual(expectedWords());
    const timedWords = result.transcript.blocks.reduce(
      (n, b) => n + b.spans.filter((s) => s.time?.end).length,
      0,
    );
    expect(timedWords).toBe(WORDS - Math.ceil((WORDS - 7) / 50));
  });

  it('TTML: a block per agent turn, every word kept', () => {
    const { text, turns } = ttml();
    const result = timed('TTML 24 h import', () => openTranscriptText(text, 'day.ttml'));
    if (!result.ok) throw new Error(result.message);
    expect(result.format).toBe('ttml');
    expect(result.transcript.blocks.length).toBe(turns);
    expect(result.transcript.speakers).toHaveLength(4);
    expect(transcriptWords(result.transcript)).toEqual(expectedWords());
  });

  it('SCC roll-up: a block per named turn, every word kept once', () => {
    const { text, turns } = scc();
    const result = timed('SCC 24 h import', () => openTranscriptText(text, 'day.scc'));
    if (!result.ok) throw new Error(result.message);
    expect(result.format).toBe('scc');
    expect(result.transcript.blocks.length).toBe(turns);
    expect(result.transcript.speakers).toHaveLength(4);
    expect(transcriptWords(result.transcript)).toEqual(expectedWords());
  });

  it('WebVTT: a block per voice turn, every word kept', () => {
    const { text, turns } = webvtt();
    const result = timed('WebVTT 24 h import', () => openTranscriptText(text, 'day.vtt'));
    if (!result.ok) throw new Error(result.message);
    expect(result.format).toBe('webvtt');
    expect(result.transcript.blocks.length).toBe(turns);
    expect(result.transcript.speakers.map((s) => s.name)).toEqual([
      'Speaker 1',
      'Speaker 2',
      'Speaker 3',
      'Speaker 4',
    ]);
    expect(transcriptWords(result.transcript)).toEqual(expectedWords());
  });
});
