import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { correctionLogCsv, correctionLogMarkdown, escapeMarkdown } from './export.ts';
import type { CorrectionEntry } from './log.ts';

const entries: CorrectionEntry[] = [
  {
    blockId: 'b4',
    time: 72,
    estimated: false,
    speaker: 'Sami',
    speakerBefore: 'Reporter',
    speakerChanges: [{ kind: 'assigned', before: 'Reporter', after: 'Sami (host)' }],
    before: '… at a space space, their first …',
    after: '… at a space station, their first …',
    changes: [{ before: 'space,', after: 'station,', from: 40, to: 48 }],
    gaps: [],
  },
  {
    blockId: 'b7',
    time: 185.5,
    estimated: true,
    speaker: null,
    speakerChanges: [],
    before: 'it is both. [indiscernible] will they',
    after: 'it is both. sanctions will they',
    changes: [{ before: '[indiscernible]', after: 'sanctions', from: 12, to: 21 }],
    gaps: [
      { tag: '[indiscernible]', status: 'corrected', text: 'sanctions' },
      { tag: '[inaudible]', status: 'open', text: '[inaudible]' },
    ],
  },
  {
    blockId: 'b9',
    time: null,
    estimated: false,
    speaker: 'Jenny, "JT" Town',
    speakerBefore: null,
    speakerChanges: [{ kind: 'assigned', before: null, after: 'Jenny, "JT" Town' }],
    before: '',
    after: '',
    changes: [],
    gaps: [{ tag: '[crosstalk]', status: 'unresolvable', text: '[crosstalk]' }],
  },
];

/// Speaker work alone: a turn split off, renamed, with another joined in.
const speakerWork: CorrectionEntry = {
  blockId: 'b_x',
  time: 600,
  estimated: true,
  speaker: 'Maya Chen',
  speakerChanges: [
    { kind: 'split', turn: 12 },
    { kind: 'renamed', before: 'Speaker 1', after: 'Maya Chen' },
    { kind: 'joined', turn: 14, into: 'previous', before: 'Speaker *2*', after: 'Maya Chen (host)' },
    { kind: 'merged', before: 'Speaker 3', after: 'Maya Chen (host)' },
  ],
  before: '',
  after: '',
  changes: [],
  gaps: [],
};

describe('correctionLogCsv', () => {
  it('writes the documented columns, clock times and quoting', () => {
    expect(correctionLogCsv(entries, { startClock: 330 })).toBe(
      '\ufeff' +
        [
          'time,offset,estimated,speaker,speaker_before,speaker_change,before,after,gaps,block_id',
          '5:31 am,00:01:12,false,Sami,Reporter,Reporter → Sami (host),"… at a space space, their first …","… at a space station, their first …",,b4',
          '5:33 am,00:03:05,true,,,,it is both. [indiscernible] will they,it is both. sanctions will they,"[indiscernible] → ""sanctions"" (corrected); [inaudible] (open)",b7',
          ',,,"Jenny, ""JT"" Town",(unassigned),"(unassigned) → Jenny, ""JT"" Town",,,[crosstalk] (unresolvable),b9',
          '',
        ].join('\r\n'),
    );
  });

  it('leaves the clock empty when the programme start is unknown, and the BOM out on request', () => {
    const csv = correctionLogCsv(entries.slice(0, 1), {}, { bom: false });
    expect(csv.split('\r\n')[1]).toBe(
      ',00:01:12,false,Sami,Reporter,Reporter → Sami (host),"… at a space space, their first …","… at a space station, their first …",,b4',
    );
    expect(csv.startsWith('time,')).toBe(true);
  });

  it('defuses spreadsheet formulas and keeps every cell on one line', () => {
    const hostile: CorrectionEntry = {
      ...entries[0]!,
      speaker: '=HYPERLINK("http://x")',
      speakerBefore: '@SUM(A1)',
      before: '-- playing an\nimportant',
      after: '+1 555',
    };
    const csv = correctionLogCsv([hostile], {}, { bom: false });
    const rows = Papa.parse<string[]>(csv.trimEnd(), { newline: '\r\n' }).data;
    expect(rows).toHaveLength(2);
    expect(rows[1]!.slice(3, 8)).toEqual([
      '\'=HYPERLINK("http://x")',
      "'@SUM(A1)",
      'Reporter → Sami (host)',
      "'-- playing an important",
      "'+1 555",
    ]);
  });

  it('writes only the header for an empty log', () => {
    expect(correctionLogCsv([], {}, { bom: false })).toBe(
      'time,offset,estimated,speaker,speaker_before,speaker_change,before,after,gaps,block_id\r\n',
    );
  });

  it('writes speaker work in a column of its own', () => {
    const csv = correctionLogCsv([speakerWork], { startClock: 330 }, { bom: false });
    expect(csv.split('\r\n')[1]).toBe(
      '5:40 am,00:10:00,true,Maya Chen,,split from turn 12; renamed Speaker 1 → Maya Chen; ' +
        'turn 14 joined into the previous turn: Speaker *2* → Maya Chen (host); ' +
        'merged Speaker 3 into Maya Chen (host),,,,b_x',
    );
  });
});

describe('correctionLogMarkdown', () => {
  it('writes one section per entry', () => {
    expect(
      correctionLogMarkdown(entries, {
        title: 'Inside Story',
        network: 'France 24',
        date: '2023-09-19',
        startClock: 330,
      }),
    ).toBe(
      [
        '# Correction log: Inside Story',
        '',
        'France 24 · 2023-09-19 · 3 changed turns',
        '',
        '## 1. 5:31 am (00:01:12) · Sami',
        '',
        '- Speaker change: Reporter → Sami (host)',
        '- Before: … at a space space, their first …',
        '- After: … at a space station, their first …',
        '- Turn: b4',
        '',
        '## 2. ~5:33 am (00:03:05) · (unassigned)',
        '',
        '- Before: it is both. \\[indiscernible\\] will they',
        '- After: it is both. sanctions will they',
        '- Gaps: \\[indiscernible\\] → "sanctions" (corrected); \\[inaudible\\] (open)',
        '- Turn: b7',
        '',
        '## 3. time unknown · Jenny, "JT" Town',
        '',
        '- Speaker change: (unassigned) → Jenny, "JT" Town',
        '- Gaps: \\[crosstalk\\] (unresolvable)',
        '- Turn: b9',
        '',
      ].join('\n'),
    );
  });

  it('lists speaker work on a line of its own', () => {
    expect(correctionLogMarkdown([speakerWork], { startClock: 330 })).toContain(
      '## 1. ~5:40 am (00:10:00) · Maya Chen\n\n' +
        '- Speaker change: split from turn 12; renamed Speaker 1 → Maya Chen; ' +
        'turn 14 joined into the previous turn: Speaker \\*2\\* → Maya Chen (host); ' +
        'merged Speaker 3 into Maya Chen (host)\n' +
        '- Turn: b\\_x\n',
    );
  });

  it('shows offsets alone without a start clock, and says when nothing changed', () => {
    expect(correctionLogMarkdown(entries.slice(0, 1), {})).toContain('## 1. 00:01:12 · Sami');
    expect(correctionLogMarkdown([], { title: 'News' })).toBe('# Correction log: News\n\nno changes\n');
  });

  it('shows a pure insertion or deletion as (nothing)', () => {
    const md = correctionLogMarkdown([{ ...entries[0]!, before: '', after: 'added words' }], {});
    expect(md).toContain('- Before: (nothing)\n- After: added words\n');
  });

  it('escapes text so that it cannot become markup, links or HTML', () => {
    const hostile: CorrectionEntry = {
      ...entries[0]!,
      speaker: '# not a heading',
      speakerBefore: '*bold* _em_',
      speakerChanges: [{ kind: 'assigned', before: '*bold* _em_', after: '# not a heading' }],
      before: '<script>alert(1)</script> [link](http://x.y) ![img](a.png) `code` ~~gone~~ &amp; | cell',
      after: 'www.example.com http://example.com a@b.co\nnext line\r\n- item',
    };
    const md = correctionLogMarkdown([hostile], { title: '<b>Title</b>' });
    expect(md).toBe(
      [
        '# Correction log: \\<b\\>Title\\</b\\>',
        '',
        '1 changed turn',
        '',
        '## 1. 00:01:12 · \\# not a heading',
        '',
        '- Speaker change: \\*bold\\* \\_em\\_ → \\# not a heading',
        '- Before: \\<script\\>alert(1)\\</script\\> \\[link\\](http\\://x.y) \\!\\[img\\](a.png) \\`code\\` \\~\\~gone\\~\\~ \\&amp; \\| cell',
        '- After: www\\.example.com http\\://example.com a\\@b.co next line - item',
        '- Turn: b4',
        '',
      ].join('\n'),
    );
  });
});

describe('escapeMarkdown', () => {
  it('reads back as the text itself, on one line, with no unescaped markup character', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            'a',
            ' ',
            '\n',
            '*',
            '_',
            '[',
            ']',
            '(',
            ')',
            '<',
            '>',
            '&',
            '\\',
            '`',
            '#',
            '|',
            '~',
            '!',
            '@',
            ':',
            '/',
            '.',
            'w',
            '-',
            '1',
            '=',
          ),
        }),
        (text) => {
          const escaped = escapeMarkdown(text);
          expect(escaped).not.toMatch(/[\r\n]/);
          // CommonMark: a backslash before ASCII punctuation stands for that character.
          expect(escaped.replace(/\\([!-/:-@[-`{-~])/g, '$1')).toBe(text.replace(/\r\n|[\r\n]/g, ' '));
          // Every markup character is preceded by a backslash. (Escapes become
          // spaces here: removing them must not join what they split.)
          const bare = escaped.replace(/\\[!-/:-@[-`{-~]/g, ' ');
          expect(bare).not.toMatch(/[*_[\]<>&\\`#|~!@]/);
          expect(bare).not.toMatch(/www\.|:\/\//i);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('escapes a list or heading-underline marker at the start of the text', () => {
    expect(escapeMarkdown('- a')).toBe('\\- a');
    expect(escapeMarkdown('1. a')).toBe('1\\. a');
    expect(escapeMarkdown('= a')).toBe('\\= a');
    expect(escapeMarkdown('a - b')).toBe('a - b');
  });
});
