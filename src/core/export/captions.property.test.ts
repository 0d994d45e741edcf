import { createRequire } from 'node:module';
import fc from 'fast-check';
import SrtParser from 'srt-parser-2';
import { describe, expect, it } from 'vitest';
import { arbTranscript } from '../../../tests/support/arbitraries.ts';
import { GAP_MODES, SPEAKER_LABELS } from './spanText.ts';
import { exportSrt, srtCues } from './srt.ts';
import { exportWebVtt, webVttCues } from './webvtt.ts';

// webvtt-parser (W3C's validator, CommonJS, no types): only what we use.
interface VttCue {
  startTime: number;
  endTime: number;
  text: string;
}
interface VttParser {
  parse(input: string): { cues: VttCue[]; errors: { message: string; line: number }[] };
}
const { WebVTTParser } = createRequire(import.meta.url)('webvtt-parser') as {
  WebVTTParser: new () => VttParser;
};

const options = fc.record({
  gaps: fc.constantFrom(...GAP_MODES),
  speakers: fc.constantFrom(...SPEAKER_LABELS),
});

// Independent parsers read what we write: every WebVTT file passes the W3C
// validator without a single error, and every SubRip file parses to the cues
// we meant, in order. Cue text never holds `-->` or a blank line.
describe('caption exports of arbitrary transcripts', () => {
  it('WebVTT is valid: no parser errors, one cue per cue written, times in order', () => {
    fc.assert(
      fc.property(arbTranscript, options, (t, opts) => {
        const vtt = exportWebVtt(t, opts);
        const parsed = new WebVTTParser().parse(vtt);
        expect(parsed.errors).toEqual([]);
        const cues = webVttCues(t, opts);
        expect(parsed.cues).toHaveLength(cues.length);
        parsed.cues.forEach((cue, i) => {
          expect(cue.endTime).toBeGreaterThan(cue.startTime);
          if (i > 0) expect(cue.startTime).toBeGreaterThanOrEqual(parsed.cues[i - 1]!.endTime);
          expect(cue.text).not.toContain('-->');
          expect(cue.text).not.toMatch(/\n\s*\n|^\s*$/);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('SubRip parses to the same number of cues, numbered from 1, with increasing times', () => {
    const parser = new SrtParser();
    fc.assert(
      fc.property(arbTranscript, options, (t, opts) => {
        const srt = exportSrt(t, opts);
        const cues = srtCues(t, opts);
        const parsed = parser.fromSrt(srt);
        expect(parsed).toHaveLength(cues.length);
        parsed.forEach((cue, i) => {
          expect(cue.id).toBe(String(i + 1));
          expect(cue.endSeconds).toBeGreaterThan(cue.startSeconds);
          if (i > 0) expect(cue.startSeconds).toBeGreaterThanOrEqual(parsed[i - 1]!.endSeconds);
          expect(cue.startSeconds).toBeCloseTo(cues[i]!.start / 1000, 3);
          expect(cue.text).not.toContain('-->');
          expect(cue.text).not.toMatch(/\n\s*\n/);
          expect(cue.text.trim()).not.toBe('');
        });
        // Blocks are separated by exactly one blank line, and none is inside a cue.
        expect(srt === '' || /^(\d+\r\n[^\r\n]+\r\n([^\r\n]*[^\s][^\r\n]*\r\n)+\r\n)+$/.test(srt)).toBe(true);
        // Lines stay within 42 characters (code points), the speaker's `>> Name:` included.
        for (const cue of parsed) {
          for (const line of cue.text.split('\n')) expect(Array.from(line).length).toBeLessThanOrEqual(42);
        }
      }),
      { numRuns: 300 },
    );
  });
});
