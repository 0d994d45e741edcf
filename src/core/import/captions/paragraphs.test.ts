import { describe, expect, it } from 'vitest';
import { importWebVtt } from './webvtt.ts';
import { importSrt } from './srt.ts';
import { PARAGRAPH_MAX_SECONDS, paragraphStarts, type ParagraphLine } from './paragraphs.ts';

/// Lines of `seconds` each, back to back from `from`, with the given texts.
function lines(texts: readonly string[], seconds = 3, from = 0): ParagraphLine[] {
  return texts.map((text, k) => ({ start: from + k * seconds, end: from + (k + 1) * seconds, text }));
}

describe('paragraphStarts', () => {
  it('starts a paragraph at the first line with words; an empty line neither starts nor ends one', () => {
    expect(paragraphStarts(lines(['', 'good evening', '', 'and welcome'], 0.5))).toEqual([
      false,
      true,
      false,
      false,
    ]);
    // But the silence it stands for is a pause.
    expect(paragraphStarts(lines(['', 'good evening', '', 'and welcome'], 3))).toEqual([
      false,
      true,
      false,
      true,
    ]);
  });

  it('ends a paragraph at a pause longer than a second', () => {
    const starts = paragraphStarts([
      { start: 0, end: 2, text: 'good evening' },
      { start: 2.5, end: 4, text: 'and welcome' },
      { start: 5.5, end: 7, text: 'thank you chair' },
    ]);
    expect(starts).toEqual([true, false, true]);
  });

  it('after thirty seconds ends at a sentence end, and after a minute anywhere', () => {
    const punctuated = lines(Array.from({ length: 30 }, (_, k) => (k === 12 ? 'the end.' : 'more words')));
    // Line 12 ends at 39 s, past thirty seconds: the next line starts a paragraph.
    expect(paragraphStarts(punctuated).flatMap((s, k) => (s ? [k] : []))).toEqual([0, 13]);
    const bare = lines(Array.from({ length: 50 }, () => 'no punctuation here'));
    expect(paragraphStarts(bare).flatMap((s, k) => (s ? [k] : []))).toEqual([0, 20, 40]);
    expect(20 * 3).toBe(PARAGRAPH_MAX_SECONDS);
  });
});

/// YouTube-style roll-up: each cue shows the line before it again above new words.
function rollUp(words: readonly string[], perLine: number, seconds: number): string {
  const out = ['WEBVTT', ''];
  const stamp = (s: number) =>
    `00:${String(Math.floor(s / 60)).padStart(2, '0')}:${(s % 60).toFixed(3).padStart(6, '0')}`;
  let before = ' ';
  for (let k = 0, t = 0; k < words.length; k += perLine, t += seconds) {
    const line = words.slice(k, k + perLine).join(' ');
    out.push(`${stamp(t)} --> ${stamp(t + seconds)}`, before, line, '');
    before = line;
  }
  return out.join('\n');
}

describe('roll-up captions without speaker marks', () => {
  const words = Array.from({ length: 400 }, (_, k) => `w${k}`);

  it('open as paragraphs with every word once, in order, each line timed', () => {
    const result = importWebVtt(rollUp(words, 8, 2));
    if (!result.ok) throw new Error(result.message);
    const blocks = result.transcript.blocks;
    // 50 lines of 2 s: a paragraph a minute (30 lines).
    expect(blocks.map((b) => b.start)).toEqual([0, 60]);
    const text = blocks.map((b) => b.spans.map((s) => s.text).join('')).join(' ');
    expect(text).toBe(words.join(' '));
  });

  it('read the same from SubRip', () => {
    const srt = rollUp(words, 8, 2)
      .replace('WEBVTT\n\n', '')
      .split('\n\n')
      .map((cue, k) => `${k + 1}\n${cue.replace(/\./g, ',')}`)
      .join('\n\n');
    const result = importSrt(srt);
    if (!result.ok) throw new Error(result.message);
    expect(result.transcript.blocks.map((b) => b.start)).toEqual([0, 60]);
  });

  it('keep a turn per speaker where the file marks changes with >>', () => {
    const marked = words.map((w, k) => (k % 40 === 0 ? `>> ${w}` : w));
    const result = importWebVtt(rollUp(marked, 8, 2));
    if (!result.ok) throw new Error(result.message);
    expect(result.transcript.blocks).toHaveLength(10);
  });
});
