import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blockText, type Transcript } from '../../transcript.ts';
import { openTranscriptText } from '../detect.ts';
import { documentLayout } from './documentText.ts';

const golden = (name: string) =>
  readFileSync(new URL(`../../../../tests/fixtures/exports/${name}`, import.meta.url), 'utf8');

function open(text: string, name: string): Transcript {
  const result = openTranscriptText(text, name);
  if (!result.ok) throw new Error(result.message);
  expect(result.format).toBe('document-text');
  return result.transcript;
}

/// Each turn as `speaker (role) @start~ | text`.
function turns(t: Transcript): string[] {
  const speakers = new Map(t.speakers.map((s) => [s.id, s]));
  return t.blocks.map((b) => {
    const s = b.speakerId === null ? undefined : speakers.get(b.speakerId);
    const who = s ? `${s.name} (${s.role})` : '-';
    const when = b.start === null ? '' : ` @${b.start}${b.estimated ? '~' : ''}`;
    return `${b.story ? '* ' : ''}${who}${when} | ${blockText(b).slice(0, 24)}`;
  });
}

describe('our document exports open again', () => {
  it('plain text: the underlined heading is the header, then a turn per paragraph, labels with roles', () => {
    const t = open(golden('night-desk.keep.txt'), 'night-desk.txt');
    expect(t.meta).toMatchObject({
      title: 'Night Desk',
      network: 'KQED',
      date: '2024-03-05',
      startClock: 18 * 60 + 30,
      endClock: 19 * 60,
      timeZone: 'PST',
    });
    expect(turns(t)).toEqual([
      'Maya Okafor (host) @0 | good evening, and welcom',
      'Maya Okafor (host) @0~ | our first guest needs no',
      'Ann <b>&</b> "Bo" (guest) @0 | well, the americans were',
      '- | <script>alert(1)</script',
      '* Tom Reyes (reporter) @60 | the harbour authority vo',
      'Interviewee (other) @120~ | - i live on 5th street. ',
      "Maya Okafor (host) @120 | ♪ that's all for tonight",
      '* Ann <b>&</b> "Bo" (guest) @120 | +1 to the vote, @everyon',
    ]);
  });

  it('plain text without a heading: clock times count from the first one', () => {
    const text = golden('night-desk.keep.txt').replace(/^[^\n]+\n=+\n\n/, '');
    const t = open(text, 'night-desk.txt');
    expect(t.meta.title).toBeUndefined();
    expect(t.meta.startClock).toBe(18 * 60 + 30);
    expect(turns(t)[0]).toBe('Maya Okafor (host) @0 | good evening, and welcom');
    expect(t.blocks).toHaveLength(8);
  });

  it('plain text: a heading over turns with no mark of ours still opens as our export', () => {
    const t = open(
      'Night Desk · KQED\n=================\n\ngood evening.\n\nand now the weather.\n',
      'n.txt',
    );
    expect(t.meta).toMatchObject({ title: 'Night Desk', network: 'KQED' });
    expect(turns(t)).toEqual(['- | good evening.', '- | and now the weather.']);
  });

  it('Markdown: title and details, escapes removed, times from the start clock it prints', () => {
    const t = open(golden('night-desk.md'), 'night-desk.md');
    expect(t.meta).toMatchObject({
      title: 'Night Desk',
      network: 'KQED',
      date: '2024-03-05',
      startClock: 18 * 60 + 30,
      endClock: 19 * 60,
      timeZone: 'PST',
    });
    expect(turns(t)[5]).toBe('Interviewee (other) @120~ | - i live on 5th street. ');
    expect(blockText(t.blocks[5]!)).toBe(
      '- i live on 5th street. # not a heading, *really* [a link](http://x.test) [crosstalk] 1. not a list &amp; not_emphasis',
    );
  });

  it('a Word document pasted as text: speaker lines, and the paragraph under each', () => {
    const text = [
      'Night Desk',
      'KQED · 6:30 pm PST',
      'US official (host):   6:31 pm',
      'the vote is on tuesday.',
      '~6:32 pm',
      'nobody named said this.',
      '李明:',
      'and this has no time.',
    ].join('\n');
    const t = open(text, 'pasted.txt');
    expect(t.meta).toMatchObject({ title: 'Night Desk', network: 'KQED', startClock: 18 * 60 + 30 });
    expect(turns(t)).toEqual([
      'US official (host) @60 | the vote is on tuesday.',
      '- @120~ | nobody named said this.',
      '李明 (other) | and this has no time.',
    ]);
  });
});

describe('text that is not one of our exports is caption text', () => {
  it.each([
    ['a caption page', '7:30 pm\nmaya: good evening.\n7:31 pm\nthe news.\n'],
    ['broadcast marks', 'good evening. >> thank you.\n\nsami: and now the weather.\n'],
    ['paragraphs with no label or time', 'good evening.\n\nand now the weather.\n'],
    ['lines that run on', 'maya: good evening and\nwelcome to the show.\n'],
    ['a colon in speech', 'the question is: who pays?\n\nand when.\n'],
  ])('%s', (_name, text) => {
    expect(documentLayout(text)).toBe(null);
    expect(openTranscriptText(text)).toMatchObject({ ok: true, format: 'archive-text' });
  });
});
