import { describe, expect, it } from 'vitest';
import type { OriginalBlock } from '../format/original.ts';
import type { Block, Speaker, Transcript } from '../transcript.ts';
import { correctionLog } from './log.ts';

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
        before: '',
        after: '',
        changes: [],
        gaps: [{ tag: '[indiscernible]', status: 'unresolvable', text: '[indiscernible]' }],
      },
    ]);
  });

  it('reports a reassigned speaker, but not a first assignment unless asked', () => {
    const blocks = unedited();
    blocks[0] = { ...blocks[0]!, speakerId: 's2' };
    blocks[1] = { ...blocks[1]!, speakerId: 's1' };
    blocks[2] = withGap(blocks[2]!, '[indiscernible]', 'open');
    expect(
      correctionLog(original, transcript(blocks)).map((e) => [e.blockId, e.speakerBefore, e.speaker]),
    ).toEqual([['b1', 'Sami', 'Jenny Town']]);
    expect(
      correctionLog(original, transcript(blocks), undefined, { assignments: true }).map((e) => [
        e.blockId,
        e.speakerBefore,
        e.speaker,
      ]),
    ).toEqual([
      ['b1', 'Sami', 'Jenny Town'],
      ['b2', null, 'Sami'],
    ]);
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

  it('a split is not a change; a new block takes its speaker from the turn its words came from', () => {
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
    expect(correctionLog(original, transcript(blocks))).toEqual([]);

    blocks[1] = { ...blocks[1]!, speakerId: 's2' };
    expect(correctionLog(original, transcript(blocks))).toEqual([
      {
        blockId: 'b_new',
        time: 5,
        estimated: true,
        speaker: 'Jenny Town',
        speakerBefore: 'Sami',
        before: '',
        after: '',
        changes: [],
        gaps: [],
      },
    ]);
  });

  it('a merge is not a change, and an edit across the old boundary lands in the merged block', () => {
    const blocks = unedited();
    blocks.splice(
      0,
      2,
      block('b1', `${original[0]!.text} ${original[1]!.text}`, { speakerId: 's1', start: 0 }),
    );
    blocks[1] = withGap(blocks[1]!, '[indiscernible]', 'open');
    expect(correctionLog(original, transcript(blocks))).toEqual([]);

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
