import { describe, expect, it } from 'vitest';
import { generateArchiveTranscript } from '../../../tests/support/archive-generator.ts';
import { openTranscriptText } from '../import/detect.ts';
import { NEW_SPEAKER_MARK } from './cueSplit.ts';
import { exportPlainText } from './text.ts';
import { exportWebVtt, webVttCues } from './webvtt.ts';

// A 24-hour programme (about 130,000 caption words, 2,800 turns) through
// the two exports people run on whole days. Not timed here (shared CI
// machines are too noisy for a budget); docs/exports.md has measurements.
describe('a 24-hour programme', { timeout: 120_000 }, () => {
  const opened = openTranscriptText(generateArchiveTranscript({ hours: 24, seed: 7 }), 'day.txt');
  if (!opened.ok) throw new Error(opened.message);
  const t = opened.transcript;
  const words = t.blocks.reduce(
    (n, b) => n + b.spans.reduce((m, s) => m + (s.text.match(/\S+/g)?.length ?? 0), 0),
    0,
  );

  it('is the size the budget is about', () => {
    expect(words).toBeGreaterThan(120_000);
    expect(t.blocks.length).toBeGreaterThan(2_500);
  });

  it('exports to plain text with every word', () => {
    const text = exportPlainText(t, { timestamps: 'clock' });
    expect(text.match(/\S+/g)!.length).toBeGreaterThanOrEqual(words);
  });

  it('exports to WebVTT with every word, in cues that keep time order', () => {
    const vtt = exportWebVtt(t);
    const cues = webVttCues(t);
    expect(vtt.split('\n\n').length - 1).toBe(cues.length);
    expect(
      cues
        .flatMap((c) => c.lines)
        .join(' ')
        .match(/\S+/g)!
        .filter((w) => w !== NEW_SPEAKER_MARK).length,
    ).toBe(words);
    for (let i = 1; i < cues.length; i++) expect(cues[i]!.start).toBeGreaterThanOrEqual(cues[i - 1]!.end);
    expect(cues[cues.length - 1]!.end).toBeLessThan(25 * 3_600_000);
  });
});
