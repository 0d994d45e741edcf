import { describe, expect, it } from 'vitest';
import type { Transcript } from '../transcript.ts';
import { exportPlainText, type PlainTextOptions } from './text.ts';

/// A short programme that starts at 5:30 am: a host, a reporter, a guest
/// whose name nobody typed, and turns nobody assigned.
function programme(): Transcript {
  return {
    meta: { title: 'Inside Story', startClock: 5 * 60 + 30, timeZone: 'PDT' },
    speakers: [
      { id: 's1', name: 'Sami Zeidan', role: 'host' },
      { id: 's2', name: 'Natacha Butler', role: 'reporter' },
      { id: 's3', name: '', role: 'guest' },
      { id: 's4', name: 'Jenny Town', role: 'other' },
    ],
    blocks: [
      {
        id: 'b1',
        speakerId: null,
        start: 0,
        estimated: false,
        spans: [{ text: 'stay tuned for reliable sources. ', time: { start: 0 } }],
      },
      {
        id: 'b2',
        speakerId: 's1',
        start: 14,
        estimated: true,
        story: true,
        spans: [{ text: 'welcome to the show. ' }, { text: 'north korea and russia' }],
      },
      {
        id: 'b3',
        speakerId: 's1',
        start: 60,
        estimated: false,
        spans: [{ text: ' appear to be cementing their ties. ', time: { start: 60 } }],
      },
      {
        id: 'b4',
        speakerId: 's2',
        start: 95.7,
        estimated: true,
        spans: [
          { text: 'kim jong un got a ' },
          { text: '[indiscernible]', gap: { tag: '[indiscernible]', status: 'open' } },
          { text: ' look <b>&amp; more</b>. ' },
          { text: '[laughter]', sound: true },
        ],
      },
      { id: 'b5', speakerId: 's2', start: null, estimated: false, story: true, spans: [] },
      { id: 'b6', speakerId: 's3', start: 3725, estimated: false, spans: [{ text: 'thank you.' }] },
      { id: 'b7', speakerId: 's4', start: 3790, estimated: false, spans: [{ text: 'it is deepening.' }] },
      { id: 'b8', speakerId: 's4', start: null, estimated: false, spans: [{ text: 'and fast.' }] },
    ],
  };
}

describe('exportPlainText', () => {
  /// The export after its heading (two lines and a blank one), which the tests below check.
  const plainBody = (t: Transcript, options: PlainTextOptions) =>
    exportPlainText(t, options).replace(/^[^\n]+\n=+\n\n/, '');

  it('opens with the programme heading, underlined, when there is one', () => {
    const t = programme();
    expect(exportPlainText(t, { timestamps: 'none' })).toMatch(
      /^Inside Story · 5:30 am PDT\n={26}\n\nstay tuned for reliable sources\.\n/,
    );
    t.meta = {
      title: 'Inside Story',
      network: 'Al Jazeera',
      date: '2024-03-05',
      startClock: 330,
      endClock: 360,
    };
    expect(exportPlainText(t, { timestamps: 'none' }).split('\n')[0]).toBe(
      'Inside Story · Al Jazeera · 2024-03-05 · 5:30 am – 6:00 am',
    );
    // The file it came from alone is no programme header.
    t.meta = { source: 'show.txt' };
    expect(exportPlainText(t, { timestamps: 'none' }).startsWith('stay tuned')).toBe(true);
    t.meta = { network: 'KQED', source: 'show.txt' };
    expect(exportPlainText(t, { timestamps: 'none' }).split('\n').slice(0, 2)).toEqual([
      'show.txt · KQED',
      '===============',
    ]);
  });

  it('writes one labelled paragraph per turn with no timestamps', () => {
    expect(plainBody(programme(), { timestamps: 'none' })).toBe(
      [
        'stay tuned for reliable sources.',
        '',
        '* * *',
        '',
        'Sami Zeidan (host): welcome to the show. north korea and russia',
        '',
        'Sami Zeidan (host): appear to be cementing their ties.',
        '',
        'Natacha Butler (reporter): kim jong un got a [indiscernible] look <b>&amp; more</b>. [laughter]',
        '',
        '* * *',
        '',
        'Guest: thank you.',
        '',
        'Jenny Town: it is deepening.',
        '',
        'Jenny Town: and fast.',
        '',
      ].join('\n'),
    );
  });

  it('prints wall-clock minutes, with ~ for estimated times', () => {
    expect(plainBody(programme(), { timestamps: 'clock' })).toBe(
      [
        '[5:30 am] stay tuned for reliable sources.',
        '',
        '* * *',
        '',
        '[~5:30 am] Sami Zeidan (host): welcome to the show. north korea and russia',
        '',
        '[5:31 am] Sami Zeidan (host): appear to be cementing their ties.',
        '',
        '[~5:31 am] Natacha Butler (reporter): kim jong un got a [indiscernible] look <b>&amp; more</b>. [laughter]',
        '',
        '* * *',
        '',
        '[6:32 am] Guest: thank you.',
        '',
        '[6:33 am] Jenny Town: it is deepening.',
        '',
        'Jenny Town: and fast.',
        '',
      ].join('\n'),
    );
  });

  it('prints offsets from programme start', () => {
    const text = plainBody(programme(), { timestamps: 'offset' });
    expect(text.split('\n\n')).toEqual([
      '[00:00:00] stay tuned for reliable sources.',
      '* * *',
      '[~00:00:14] Sami Zeidan (host): welcome to the show. north korea and russia',
      '[00:01:00] Sami Zeidan (host): appear to be cementing their ties.',
      '[~00:01:35] Natacha Butler (reporter): kim jong un got a [indiscernible] look <b>&amp; more</b>. [laughter]',
      '* * *',
      '[01:02:05] Guest: thank you.',
      '[01:03:10] Jenny Town: it is deepening.',
      'Jenny Town: and fast.\n',
    ]);
  });

  it('falls back to offsets when the start clock is unknown', () => {
    const t = programme();
    delete t.meta.startClock;
    expect(plainBody(t, { timestamps: 'clock' })).toBe(plainBody(t, { timestamps: 'offset' }));
  });

  it('merges consecutive turns of one speaker, but not across a story break', () => {
    expect(plainBody(programme(), { timestamps: 'clock', mergeTurns: true }).split('\n\n')).toEqual([
      '[5:30 am] stay tuned for reliable sources.',
      '* * *',
      '[~5:30 am] Sami Zeidan (host): welcome to the show. north korea and russia appear to be cementing their ties.',
      '[~5:31 am] Natacha Butler (reporter): kim jong un got a [indiscernible] look <b>&amp; more</b>. [laughter]',
      '* * *',
      '[6:32 am] Guest: thank you.',
      '[6:33 am] Jenny Town: it is deepening. and fast.\n',
    ]);
  });

  it('never merges unassigned turns: nobody knows they are one voice', () => {
    const t: Transcript = {
      meta: {},
      speakers: [],
      blocks: [
        { id: 'a', speakerId: null, start: null, estimated: false, spans: [{ text: 'one' }] },
        { id: 'b', speakerId: null, start: null, estimated: false, spans: [{ text: 'two' }] },
      ],
    };
    expect(plainBody(t, { timestamps: 'none', mergeTurns: true })).toBe('one\n\ntwo\n');
  });

  it('can print names only, or no labels', () => {
    const t = programme();
    expect(plainBody(t, { timestamps: 'none', speakers: 'name' }).split('\n\n')[2]).toBe(
      'Sami Zeidan: welcome to the show. north korea and russia',
    );
    expect(plainBody(t, { timestamps: 'none', speakers: 'none' }).split('\n\n')[2]).toBe(
      'welcome to the show. north korea and russia',
    );
  });

  it('does not repeat a role that is also the name', () => {
    const t = programme();
    t.speakers[1]!.name = 'Reporter';
    expect(plainBody(t, { timestamps: 'none' })).toContain('\n\nReporter: kim jong un');
  });

  it('takes names from the roster, so a rename shows everywhere', () => {
    const t = programme();
    t.speakers[0]!.name = 'Sami';
    const text = plainBody(t, { timestamps: 'none' });
    expect(text).not.toContain('Sami Zeidan');
    expect(text.match(/Sami \(host\): /g)).toHaveLength(2);
  });

  it('does not open with a story break', () => {
    const t = programme();
    t.blocks[0]!.story = true;
    delete t.blocks[1]!.story;
    expect(plainBody(t, { timestamps: 'none' }).startsWith('stay tuned')).toBe(true);
  });

  it('applies the gap option: keep (default), mark or clean', () => {
    const t = programme();
    t.blocks[3]!.spans.splice(
      1,
      0,
      { text: 'a new', gap: { tag: '[ inaudible ]', status: 'corrected' } },
      { text: ' ' },
    );
    const reporter = (gaps?: 'keep' | 'mark' | 'clean') =>
      plainBody(t, { timestamps: 'none', ...(gaps ? { gaps } : {}) }).split('\n\n')[4];
    expect(reporter()).toBe(
      'Natacha Butler (reporter): kim jong un got a a new [indiscernible] look <b>&amp; more</b>. [laughter]',
    );
    expect(reporter('keep')).toBe(reporter());
    expect(reporter('mark')).toBe(
      'Natacha Butler (reporter): kim jong un got a a new [corrected: inaudible] [indiscernible] look <b>&amp; more</b>. [laughter]',
    );
    expect(reporter('clean')).toBe(
      'Natacha Butler (reporter): kim jong un got a a new look <b>&amp; more</b>.',
    );
  });

  it('leaves out a turn that the clean option empties, but keeps its story break', () => {
    const t: Transcript = {
      meta: {},
      speakers: [],
      blocks: [
        { id: 'a', speakerId: null, start: null, estimated: false, spans: [{ text: 'one' }] },
        {
          id: 'b',
          speakerId: null,
          start: null,
          estimated: false,
          story: true,
          spans: [{ text: '♪', sound: true }],
        },
        { id: 'c', speakerId: null, start: null, estimated: false, spans: [{ text: 'two' }] },
      ],
    };
    expect(plainBody(t, { timestamps: 'none', gaps: 'clean' })).toBe('one\n\n* * *\n\ntwo\n');
  });

  it('puts every turn on one line, whatever white space its text holds', () => {
    const t = programme();
    t.blocks[0]!.spans = [{ text: 'stay\n\ntuned\r\nfor   more ' }];
    expect(plainBody(t, { timestamps: 'none' }).startsWith('stay tuned for more\n\n* * *')).toBe(true);
  });

  it('gives an empty string for a transcript without text', () => {
    expect(exportPlainText({ meta: {}, speakers: [], blocks: [] }, { timestamps: 'clock' })).toBe('');
  });
});
