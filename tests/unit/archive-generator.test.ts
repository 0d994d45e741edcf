import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  archiveMinuteCount,
  countCaptionWords,
  generateArchiveTranscript,
} from '../support/archive-generator.ts';
import { MONTH_NAMES } from '../../src/core/clock.ts';

// Written out here rather than imported, so the test checks the generator
// against the Archive layout (formats.md §1.2), not against itself.
const MINUTE_LINE = /^(\d{1,2}):(\d{2}) (am|pm)$/;
const HEADER =
  /^tv \u00a0 (?<title>[^\u00a0]+)\u00a0\u00a0(?<network>[^\u00a0]+)\u00a0\u00a0(?<month>[A-Z][a-z]+) (?<day>\d{1,2}), (?<year>\d{4}) (?<start>\d{1,2}:\d{2}[ap]m)-(?<end>\d{1,2}:\d{2}[ap]m) (?<zone>[A-Z]{3})$/;
const CHROME = ['', '80 Views', '', 'info Stream Only', '', 'Uploaded by TV Archive on'];

/// Minutes after midnight of `5:30 am` / `5:30am`.
function clock(text: string): number {
  const m = /^(\d{1,2}):(\d{2}) ?(am|pm)$/.exec(text);
  if (!m) throw new Error(`not a clock: ${text}`);
  const hour = Number(m[1]) % 12;
  return (hour + (m[3] === 'pm' ? 12 : 0)) * 60 + Number(m[2]);
}

interface Page {
  lines: string[];
  header: RegExpExecArray['groups'];
  minutes: string[];
  paragraphs: string[];
}

/// Splits a page into its parts, failing on anything outside the layout.
function parsePage(text: string): Page {
  const lines = text.split('\n');
  expect(lines.slice(0, 2)).toEqual(['Skip to main content', '']);
  expect(lines[3]).toBe('');
  const header = HEADER.exec(lines[2] ?? '');
  expect(header, `header: ${JSON.stringify(lines[2])}`).not.toBeNull();
  expect(lines.slice(-CHROME.length)).toEqual(CHROME);
  const body = lines.slice(4, -CHROME.length);
  expect(body.length % 2).toBe(0);
  const minutes = body.filter((_, i) => i % 2 === 0);
  const paragraphs = body.filter((_, i) => i % 2 === 1);
  // One expect for all lines: thousands of expect calls make the property test slow.
  expect(minutes.filter((line) => !MINUTE_LINE.test(line))).toEqual([]);
  return { lines, header: header?.groups, minutes, paragraphs };
}

function captionWords(paragraphs: string[]): number {
  return paragraphs.flatMap((p) => p.split(' ')).filter((token) => /[a-z0-9]/.test(token)).length;
}

describe('generateArchiveTranscript', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = generateArchiveTranscript({ hours: 1, seed: 42 });
    expect(generateArchiveTranscript({ hours: 1, seed: 42 })).toBe(a);
    expect(generateArchiveTranscript({ hours: 1, seed: 43 })).not.toBe(a);
    // The default seed is fixed too, so benchmark inputs are the same on every run.
    expect(generateArchiveTranscript({ hours: 0.5 })).toBe(generateArchiveTranscript({ hours: 0.5 }));
  });

  it('writes the header in the Archive layout with a range that matches the minutes', () => {
    const page = parsePage(generateArchiveTranscript({ hours: 2, seed: 5 }));
    const h = page.header!;
    expect(h['title']!.trim()).not.toBe('');
    expect(h['network']!.trim()).not.toBe('');
    expect(MONTH_NAMES).toContain(h['month']);
    expect(clock(page.minutes[0]!)).toBe(clock(h['start']!));
    // The range ends one minute after the last minute line (`5:30am-6:01am` ends with `6:00 am`).
    expect(clock(h['end']!)).toBe((clock(page.minutes.at(-1)!) + 1) % 1440);
  });

  it('has one minute line per minute, one more than the nominal length, each one minute later', () => {
    for (const hours of [0.5, 1, 3]) {
      const page = parsePage(generateArchiveTranscript({ hours, seed: 9 }));
      expect(page.minutes.length).toBe(hours * 60 + 1);
      expect(archiveMinuteCount(hours)).toBe(hours * 60 + 1);
      page.minutes.slice(1).forEach((line, i) => {
        expect(clock(line)).toBe((clock(page.minutes[i]!) + 1) % 1440);
      });
    }
  });

  it('crosses midnight in long programmes and wraps to the 12-hour clock', () => {
    const page = parsePage(generateArchiveTranscript({ hours: 10, seed: 3 }));
    expect(page.minutes).toContain('11:59 pm');
    expect(page.minutes).toContain('12:00 am');
    expect(page.minutes).toContain('12:59 am');
    expect(page.minutes).toContain('1:00 am');
    expect(page.minutes.some((line) => line.startsWith('0:'))).toBe(false);
  });

  it.each([
    { hours: 10, wpm: 'default', target: 601 * 90 },
    { hours: 1, wpm: 150, target: 61 * 150 },
    { hours: 24, wpm: 'default', target: 1441 * 90 },
  ] as const)('writes $target ± 10 % words for $hours h at $wpm wpm', ({ hours, wpm, target }) => {
    const text = generateArchiveTranscript(
      wpm === 'default' ? { hours, seed: 11 } : { hours, seed: 11, wordsPerMinute: wpm },
    );
    const words = captionWords(parsePage(text).paragraphs);
    expect(words).toBeGreaterThanOrEqual(target * 0.9);
    expect(words).toBeLessThanOrEqual(target * 1.1);
    expect(countCaptionWords(text)).toBe(words);
  });

  it('writes lowercase caption text with the markup real pages have', () => {
    const { paragraphs } = parsePage(generateArchiveTranscript({ hours: 4, seed: 21 }));
    const text = paragraphs.join(' ');
    for (const p of paragraphs) expect(p.trim().length).toBeGreaterThan(0);
    expect(text).toBe(text.toLowerCase());
    const turns = text.match(/>>/g)?.length ?? 0;
    const words = captionWords(paragraphs);
    // A speaker change every ~30–60 words.
    expect(words / turns).toBeGreaterThan(30);
    expect(words / turns).toBeLessThan(75);
    // About one gap per 3 minutes (241 minutes ≈ 80).
    const gaps = text.match(/\[indiscernible\]/g)?.length ?? 0;
    expect(gaps).toBeGreaterThan(40);
    expect(gaps).toBeLessThan(160);
    expect(text).toMatch(/(^| )reporter: /);
    expect(text).toMatch(/\[laughter\]/);
    expect(text).toMatch(/♪/);
    expect(text).toMatch(/\? /);
    // Some turns carry across a minute line: a paragraph that does not start a turn.
    expect(paragraphs.slice(1).some((p) => !p.startsWith('>>'))).toBe(true);
  });

  it('keeps the layout for any length, seed and rate', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 26 * 60 }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        // Low rates keep 26-hour cases fast; the rate does not change the layout.
        fc.integer({ min: 1, max: 40 }),
        (minutes, seed, wpm) => {
          const page = parsePage(
            generateArchiveTranscript({ hours: minutes / 60, seed, wordsPerMinute: wpm }),
          );
          expect(page.minutes.length).toBe(minutes + 1);
          expect(page.paragraphs.filter((p) => / {2}|^ | $|>>$/.test(p))).toEqual([]);
          // Programmes of 3 hours or more are placed so they run past midnight.
          if (minutes >= 3 * 60) expect(page.minutes).toContain('12:00 am');
        },
      ),
      { numRuns: 30 },
    );
  });

  it('rejects lengths and rates that are not positive', () => {
    expect(() => generateArchiveTranscript({ hours: 0 })).toThrow(RangeError);
    expect(() => generateArchiveTranscript({ hours: Number.NaN })).toThrow(RangeError);
    expect(() => generateArchiveTranscript({ hours: 1, wordsPerMinute: 0 })).toThrow(RangeError);
  });
});
