import { describe, expect, it } from 'vitest';
import { clipAddress, parseArchiveAddress } from './archiveAddress';
import { proposeArchiveIdentifier, utcStart } from './archiveIdentifier';
import { sourcedQuote } from './sourcedQuote';

describe('Archive identifiers proposed from a header', () => {
  const cases: [string, Parameters<typeof proposeArchiveIdentifier>[0], string, boolean][] = [
    [
      'the sample: Pacific daylight time',
      { title: 'France 24', network: 'LINKTV', date: '2023-09-19', startClock: 5 * 60 + 30, timeZone: 'PDT' },
      'LINKTV_20230919_123000_France_24',
      true,
    ],
    [
      'British summer time',
      { title: 'BBC News', network: 'BBC News', date: '2024-08-21', startClock: 23 * 60, timeZone: 'BST' },
      'BBCNEWS_20240821_220000_BBC_News',
      true,
    ],
    [
      'an evening in Pacific time is the next UTC day',
      { title: 'Newsroom', network: 'PBS', date: '2019-10-18', startClock: 18 * 60, timeZone: 'PDT' },
      'KQED_20191019_010000_Newsroom',
      false,
    ],
    [
      'Arabia time is three hours ahead of UTC',
      { network: 'Al Jazeera', date: '2021-11-02', startClock: 3 * 60 + 30, timeZone: 'AST' },
      'ALJAZ_20211102_003000',
      false,
    ],
    [
      'a range crossing midnight keeps the start date',
      {
        title: 'The Context',
        network: 'BBC News',
        date: '2024-03-31',
        startClock: 23 * 60 + 30,
        timeZone: 'GMT',
      },
      'BBCNEWS_20240331_233000_The_Context',
      true,
    ],
    [
      'CNN in Pacific time is the West Coast feed',
      {
        title: 'Anderson Cooper 360',
        network: 'CNN',
        date: '2024-01-05',
        startClock: 17 * 60,
        timeZone: 'PST',
      },
      'CNNW_20240106_010000_Anderson_Cooper_360',
      false,
    ],
    [
      'FOX News in Eastern time is the main feed; punctuation leaves the title',
      {
        title: "The O'Reilly Factor",
        network: 'FOX News',
        date: '2013-02-04',
        startClock: 20 * 60,
        timeZone: 'EST',
      },
      'FOXNEWS_20130205_010000_The_OReilly_Factor',
      false,
    ],
    [
      'a channel code from the identifier wins over the network name',
      {
        title: 'Hardball',
        network: 'MSNBC',
        channel: 'MSNBCW',
        date: '2016-11-08',
        startClock: 16 * 60,
        timeZone: 'PST',
      },
      'MSNBCW_20161109_000000_Hardball',
      true,
    ],
  ];
  for (const [name, meta, identifier, certain] of cases) {
    it(name, () => {
      const proposal = proposeArchiveIdentifier(meta);
      expect(proposal.identifier).toBe(identifier);
      if (proposal.identifier !== null) {
        expect(proposal.certain).toBe(certain);
        if (!certain) expect(proposal.doubts.length).toBeGreaterThan(0);
      }
    });
  }

  it('says why when it cannot propose one', () => {
    expect(proposeArchiveIdentifier({ network: 'CNN', date: '2024-01-05', startClock: 60 })).toMatchObject({
      identifier: null,
      reason: expect.stringMatching(/time zone/),
    });
    expect(
      proposeArchiveIdentifier({
        network: 'Local Access TV',
        date: '2024-01-05',
        startClock: 60,
        timeZone: 'EST',
      }),
    ).toMatchObject({ identifier: null, reason: expect.stringMatching(/channel/) });
    expect(proposeArchiveIdentifier({ network: 'CNN' })).toMatchObject({ identifier: null });
    expect(
      proposeArchiveIdentifier({ network: 'CNN', date: '2023-02-30', startClock: 60, timeZone: 'EST' }),
    ).toMatchObject({ identifier: null, reason: expect.stringMatching(/calendar/) });
  });

  it('crosses months, years and daylight-time days in UTC', () => {
    expect(utcStart('2023-12-31', 20 * 60, -300)).toBe('20240101_010000');
    expect(utcStart('2024-03-10', 1 * 60 + 30, -480)).toBe('20240310_093000');
    expect(utcStart('2024-01-01', 0, 60)).toBe('20231231_230000');
  });
});

describe('Archive addresses and clip links', () => {
  it('reads a page address with or without a clip, and nothing else', () => {
    expect(parseArchiveAddress('https://archive.org/details/LINKTV_20230919_123000_France_24')).toEqual({
      identifier: 'LINKTV_20230919_123000_France_24',
    });
    expect(
      parseArchiveAddress(' https://archive.org/details/CNNW_20240106_010000_AC360/start/120/end/180?q=x '),
    ).toEqual({ identifier: 'CNNW_20240106_010000_AC360', start: 120, end: 180 });
    expect(parseArchiveAddress('https://example.org/details/LINKTV_20230919_123000')).toBeNull();
    expect(parseArchiveAddress('javascript:alert(1)')).toBeNull();
    expect(parseArchiveAddress('https://archive.org/details/<script>')).toBeNull();
  });

  it('widens a clip to whole seconds that hold the words', () => {
    expect(clipAddress('X_20230919_123000', 61.4, 75.2)).toBe(
      'https://archive.org/details/X_20230919_123000/start/61/end/76',
    );
    expect(clipAddress('X_20230919_123000', 10, 10)).toBe(
      'https://archive.org/details/X_20230919_123000/start/10/end/11',
    );
  });
});

describe('sourced quotes', () => {
  const meta = {
    title: 'Inside Story',
    network: 'Al Jazeera',
    date: '2023-09-19',
    startClock: 5 * 60 + 30,
    timeZone: 'PDT',
  };
  it('cites speaker, programme, date, clock time with zone, and the link', () => {
    const q = sourcedQuote({
      words: 'north korea and  russia\nappear to be cementing their ties',
      speaker: { id: 's1', name: 'Sami Zeidan', role: 'host' },
      meta,
      offset: 75,
      link: 'https://archive.org/details/ALJAZ_20230919_123000/start/75/end/90',
    });
    expect(q.text).toBe(
      '“north korea and russia appear to be cementing their ties” — Sami Zeidan, host, Inside Story (Al Jazeera), ' +
        'September 19, 2023, 5:31 am PDT. https://archive.org/details/ALJAZ_20230919_123000/start/75/end/90',
    );
    expect(q.html).toContain('<cite>Inside Story (Al Jazeera)</cite>');
    expect(q.html).toContain('<a href="https://archive.org/details/ALJAZ_20230919_123000/start/75/end/90">');
  });

  it('escapes everything from the file in the HTML flavour', () => {
    const q = sourcedQuote({
      words: '<img src=x onerror=alert(1)> & "quotes"',
      speaker: { id: 's1', name: '<b>Evil</b>', role: 'guest' },
      meta: { title: 'A & B <script>', date: '2023-09-19' },
      offset: 0,
      link: 'https://archive.org/details/X"onmouseover="alert(1)',
    });
    expect(q.html).not.toMatch(/<img|<b>|<script>|"onmouseover/);
    expect(q.html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;');
    expect(q.html).toContain('&lt;b&gt;Evil&lt;/b&gt;, guest');
  });

  it('uses the offset when the clock is unknown, and leaves out what it does not know', () => {
    expect(sourcedQuote({ words: 'hello', meta: {}, offset: 83 }).text).toBe(
      '“hello” — 00:01:23 into the programme.',
    );
  });
});
