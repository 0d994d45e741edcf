import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blockText, type Transcript } from '../../transcript.ts';
import { importArchive, looksLikeArchive, parseArchiveHeader, titleCase } from './archive.ts';
import { captionWords, transcriptWords } from '../words.ts';

const NB = '\u00a0';

function fixture(name: string): string {
  return readFileSync(new URL(`../../../../tests/fixtures/archive/${name}`, import.meta.url), 'utf8');
}

/// `start[~] Speaker[ story]: first three words` per block.
function outline(t: Transcript): string[] {
  const names = new Map(t.speakers.map((s) => [s.id, s.name]));
  return t.blocks.map((b) => {
    const who = b.speakerId ? names.get(b.speakerId) : '-';
    const words = blockText(b).split(' ').slice(0, 3).join(' ');
    return `${b.start ?? '-'}${b.estimated ? '~' : ''} ${who}${b.story ? ' story' : ''}: ${words}`;
  });
}

function allText(t: Transcript): string {
  return t.blocks.map(blockText).join('\n');
}

/// Structural rules every import must keep.
function expectWellFormed(t: Transcript): void {
  const speakerIds = new Set(t.speakers.map((s) => s.id));
  t.blocks.forEach((block, i) => {
    expect(block.id).toBe(`b${i + 1}`);
    if (block.speakerId !== null) expect(speakerIds.has(block.speakerId)).toBe(true);
    expect(block.spans.length).toBeGreaterThan(0);
    const text = blockText(block);
    expect(text).toBe(text.trim());
    expect(text).not.toMatch(/\s\s|[^\S ]/);
    for (const span of block.spans) {
      expect(span.text).not.toBe('');
      if (span.gap) expect(span.gap).toEqual({ tag: span.text, status: 'open' });
      if (span.time) expect(block.start).not.toBeNull();
      if (span.time && block.start !== null) expect(span.time.start).toBeGreaterThanOrEqual(block.start);
    }
    for (let k = 1; k < block.spans.length; k++) {
      const [a, b] = [block.spans[k - 1]!, block.spans[k]!];
      const plain = (s: typeof a) => !s.gap && !s.sound;
      // Adjacent plain runs are merged unless a time splits them.
      if (plain(a) && plain(b)) expect(b.time).toBeDefined();
    }
  });
  t.speakers.forEach((s, i) => expect(s.id).toBe(`s${i + 1}`));
  let last = -Infinity;
  let timed = false;
  for (const block of t.blocks) {
    if (block.start === null) {
      expect(timed).toBe(false); // untimed text only before the first minute line
      continue;
    }
    timed = true;
    expect(block.start).toBeGreaterThanOrEqual(last);
    last = block.start;
  }
}

function page(
  minutes: [string, string][],
  header = `tv${NB} ${NB}Show${NB}${NB}NET${NB}${NB}June 1, 2024 5:30am-6:01am PDT`,
) {
  return [header, '', ...minutes.flatMap(([clock, text]) => (text ? [clock, text] : [clock]))].join('\n');
}

describe('parseArchiveHeader', () => {
  it('reads layout A, fields split on NBSP runs', () => {
    expect(
      parseArchiveHeader(`tv ${NB} France 24${NB}${NB}LINKTV${NB}${NB}September 19, 2023 5:30am-6:01am PDT`),
    ).toEqual({
      title: 'France 24',
      network: 'LINKTV',
      date: '2023-09-19',
      startClock: 5 * 60 + 30,
      endClock: 6 * 60 + 1,
      timeZone: 'PDT',
    });
    expect(parseArchiveHeader('tv   The Five  FOX News  February 4, 2013 5:00pm-6:00pm EST')).toMatchObject({
      title: 'The Five',
      network: 'FOX News',
      date: '2013-02-04',
      startClock: 17 * 60,
      endClock: 18 * 60,
    });
  });

  it('reads an untitled header with an empty network, and one crossing midnight', () => {
    expect(parseArchiveHeader('tv   [untitled]    November 2, 2021 3:30am-4:01am AST')).toEqual({
      date: '2021-11-02',
      startClock: 3 * 60 + 30,
      endClock: 4 * 60 + 1,
      timeZone: 'AST',
    });
    expect(parseArchiveHeader('tv   BBC News  BBC News  August 21, 2024 11:30pm-12:01am BST')).toMatchObject({
      startClock: 23 * 60 + 30,
      endClock: 1,
    });
  });

  it('reads layout B, splitting off only a known network', () => {
    expect(parseArchiveHeader('tv BBC News BBC News August 21, 2024 11:00pm-12:00am BST')).toMatchObject({
      title: 'BBC News',
      network: 'BBC News',
      startClock: 23 * 60,
      endClock: 0,
    });
    expect(parseArchiveHeader('tv News Al Jazeera November 2, 2021 3:30am-4:01am AST')).toMatchObject({
      title: 'News',
      network: 'Al Jazeera',
    });
    const unknown = parseArchiveHeader('tv Inside Story Channel Nine June 1, 2022 8:00pm-8:30pm');
    expect(unknown).toEqual({
      title: 'Inside Story Channel Nine',
      date: '2022-06-01',
      startClock: 1200,
      endClock: 1230,
    });
  });

  it('reads a header without tv', () => {
    expect(
      parseArchiveHeader(`Newsline${NB}${NB}PBS${NB}${NB}October 18, 2019 6:00pm-6:31pm PDT`),
    ).toMatchObject({
      title: 'Newsline',
      network: 'PBS',
      date: '2019-10-18',
    });
  });

  it('rejects lines without a date and range', () => {
    expect(parseArchiveHeader('5:30 am')).toBeNull();
    expect(parseArchiveHeader('tv   France 24  LINKTV')).toBeNull();
    expect(parseArchiveHeader('we met on september 19, 2023 at 5:30am')).toBeNull();
    expect(parseArchiveHeader('September 40, 2023 5:30am-6:01am')).toBeNull();
  });
});

describe('looksLikeArchive', () => {
  it('is true for a header line or a minute line', () => {
    expect(looksLikeArchive(fixture('full-chrome.txt'))).toBe(true);
    expect(looksLikeArchive('Skip to main content\r\n9:00 pm\r\nhello')).toBe(true);
    expect(looksLikeArchive(`Newsline${NB}${NB}PBS${NB}${NB}October 18, 2019 6:00pm-6:31pm PDT\nhello`)).toBe(
      true,
    );
    expect(looksLikeArchive(' 12:05 PM ')).toBe(true);
  });

  it('is false for other text', () => {
    expect(looksLikeArchive('{"meta": {}}')).toBe(false);
    expect(looksLikeArchive('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nhello')).toBe(false);
    expect(looksLikeArchive('we met at 5:30 am and left at 6:00 pm')).toBe(false);
    expect(looksLikeArchive('13:00 pm')).toBe(false);
    expect(looksLikeArchive('')).toBe(false);
  });
});

describe('importArchive: the bundled sample programme', () => {
  // The app bundles this file (src/ui/App.tsx imports it); tests read it there.
  const text = readFileSync(new URL('../../../samples/sample-programme.txt', import.meta.url), 'utf8');
  const t = importArchive(text, { source: 'sample-programme.txt' });

  it('reads the header', () => {
    expect(t.meta).toEqual({
      title: 'Counterpoint',
      network: 'CIVICTV',
      date: '2024-03-12',
      startClock: 19 * 60 + 30,
      endClock: 19 * 60 + 42,
      timeZone: 'EDT',
      source: 'sample-programme.txt',
    });
  });

  it('finds the host and the reporter', () => {
    expect(t.speakers).toEqual([
      { id: 's1', name: 'Maya', role: 'host' },
      { id: 's2', name: 'Reporter', role: 'reporter' },
    ]);
  });

  it('cuts turns, not minutes, with minute and estimated times (golden)', () => {
    expect(outline(t)).toEqual([
      '0 -: showers return by',
      '48~ -: good evening and',
      '54~ Maya: for the third',
      '89~ Reporter: at the edge',
      '102~ -: we planted these',
      '115~ Reporter: under the draft',
      '133~ -: for us this',
      '145~ Reporter: the state engineers',
      '158~ -: the compact assumes',
      '165~ Reporter: the three legislatures',
      '180 Maya: thank you, daniel.',
      '213~ -: it is bad,',
      '247~ Maya: priya, your towns',
      '254~ -: it is the',
      '282~ -: if i could',
      '285~ Maya: glen, go ahead.',
      '287~ -: farmers are not',
      '311~ Maya: but tomas, is',
      '321~ -: it uses about',
      '354~ -: that is exactly',
      '365~ Maya: glen, could your',
      '372~ -: we could live',
      '398~ -: and that is',
      '409~ Maya: we need to',
      '480 Maya: welcome back. you',
      '498~ -: it cannot be',
      '517~ -: with respect, we',
      '526~ -: well, glen, that',
      '530~ Maya: tomas, is the',
      '536~ -: it is better',
      '566~ Maya: so there will',
      '569~ -: there will always',
      "576~ Maya: let's talk about",
      '588~ -: it sounds like',
      '607~ -: but the fund',
      '619~ -: that is easy',
      '623~ -: i live two',
      '627~ Maya: all right, let',
      '638~ -: washington has a',
      '660 Maya: we are almost',
      '667~ -: approve the deal,',
      '675~ Maya: glen?',
      '676~ -: slow it down.',
      '688~ Maya: tomas?',
      '690~ -: whatever they sign,',
      '698~ Maya: dr. tomas reyes,',
      '720~ - story: good evening, i',
    ]);
    expectWellFormed(t);
  });

  it('keeps the previous programme in the first block and music as sound', () => {
    const first = t.blocks[0]!;
    expect(blockText(first)).toMatch(
      /^showers return by the weekend, .* that's all for the evening report tonight\./,
    );
    expect(first.spans.filter((s) => s.sound).map((s) => s.text)).toEqual(['♪♪♪']);
    const last = t.blocks[t.blocks.length - 1]!;
    expect(blockText(last)).toMatch(/crews say repairs could take until$/);
  });

  it('anchors minute lines inside a turn to the first word after them', () => {
    const maya = t.blocks[2]!;
    expect(maya.spans).toEqual([
      { text: 'for the third year running, the calder river ' },
      expect.objectContaining({ time: { start: 60 }, text: expect.stringMatching(/^is expected to carry/) }),
    ]);
    // The turn of the host's goodbye runs into the last minute: the music
    // there carries the minute's time.
    const goodbye = t.blocks[t.blocks.length - 2]!;
    expect(goodbye.spans.slice(-2)).toEqual([
      { text: ' ' },
      { text: '♪♪', sound: true, time: { start: 720 } },
    ]);
  });

  it('marks gaps and sounds', () => {
    const spans = t.blocks.flatMap((b) => b.spans);
    expect(spans.filter((s) => s.gap).map((s) => s.text)).toEqual([
      '[indiscernible]',
      '[indiscernible]',
      '[ inaudible ]',
      '[indiscernible]',
    ]);
    expect(spans.filter((s) => s.sound).map((s) => s.text)).toEqual(['♪♪♪', '[laughter]', '♪♪', '♪♪']);
  });

  it('skips the empty minute without losing its time', () => {
    expect(t.blocks.find((b) => b.start === 480)).toBeDefined();
    expect(t.blocks.some((b) => b.start === 420)).toBe(false);
  });

  it('removes the chrome and nothing else (no caption word lost or reordered)', () => {
    expect(allText(t)).not.toMatch(/Skip to main|Views|Stream Only|Uploaded by|CIVICTV|7:3\d pm/);
    // Independent oracle: the caption lines of the file, less minute lines,
    // less the markers this file uses.
    const lines = text.split('\n');
    const caption = lines.slice(4, lines.indexOf('80 Views')).filter((l) => !/^\d{1,2}:\d{2} [ap]m$/.test(l));
    const expected = caption
      .join(' ')
      .split(/\s+/)
      .filter((w) => w && !['>>', '>>>', 'maya:', 'reporter:'].includes(w));
    expect(transcriptWords(t)).toEqual(expected);
    expect(captionWords(caption.join('\n'))).toEqual(expected);
  });

  it('gives the same transcript with a BOM, CRLF or CR line ends', () => {
    const plain = importArchive(text);
    expect(importArchive('\ufeff' + text.replace(/\n/g, '\r\n'))).toEqual(plain);
    expect(importArchive(text.replace(/\n/g, '\r'))).toEqual(plain);
  });
});

describe('importArchive: fixtures', () => {
  it('drops chrome before the header and the whole 2017 end of page', () => {
    const t = importArchive(fixture('full-chrome.txt'));
    expectWellFormed(t);
    expect(t.meta).toMatchObject({
      title: 'The Five',
      network: 'FOX News',
      date: '2013-02-04',
      timeZone: 'EST',
    });
    expect(outline(t)).toEqual([
      '- -: quote stay tuned',
      "0 -: hello, everyone. i'm",
      '44~ -: thank you.',
      '51~ Stuart: the market closed',
      '120 The Speaker: the house will',
      '157~ -: we did an',
    ]);
    expect(t.speakers).toEqual([
      { id: 's1', name: 'Stuart', role: 'other' },
      { id: 's2', name: 'The Speaker', role: 'other' },
    ]);
    const all = allText(t);
    for (const chrome of [
      'Anniversary',
      'Skip',
      'TV News Archive',
      'FILTER',
      'favorite',
      'TOPIC',
      'Jimmy',
      'Comcast',
      'Views',
      'DVD',
      'COLLECTIONS',
      'Uploaded',
    ]) {
      expect(all).not.toContain(chrome);
    }
    expect(blockText(t.blocks[t.blocks.length - 1]!)).toBe('we did an hour show on');
    // Colons that are not name prefixes stay text.
    expect(blockText(t.blocks[3]!)).toBe(
      'the market closed higher today. the question: how long can this last? note: the dow is up 300.',
    );
  });

  it('handles layout B and the spacing variants of markers', () => {
    const t = importArchive(fixture('layout-b.txt'));
    expectWellFormed(t);
    expect(t.meta).toMatchObject({
      title: 'BBC News',
      network: 'BBC News',
      date: '2024-08-21',
      startClock: 1380,
    });
    expect(outline(t)).toEqual([
      "0 -: that's it from",
      '12~ Host: good evening. tonight,',
      '26~ Reporter: the pickets were',
      '40~ -: .[indiscernible]',
      '44~ -: we are not',
      '49~ - story: in other news,',
      '60 Host: thank you. that',
    ]);
    expect(t.blocks[3]!.spans).toEqual([
      { text: '.' },
      { text: '[indiscernible]', gap: { tag: '[indiscernible]', status: 'open' } },
    ]);
    expect(t.speakers.map((s) => [s.name, s.role])).toEqual([
      ['Host', 'host'],
      ['Reporter', 'reporter'],
    ]);
  });

  it('handles a page without header: skip link, empty and repeated minutes, midnight', () => {
    const t = importArchive(fixture('no-header.txt'));
    expectWellFormed(t);
    expect(t.meta).toEqual({ startClock: 23 * 60 + 58 });
    expect(outline(t)).toEqual(['0 -: the count is', '136~ Jasper: thank you. we']);
    // 11:58 pm → 0, 11:59 → 60, 12:00 am → 120 (twice), 12:01 → 180.
    expect(t.blocks[0]!.spans[1]).toEqual({ text: 'within the hour.', time: { start: 120 } });
    expect(t.blocks[1]!.spans).toEqual([
      { text: 'thank you. we will be back after this. ' },
      { text: '[ monitor beeping ]', sound: true, time: { start: 180 } },
      { text: ' ' },
      { text: '(laughing)', sound: true },
      { text: ' ' },
      { text: '♪ ♪', sound: true },
    ]);
  });

  it('handles a header without tv and no minute lines: untimed text', () => {
    const t = importArchive(fixture('no-minutes.txt'));
    expectWellFormed(t);
    expect(t.meta).toMatchObject({ title: 'Newsline', network: 'PBS', startClock: 18 * 60 });
    expect(outline(t)).toEqual([
      '- -: quote good evening',
      '- Tom: tonight we look',
      '- -: thank you, tom.',
      '- Emily: and the board',
    ]);
    expect(blockText(t.blocks[1]!)).toBe('tonight we look at the water board vote.');
  });
});

describe('importArchive: turns and times', () => {
  it('keeps a turn across minute lines as one block, anchored per minute', () => {
    const t = importArchive(
      page([
        ['5:30 am', 'hello there. sami: north korea and russia'],
        ['5:31 am', 'appear to be cementing'],
        ['5:32 am', 'their ties. >> yes.'],
      ]),
    );
    expectWellFormed(t);
    expect(t.blocks[1]).toEqual({
      id: 'b2',
      speakerId: 's1',
      start: 19, // 60 × 13 / 41: 13 of the 41 characters come before `sami:`
      estimated: true,
      spans: [
        { text: 'north korea and russia ' },
        { text: 'appear to be cementing ', time: { start: 60 } },
        { text: 'their ties.', time: { start: 120 } },
      ],
    });
    expect(t.blocks[0]).toMatchObject({ start: 0, estimated: false });
    expect(t.blocks[2]).toMatchObject({
      start: 120 + Math.floor((60 * 12) / 19),
      estimated: true,
      speakerId: null,
    });
  });

  it('starts a turn at the minute when its marker ends the previous minute', () => {
    const t = importArchive(
      page([
        ['5:30 am', 'what do you think? >>'],
        ['5:31 am', 'i think so.'],
      ]),
    );
    expect(outline(t)).toEqual(['0 -: what do you', '60 -: i think so.']);
  });

  it('never makes empty blocks, and carries a story mark past an empty turn', () => {
    const t = importArchive(page([['5:30 am', '>> >> hello >>> >> world >>']]));
    expectWellFormed(t);
    // `world` starts at the `>>>` (12 of 27 characters into the minute).
    expect(outline(t)).toEqual(['0 -: hello', '26~ - story: world']);
  });

  it('starts turns at name prefixes only where a turn can start', () => {
    const t = importArchive(
      page([['5:30 am', 'we asked sami: why? [laughter] sami: because. (applause) jo: ok ♪ ann: la la']]),
    );
    expect(t.speakers.map((s) => s.name)).toEqual(['Sami', 'Jo', 'Ann']);
    expect(t.blocks.map(blockText)).toEqual([
      'we asked sami: why? [laughter]',
      'because. (applause)',
      'ok ♪',
      'la la',
    ]);
  });

  it('does not take stop words, times or labels for names', () => {
    const t = importArchive(
      page([
        [
          '5:30 am',
          'fine. here is the thing: no. he said: yes. at 5:30: go. note: x. q: y. a: z. it is: done.',
        ],
      ]),
    );
    expect(t.speakers).toEqual([]);
    expect(t.blocks).toHaveLength(1);
  });

  it('reuses a speaker case-insensitively and names it in title case', () => {
    const t = importArchive(page([['5:30 am', 'SALLY SARA: one. >> sally sara: two. >>Sally Sara: three.']]));
    expect(t.speakers).toEqual([{ id: 's1', name: 'Sally Sara', role: 'host' }]);
    expect(t.blocks.map((b) => b.speakerId)).toEqual(['s1', 's1', 's1']);
  });

  it('splits text before the first minute line from the timed text', () => {
    const text = page([['5:30 am', 'ago. >> next.']]).replace(
      '\n\n',
      '\n\nquote\nnews at five. sami: welcome back to the\n',
    );
    const t = importArchive(text);
    expectWellFormed(t);
    expect(t.blocks.map((b) => [b.start, b.estimated, b.speakerId, blockText(b)])).toEqual([
      [null, false, null, 'quote news at five.'],
      [null, false, 's1', 'welcome back to the'],
      [0, false, 's1', 'ago.'],
      [23, true, null, 'next.'], // 60 × 5 / 13
    ]);
    // A tag before the split keeps its own span; the separating space goes.
    const u = importArchive(page([['5:30 am', 'ago.']]).replace('\n\n', '\n\nhello [laughter]\n'));
    expect(u.blocks.map((b) => b.spans)).toEqual([
      [{ text: 'hello ' }, { text: '[laughter]', sound: true }],
      [{ text: 'ago.' }],
    ]);
  });
});

describe('importArchive: clocks', () => {
  it('counts from the header start when the first minute line is later', () => {
    const t = importArchive(page([['5:32 am', 'late start']]));
    expect(t.meta.startClock).toBe(330);
    expect(t.blocks[0]!.start).toBe(120);
  });

  it('counts from the first minute line when it is earlier than the header start', () => {
    const t = importArchive(
      page([
        ['5:29 am', 'early'],
        ['5:30 am', '>> on time'],
      ]),
    );
    expect(t.meta.startClock).toBe(329);
    expect(t.blocks.map((b) => b.start)).toEqual([0, 60]);
  });

  it('goes forward across midnight, from the header date', () => {
    const header = `tv${NB} ${NB}Late${NB}${NB}BBC News${NB}${NB}August 21, 2024 11:30pm-12:01am BST`;
    const t = importArchive(
      page(
        [
          ['11:59 pm', 'one'],
          ['12:00 am', '>> two'],
          ['12:01 am', '>> three'],
        ],
        header,
      ),
    );
    expect(t.meta).toMatchObject({ date: '2024-08-21', startClock: 1410, endClock: 1 });
    expect(t.blocks.map((b) => b.start)).toEqual([29 * 60, 30 * 60, 31 * 60]);
  });

  it('does not go back for a repeated or out-of-order minute line', () => {
    const t = importArchive(
      page([
        ['5:30 am', 'a'],
        ['5:31 am', '>> b'],
        ['5:30 am', '>> c'],
        ['5:31 am', '>> d'],
        ['5:32 am', '>> e'],
      ]),
    );
    // 5:30 and 5:31 again: still the minute 5:31, so its three paragraphs
    // read as one (`>> b >> c >> d`, 14 characters) for estimates.
    expect(t.blocks.map((b) => [b.start, b.estimated])).toEqual([
      [0, false],
      [60, false],
      [60 + Math.floor((60 * 5) / 14), true],
      [60 + Math.floor((60 * 10) / 14), true],
      [120, false],
    ]);
    expect(t.blocks.every((b) => b.spans.every((s) => !s.time))).toBe(true);
  });

  it('gives increasing starts over a generated 24-hour programme', () => {
    const lines = [`tv${NB} ${NB}All Day${NB}${NB}CNN${NB}${NB}June 1, 2024 5:00am-5:00am PDT`, ''];
    const words = 'the council met again today to debate the budget and the new bridge'.split(' ');
    for (let i = 0; i < 1440; i++) {
      const clock = (5 * 60 + i) % 1440;
      const hour = Math.floor(clock / 60) % 12 || 12;
      lines.push(`${hour}:${String(clock % 60).padStart(2, '0')} ${clock < 720 ? 'am' : 'pm'}`);
      const para: string[] = [];
      for (let w = 0; w < 90; w++) {
        para.push(words[(i + w) % words.length]! + (w % 13 === 12 ? '.' : ''));
        if (w % 30 === 17) para.push(i % 3 === 0 ? '>>' : `>> ${i % 2 ? 'maya' : 'tom'}:`);
      }
      lines.push(para.join(' '));
    }
    const text = lines.join('\n');
    const t = importArchive(text);
    expect(t.blocks.length).toBeGreaterThan(1440 * 3);
    expect(t.speakers.map((s) => s.name)).toEqual(['Maya', 'Tom']);
    const starts = t.blocks.map((b) => b.start!);
    for (let i = 1; i < starts.length; i++) expect(starts[i]!).toBeGreaterThan(starts[i - 1]!);
    expect(starts[starts.length - 1]!).toBeGreaterThan(1439 * 60);
    expect(starts[starts.length - 1]!).toBeLessThan(1440 * 60);
    expect(transcriptWords(t)).toHaveLength(1440 * 90);
  });
});

describe('importArchive: meta, chrome and odd input', () => {
  it('takes the channel from an Archive identifier and the source from options', () => {
    const text = `https://archive.org/details/LINKTV_20150729_123000_France_24\n${page([['5:30 am', 'hello']])}`;
    const t = importArchive(text, { source: 'france24.txt' });
    expect(t.meta).toMatchObject({
      channel: 'LINKTV',
      source: 'france24.txt',
      title: 'Show',
      network: 'NET',
    });
    expect(allText(t)).toBe('hello');
  });

  it('takes end chrome only after the last minute line, from a whole-line marker', () => {
    const t = importArchive(
      page([
        ['5:30 am', '80 views'],
        ['5:31 am', 'info stream only'],
        ['5:32 am', 'favorite'],
      ]) + '\n\n40 Views\n\ninfo Stream Only\n',
    );
    expect(t.blocks.map(blockText)).toEqual(['80 views info stream only favorite']);
    const u = importArchive(page([['5:30 am', 'the end.']]) + '\nwe have 80 views here\nmore words');
    expect(allText(u)).toBe('the end. we have 80 views here more words');
  });

  it('takes plain chrome words as chrome only right before a marker', () => {
    const t = importArchive(
      page([['5:30 am', 'the end.']]) +
        '\n\nfavorite\ntv\nShow\nNET June 1, 2024 5:30am-6:01am PDT\nIN COLLECTIONS',
    );
    expect(allText(t)).toBe('the end.');
    // The first line under a minute line is its caption text.
    const u = importArchive(
      page([
        ['5:30 am', 'the end.'],
        ['5:31 am', 'favorite'],
      ]) + '\n\n12 Views',
    );
    expect(allText(u)).toBe('the end. favorite');
  });

  it('does not take a late header line on a page without minute lines for end chrome', () => {
    const text = 'a stray line\ntv   Show  NET  June 1, 2024 5:30am-6:01am PDT\nthe caption text\nmore of it';
    const t = importArchive(text);
    expect(t.meta).toEqual({});
    expect(allText(t)).toBe(
      'a stray line tv Show NET June 1, 2024 5:30am-6:01am PDT the caption text more of it',
    );
  });

  it('returns an empty transcript for empty or chrome-only input', () => {
    expect(importArchive('')).toEqual({ meta: {}, speakers: [], blocks: [] });
    expect(importArchive('Skip to main content\n\n')).toEqual({ meta: {}, speakers: [], blocks: [] });
    const onlyHeader = importArchive('tv   Show  NET  June 1, 2024 5:30am-6:01am PDT\n\n5:30 am\n5:31 am\n');
    expect(onlyHeader.blocks).toEqual([]);
    expect(onlyHeader.meta.title).toBe('Show');
  });
});

describe('roles', () => {
  const roles = (text: string) =>
    importArchive(page([['5:30 am', text]])).speakers.map((s) => `${s.name}/${s.role}`);

  it('gives role words their role', () => {
    expect(
      roles('host: a. anchor: b. guest: c. reporter: d. narrator: e. announcer: f. correspondent: g.'),
    ).toEqual([
      'Host/host',
      'Anchor/anchor',
      'Guest/guest',
      'Reporter/reporter',
      'Narrator/narrator',
      'Announcer/other',
      'Correspondent/reporter',
    ]);
  });

  it('makes labels other and the most frequent personal name host', () => {
    expect(roles('the speaker: a. c-span: b. tom: c. emily: d. tom: e.')).toEqual([
      'The Speaker/other',
      'C-Span/other',
      'Tom/host',
      'Emily/other',
    ]);
  });

  it('names no host on a tie, a single use, or when a role word named one', () => {
    expect(roles('tom: a. emily: b. tom: c. emily: d.')).toEqual(['Tom/other', 'Emily/other']);
    expect(roles('tom: a.')).toEqual(['Tom/other']);
    expect(roles('anchor: a. tom: b. tom: c.')).toEqual(['Anchor/anchor', 'Tom/other']);
  });

  it('title-cases names', () => {
    expect(titleCase('sally sara')).toBe('Sally Sara');
    expect(titleCase("jean-pierre o'neil")).toBe("Jean-Pierre O'Neil");
    expect(titleCase('kate van doore')).toBe('Kate van Doore');
    expect(titleCase('dr. tomas reyes')).toBe('Dr. Tomas Reyes');
    expect(titleCase("the nation's")).toBe("The Nation's");
  });
});
