import { describe, expect, it } from 'vitest';
import type { OriginalBlock } from '../format/original.ts';
import type { Block, Speaker, Transcript } from '../transcript.ts';
import { describeSpeakerChange } from './export.ts';
import { correctionLog, type CorrectionEntry } from './log.ts';

const speakers: Speaker[] = [
  { id: 's1', name: 'Sami', role: 'host' },
  { id: 's2', name: 'Jenny Town', role: 'guest' },
];

function block(id: string, text: string, extra: Partial<Block> = {}): Block {
  return {
    id,
    speakerId: null,
    start: null,
    estimated: false,
    spans: text === '' ? [] : [{ text }],
    ...extra,
  };
}

function transcript(blocks: Block[]): Transcript {
  return { meta: {}, speakers, blocks };
}

const original: OriginalBlock[] = [
  {
    id: 'b1',
    speakerId: 's1',
    start: 0,
    text: 'welcome to the show. north korea and russia appear to be cementing their ties.',
  },
  {
    id: 'b2',
    speakerId: null,
    start: 60,
    text: 'today he met president putin at a space space, their first face-to-face meeting in four years.',
  },
  {
    id: 'b3',
    speakerId: 's2',
    start: 120,
    text: 'i think it is both. [indiscernible] will they be game changing?',
  },
];

const unedited = (): Block[] => [
  block('b1', original[0]!.text, { speakerId: 's1', start: 0 }),
  block('b2', original[1]!.text, { start: 60, estimated: true }),
  block('b3', 'i think it is both. ', { speakerId: 's2', start: 120 }),
];

function withGap(b: Block, text: string, status: 'open' | 'corrected' | 'unresolvable'): Block {
  return {
    ...b,
    spans: [
      ...b.spans,
      { text, gap: { tag: '[indiscernible]', status } },
      { text: ' will they be game changing?' },
    ],
  };
}

describe('correctionLog', () => {
  it('is empty for a transcript as imported', () => {
    const blocks = unedited();
    blocks[2] = withGap(blocks[2]!, '[indiscernible]', 'open');
    expect(correctionLog(original, transcript(blocks))).toEqual([]);
  });

  it('ignores changes of spacing alone', () => {
    const blocks = unedited();
    blocks[0] = block('b1', `  ${original[0]!.text.replace(/ /g, '  ')}\n`, { speakerId: 's1', start: 0 });
    blocks[2] = withGap(blocks[2]!, '[indiscernible]', 'open');
    expect(correctionLog(original, transcript(blocks))).toEqual([]);
  });

  it('shows changes of case alone, or leaves them out when asked', () => {
    const blocks = unedited();
    blocks[0] = block(
      'b1',
      'Welcome to the show. North Korea and Russia appear to be cementing there ties.',
      {
        speakerId: 's1',
        start: 0,
      },
    );
    blocks[2] = withGap(blocks[2]!, '[indiscernible]', 'open');
    const all = correctionLog(original, transcript(blocks));
    expect(all.map((e) => e.changes.map((c) => c.after))).toEqual([
      ['Welcome', 'North Korea', 'Russia', 'there'],
    ]);
    const withoutCase = correctionLog(original, transcript(blocks), undefined, { ignoreCase: true });
    expect(withoutCase.map((e) => e.changes.map((c) => `${c.before} -> ${c.after}`))).toEqual([
      ['their -> there'],
    ]);
    expect(withoutCase[0]!.after).toBe('… to be cementing there ties.');
    // Only case changed: nothing to report.
    blocks[0] = block('b1', original[0]!.text.toUpperCase(), { speakerId: 's1', start: 0 });
    expect(correctionLog(original, transcript(blocks), undefined, { ignoreCase: true })).toEqual([]);
  });

  it('reports a replaced word with a few words of context', () => {
    const blocks = unedited();
    blocks[1] = block('b2', original[1]!.text.replace('space space,', 'space station,'), {
      start: 60,
      estimated: true,
    });
    blocks[2] = withGap(blocks[2]!, '[indiscernible]', 'open');
    const log = correctionLog(original, transcript(blocks));
    expect(log).toEqual([
      {
        blockId: 'b2',
        time: 60,
        estimated: true,
        speaker: null,
        speakerChanges: [],
        before: '… at a space space, their first face-to-face …',
        after: '… at a space station, their first face-to-face …',
        changes: [{ before: 'space,', after: 'station,', from: 40, to: 48 }],
        gaps: [],
      },
    ]);
    expect(blocks[1]!.spans[0]!.text.slice(40, 48)).toBe('station,');
  });

  it('joins changes far apart in one turn with an ellipsis, and shows no ellipsis at the turn ends', () => {
    const blocks = unedited();
    blocks[0] = block(
      'b1',
      'welcome to our show. north korea and russia appear to be cementing their relations.',
      {
        speakerId: 's1',
        start: 0,
      },
    );
    blocks[2] = withGap(blocks[2]!, '[indiscernible]', 'open');
    const [entry] = correctionLog(original, transcript(blocks), undefined, { context: 2 });
    expect(entry?.before).toBe('welcome to the show. north … cementing their ties.');
    expect(entry?.after).toBe('welcome to our show. north … cementing their relations.');
    expect(entry?.changes.map((c) => [c.before, c.after])).toEqual([
      ['the', 'our'],
      ['ties.', 'relations.'],
    ]);
  });

  it('reports a corrected gap with its status, and a gap marked unresolvable with no text change', () => {
    const blocks = unedited();
    blocks[2] = withGap(blocks[2]!, 'sanctions', 'corrected');
    const [corrected] = correctionLog(original, transcript(blocks));
    expect(corrected).toMatchObject({
      blockId: 'b3',
      speaker: 'Jenny Town',
      before: '… it is both. [indiscernible] will they be …',
      after: '… it is both. sanctions will they be …',
      gaps: [{ tag: '[indiscernible]', status: 'corrected', text: 'sanctions' }],
    });

    blocks[2] = withGap(unedited()[2]!, '[indiscernible]', 'unresolvable');
    expect(correctionLog(original, transcript(blocks))).toEqual([
      {
        blockId: 'b3',
        time: 120,
        estimated: false,
        speaker: 'Jenny Town',
        speakerChanges: [],
        before: '',
        after: '',
        changes: [],
        gaps: [{ tag: '[indiscernible]', status: 'unresolvable', text: '[indiscernible]' }],
      },
    ]);
  });

  it('reports a reassigned speaker and a first assignment, unless asked for text changes only', () => {
    const blocks = unedited();
    blocks[0] = { ...blocks[0]!, speakerId: 's2' };
    blocks[1] = { ...blocks[1]!, speakerId: 's1' };
    blocks[2] = withGap(blocks[2]!, '[indiscernible]', 'open');
    expect(
      correctionLog(original, transcript(blocks)).map((e) => [
        e.blockId,
        e.speakerBefore,
        e.speaker,
        e.speakerChanges,
      ]),
    ).toEqual([
      [
        'b1',
        'Sami',
        'Jenny Town',
        [{ kind: 'assigned', before: 'Sami (host)', after: 'Jenny Town (guest)' }],
      ],
      ['b2', null, 'Sami', [{ kind: 'assigned', before: null, after: 'Sami (host)' }]],
    ]);
    expect(correctionLog(original, transcript(blocks), undefined, { textOnly: true })).toEqual([]);
  });

  it('names a speaker merged away since import from the original roster, else by id', () => {
    const log = (roster?: { id: string; name: string }[]) =>
      correctionLog(
        [{ id: 'b1', speakerId: 's9', start: 0, text: 'hello there' }],
        transcript([block('b1', 'hello there', { speakerId: 's1' })]),
        roster,
      );
    expect(log([{ id: 's9', name: 'Sally' }])[0]?.speakerBefore).toBe('Sally');
    expect(log()[0]?.speakerBefore).toBe('s9');
  });

  it('a split is speaker work, not a text change; a new block takes its speaker from the turn its words came from', () => {
    const text = original[0]!.text;
    const cut = text.indexOf('north');
    const blocks = unedited();
    blocks.splice(
      0,
      1,
      block('b1', text.slice(0, cut), { speakerId: 's1', start: 0 }),
      block('b_new', text.slice(cut), { speakerId: 's1', start: 5, estimated: true }),
    );
    blocks[3] = withGap(blocks[3]!, '[indiscernible]', 'open');
    expect(correctionLog(original, transcript(blocks), undefined, { textOnly: true })).toEqual([]);
    expect(correctionLog(original, transcript(blocks)).map((e) => [e.blockId, e.speakerChanges])).toEqual([
      ['b_new', [{ kind: 'split', turn: 1 }]],
    ]);

    blocks[1] = { ...blocks[1]!, speakerId: 's2' };
    expect(correctionLog(original, transcript(blocks))).toEqual([
      {
        blockId: 'b_new',
        time: 5,
        estimated: true,
        speaker: 'Jenny Town',
        speakerBefore: 'Sami',
        speakerChanges: [
          { kind: 'split', turn: 1 },
          { kind: 'assigned', before: 'Sami (host)', after: 'Jenny Town (guest)' },
        ],
        before: '',
        after: '',
        changes: [],
        gaps: [],
      },
    ]);
  });

  it('a join is speaker work, not a text change, and an edit across the old boundary lands in the joined block', () => {
    const blocks = unedited();
    blocks.splice(
      0,
      2,
      block('b1', `${original[0]!.text} ${original[1]!.text}`, { speakerId: 's1', start: 0 }),
    );
    blocks[1] = withGap(blocks[1]!, '[indiscernible]', 'open');
    expect(correctionLog(original, transcript(blocks), undefined, { textOnly: true })).toEqual([]);
    expect(correctionLog(original, transcript(blocks)).map((e) => [e.blockId, e.speakerChanges])).toEqual([
      ['b1', [{ kind: 'joined', turn: 2, into: 'previous', before: null, after: 'Sami (host)' }]],
    ]);

    blocks[0] = block(
      'b1',
      `${original[0]!.text.replace('their ties.', 'ties. today')} ${original[1]!.text.slice(6)}`,
      {
        speakerId: 's1',
        start: 0,
      },
    );
    const log = correctionLog(original, transcript(blocks));
    expect(log.map((e) => [e.blockId, e.before, e.after])).toEqual([
      ['b1', '… to be cementing their ties. today he …', '… to be cementing ties. today he …'],
    ]);
  });

  it('reports words deleted at the end of a turn against that turn, and a turn emptied of words', () => {
    const blocks = unedited();
    blocks[0] = block('b1', 'welcome to the show. north korea and russia', { speakerId: 's1', start: 0 });
    blocks[1] = block('b2', '', { start: 60, estimated: true });
    blocks[2] = withGap(blocks[2]!, '[indiscernible]', 'open');
    const log = correctionLog(original, transcript(blocks));
    expect(log.map((e) => [e.blockId, e.before, e.after, e.changes])).toEqual([
      [
        'b1',
        '… korea and russia appear to be cementing their ties.',
        '… korea and russia',
        [{ before: 'appear to be cementing their ties.', after: '', from: 43, to: 43 }],
      ],
      [
        'b2',
        'today he met president putin at a space space, their first face-to-face meeting in four years.',
        '',
        [
          {
            before:
              'today he met president putin at a space space, their first face-to-face meeting in four years.',
            after: '',
            from: 0,
            to: 0,
          },
        ],
      ],
    ]);
  });

  it('reports a deleted block against the turn before it', () => {
    const blocks = unedited();
    blocks.splice(1, 1);
    blocks[1] = withGap(blocks[1]!, '[indiscernible]', 'open');
    const log = correctionLog(original, transcript(blocks));
    expect(
      log.map((e) => [e.blockId, e.changes.map((c) => [c.before.slice(0, 12), c.after, c.from])]),
    ).toEqual([['b1', [['today he met', '', original[0]!.text.length]]]]);
  });

  it('reports every word removed when no block is left, against the imported turns', () => {
    const log = correctionLog(original.slice(0, 2), transcript([]));
    expect(log.map((e) => [e.blockId, e.time, e.speaker, e.speakerBefore, e.after])).toEqual([
      ['b1', 0, null, 'Sami', ''],
      ['b2', 60, null, undefined, ''],
    ]);
  });

  it('uses the time of the imported turn when the block has none now, marked estimated', () => {
    const blocks = unedited();
    blocks[1] = block('b2', 'today he met president putin.', { start: null });
    blocks[2] = withGap(blocks[2]!, '[indiscernible]', 'open');
    expect(correctionLog(original, transcript(blocks))[0]).toMatchObject({
      blockId: 'b2',
      time: 60,
      estimated: true,
    });
  });
});

describe('speaker work', () => {
  /// Thirty unassigned caption turns, and a roster from diarization.
  const roster = [
    { id: 's1', name: 'Speaker 1' },
    { id: 's2', name: 'Speaker 2' },
    { id: 's3', name: 'Speaker 3' },
  ];
  const imported: OriginalBlock[] = Array.from({ length: 30 }, (_, i) => ({
    id: `b${i + 1}`,
    speakerId: i === 28 ? 's1' : i === 29 ? 's3' : null,
    start: i * 10,
    text: `turn ${i + 1} says words. and more words here.`,
  }));

  /// 25 assignments, turn 12 split (its second half to Speaker 2), Speaker 1
  /// renamed Maya Chen, Speaker 3 merged into Speaker 2, turns 27 and 28
  /// joined.
  function edited(): Transcript {
    const blocks: Block[] = imported.map((o, i) =>
      block(o.id, o.text, {
        speakerId: i < 25 ? (i % 2 === 0 ? 's1' : 's2') : i === 29 ? 's2' : o.speakerId,
        start: o.start,
      }),
    );
    const cut = 'turn 12 says words. '.length;
    blocks.splice(
      11,
      1,
      block('b12', imported[11]!.text.slice(0, cut), { speakerId: 's2', start: 110 }),
      block('b_new', imported[11]!.text.slice(cut), { speakerId: 's2', start: 115, estimated: true }),
    );
    // b27 (index 27 after the split) takes b28's words.
    blocks.splice(27, 2, block('b27', `${imported[26]!.text} ${imported[27]!.text}`, { start: 260 }));
    return {
      meta: {},
      speakers: [
        { id: 's1', name: 'Maya Chen', role: 'host' },
        { id: 's2', name: 'Speaker 2', role: 'other' },
      ],
      blocks,
    };
  }

  const describeAll = (entries: CorrectionEntry[]) =>
    entries.map((e) => [e.blockId, e.speakerChanges.map(describeSpeakerChange).join('; ')]);

  it('lists assignments, a split, a rename, a merge and a join, with before and after', () => {
    const log = correctionLog(imported, edited(), roster);
    expect(describeAll(log)).toEqual([
      ...Array.from({ length: 11 }, (_, i) => [
        `b${i + 1}`,
        `(unassigned) → ${i % 2 === 0 ? 'Maya Chen (host)' : 'Speaker 2'}`,
      ]),
      ['b12', '(unassigned) → Speaker 2'],
      ['b_new', 'split from turn 12; (unassigned) → Speaker 2'],
      ...Array.from({ length: 13 }, (_, k) => [
        `b${k + 13}`,
        `(unassigned) → ${(k + 12) % 2 === 0 ? 'Maya Chen (host)' : 'Speaker 2'}`,
      ]),
      ['b27', 'turn 28 joined into the previous turn'],
      ['b29', 'renamed Speaker 1 → Maya Chen'],
      ['b30', 'merged Speaker 3 into Speaker 2'],
    ]);
    expect(log.every((e) => e.changes.length === 0)).toBe(true);
    expect(log.find((e) => e.blockId === 'b1')?.speakerBefore).toBe(null);
  });

  it('shows only text changes when asked', () => {
    const current = edited();
    expect(correctionLog(imported, current, roster, { textOnly: true })).toEqual([]);
    current.blocks[3] = block('b4', 'turn 4 says other words. and more words here.', {
      speakerId: 's2',
      start: 30,
    });
    const log = correctionLog(imported, current, roster, { textOnly: true });
    expect(log.map((e) => [e.blockId, e.after, e.speakerChanges, e.speakerBefore])).toEqual([
      ['b4', 'turn 4 says other words. and more …', [], undefined],
    ]);
  });

  it('says who spoke a joined turn before, when it changes', () => {
    const current = edited();
    const joined = current.blocks.find((b) => b.id === 'b27')!;
    joined.speakerId = 's1';
    const log = correctionLog(imported, current, roster);
    expect(describeAll(log.filter((e) => e.blockId === 'b27'))).toEqual([
      [
        'b27',
        '(unassigned) → Maya Chen (host); turn 28 joined into the previous turn: (unassigned) → Maya Chen (host)',
      ],
    ]);
  });
});
