import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importArchive } from '../import/captions/archive.ts';
import type { Block, Speaker, Transcript } from '../transcript.ts';
import { suggestSpeakers, type Suggestions } from './index.ts';

function fixture(name: string): string {
  return readFileSync(new URL(`../../../tests/fixtures/suggest/${name}`, import.meta.url), 'utf8');
}

/// A transcript from `[speakerId | null, text]` turns; a text in brackets is
/// a sound span (`[laughter]`).
function transcript(speakers: Speaker[], turns: [string | null, string][], title?: string): Transcript {
  const blocks: Block[] = turns.map(([speakerId, text], i) => ({
    id: `b${i + 1}`,
    speakerId,
    start: i * 30,
    estimated: false,
    spans: [/^\[.*\]$/.test(text) ? { text, sound: true } : { text }],
  }));
  return { meta: title ? { title } : {}, speakers, blocks };
}

/// `blockId name confidence` per turn suggestion, names resolved.
function outline(t: Transcript, s: Suggestions): string[] {
  return s.turns.map((x) => {
    const name =
      'speakerId' in x.speaker
        ? t.speakers.find((p) => p.id === (x.speaker as { speakerId: string }).speakerId)!.name
        : s.candidates.find((c) => c.key === (x.speaker as { candidateKey: string }).candidateKey)!.name;
    return `${x.blockId} ${name} ${x.confidence}`;
  });
}

/// What must hold for any transcript.
function expectConsistent(t: Transcript, s: Suggestions): void {
  const blocks = new Map(t.blocks.map((b) => [b.id, b]));
  const speakerIds = new Set(t.speakers.map((p) => p.id));
  const keys = new Set(s.candidates.map((c) => c.key));
  expect(keys.size).toBe(s.candidates.length);
  expect(new Set(s.turns.map((x) => x.blockId)).size).toBe(s.turns.length);
  for (const x of s.turns) {
    expect(blocks.get(x.blockId)?.speakerId).toBeNull();
    if ('speakerId' in x.speaker) expect(speakerIds.has(x.speaker.speakerId)).toBe(true);
    else expect(keys.has(x.speaker.candidateKey)).toBe(true);
    expect(x.reason.length).toBeGreaterThan(0);
  }
  const rosterNames = new Set(t.speakers.map((p) => p.name.toLowerCase()));
  for (const c of s.candidates) {
    expect(rosterNames.has(c.name.toLowerCase())).toBe(false);
    expect(blocks.has(c.evidence.blockId)).toBe(true);
  }
  for (const r of s.roles) expect(speakerIds.has(r.speakerId)).toBe(true);
}

describe('suggestSpeakers on a whole programme', () => {
  const t = importArchive(fixture('counterpoint.txt'));
  const s = suggestSpeakers(t);

  it('finds the guests, the host and the reporter the captions name', () => {
    expect(t.speakers.map((p) => `${p.name} ${p.role}`)).toEqual(['Maria host']);
    expect(s.candidates.map((c) => [c.name, c.role, c.affiliation, c.location])).toEqual([
      ['Daniel Okafor', 'reporter', undefined, undefined],
      ['Ruth Abernathy', 'guest', 'mayor of port ellery', 'port ellery'],
      ['Tomas Lindqvist', 'guest', 'senior analyst at the world flood institute', 'geneva'],
      ['Priya Raman', 'guest', 'professor of hydrology at the university of calder', undefined],
    ]);
  });

  it('suggests speakers for unassigned turns, and none for the clips of other voices', () => {
    expect(outline(t, s)).toEqual([
      'b1 Maria high', // i'm maria keller and this is counterpoint
      'b2 Maria medium', // hello and welcome to the programme
      'b4 Daniel Okafor medium', // after "but first this report", signed off in b8
      // b5 (a resident), b6 (the reporter again) and b7 (an official): nothing
      'b8 Daniel Okafor high', // for counterpoint, i am daniel okafor in port ellery
      'b10 Ruth Abernathy high', // ruth, how bad is it on the ground tonight?
      'b11 Maria medium', // tomas, is this a warning ...? (the host, unprefixed)
      'b12 Tomas Lindqvist medium',
      'b13 Maria medium', // priya, do you agree with that?
      'b14 Priya Raman medium',
      'b16 Priya Raman medium', // after "why do you say that?"
      'b18 Tomas Lindqvist high', // in geneva, what are the insurers telling you?
      'b19 Maria medium', // let's go back to ruth for a moment
      'b20 Ruth Abernathy medium',
    ]);
    expectConsistent(t, s);
  });

  it('gives reasons that quote the captions', () => {
    const byBlock = new Map(s.turns.map((x) => [x.blockId, x.reason]));
    expect(byBlock.get('b10')).toBe(
      'Addressed by name in the previous turn: "ruth, how bad is it on the ground tonight"',
    );
    expect(byBlock.get('b18')).toBe(
      'Addressed by place in the previous turn: "in geneva, what are the insurers telling you"',
    );
    expect(byBlock.get('b4')).toMatch(/^Follows a throw to a report: ".*but first this report"$/);
    expect(byBlock.get('b16')).toBe('Short follow-up to the previous answer: "why do you say that"');
  });

  it('is deterministic and leaves the transcript alone', () => {
    const before = JSON.stringify(t);
    expect(suggestSpeakers(t)).toEqual(s);
    expect(JSON.stringify(t)).toBe(before);
  });
});

const host: Speaker = { id: 's1', name: 'Maria', role: 'host' };

describe('suggestSpeakers rules', () => {
  it('never suggests for an assigned turn', () => {
    const t = transcript(
      [host, { id: 's2', name: 'Ruth Abernathy', role: 'guest' }],
      [
        ['s1', 'ruth, how bad is it?'],
        ['s2', 'very bad.'],
        ['s1', 'thank you, ruth.'],
      ],
    );
    const s = suggestSpeakers(t);
    expect(s.turns).toEqual([]);
    expect(s.candidates).toEqual([]);
  });

  it('points at roster speakers for people the roster has', () => {
    const t = transcript(
      [host, { id: 's2', name: 'Ruth Abernathy', role: 'other' }],
      [
        ['s1', 'joining us is ruth abernathy, mayor of port ellery. ruth, how bad is it?'],
        [null, 'very bad.'],
        ['s2', 'and getting worse.'],
      ],
    );
    const s = suggestSpeakers(t);
    expect(s.candidates).toEqual([]);
    expect(s.turns).toEqual([
      {
        blockId: 'b2',
        speaker: { speakerId: 's2' },
        reason: 'Addressed by name in the previous turn: "ruth, how bad is it"',
        confidence: 'high',
      },
    ]);
    expect(s.roles).toEqual([
      { speakerId: 's2', role: 'guest', reason: 'Introduced as mayor of port ellery' },
    ]);
  });

  it('suggests the host role for a roster speaker who introduces the guests', () => {
    const t = transcript(
      [
        { id: 's1', name: 'Tomas', role: 'host' },
        { id: 's2', name: 'Maria', role: 'other' },
      ],
      [
        ['s2', 'our guests: tomas lindqvist, senior analyst at the world flood institute. tomas, welcome.'],
        ['s1', 'thank you.'],
        ['s1', 'and again.'],
      ],
    );
    expect(suggestSpeakers(t).roles).toEqual([
      {
        speakerId: 's2',
        role: 'host',
        reason:
          'Introduces the guests, as a host does: "our guests: tomas lindqvist, senior analyst at the world flood institute"',
      },
    ]);
  });

  it('makes a generic Host or Reporter candidate when the captions name only the role', () => {
    const t = transcript(
      [],
      [
        [null, 'hello and welcome to the programme. the floods are rising. but first this report.'],
        [null, 'the water came in the night.'],
        [null, 'we lost everything.'],
      ],
    );
    const s = suggestSpeakers(t);
    expect(s.candidates.map((c) => [c.key, c.name, c.role])).toEqual([
      ['role:host', 'Host', 'host'],
      ['role:reporter', 'Reporter', 'reporter'],
    ]);
    expect(outline(t, s)).toEqual(['b1 Host medium', 'b2 Reporter medium']);
  });

  it('uses the roster reporter for an unnamed package', () => {
    const t = transcript(
      [host, { id: 's2', name: 'Reporter', role: 'reporter' }],
      [
        ['s1', 'but first this report.'],
        [null, 'the water came in the night.'],
        ['s2', 'by morning the town was gone.'],
      ],
    );
    expect(outline(t, suggestSpeakers(t))).toEqual(['b2 Reporter medium']);
  });

  it('announces a named reporter for the next turn', () => {
    const t = transcript(
      [host],
      [
        ['s1', 'the town is counting the cost. daniel okafor reports.'],
        [null, 'the water came in the night.'],
      ],
    );
    const s = suggestSpeakers(t);
    expect(outline(t, s)).toEqual(['b2 Daniel Okafor high']);
    expect(s.turns[0]!.reason).toBe('Announced at the end of the previous turn: "daniel okafor reports"');
  });

  it('gives a thanked person the previous turn', () => {
    const t = transcript(
      [host],
      [
        ['s1', 'daniel okafor reports.'],
        [null, 'the water came in the night.'],
        [null, 'by morning the town was gone.'],
        ['s1', 'thank you, daniel. now to the markets.'],
      ],
    );
    expect(outline(t, suggestSpeakers(t))).toEqual(['b2 Daniel Okafor high', 'b3 Daniel Okafor medium']);
  });

  it('does not read hand-overs in a guest’s turn', () => {
    const t = transcript(
      [
        host,
        { id: 's2', name: 'Ruth Abernathy', role: 'guest' },
        { id: 's3', name: 'Tomas Lindqvist', role: 'guest' },
      ],
      [
        ['s2', 'tomas, you know that is not true, do you not?'],
        [null, 'i do not.'],
      ],
    );
    expect(suggestSpeakers(t).turns).toEqual([]);
  });

  it('steps over sound-only turns', () => {
    const t = transcript(
      [host, { id: 's2', name: 'Ruth Abernathy', role: 'guest' }],
      [
        ['s1', 'ruth, how bad is it?'],
        [null, '[laughter]'],
        [null, 'very bad.'],
      ],
    );
    expect(outline(t, suggestSpeakers(t))).toEqual(['b3 Ruth Abernathy high']);
  });

  it('copes with an empty transcript and blocks without text', () => {
    expect(suggestSpeakers({ meta: {}, speakers: [], blocks: [] })).toEqual({
      candidates: [],
      turns: [],
      roles: [],
    });
    const t = transcript([], [[null, '']]);
    expect(suggestSpeakers(t)).toEqual({ candidates: [], turns: [], roles: [] });
  });
});

describe('suggestSpeakers on any mix of caption phrases', () => {
  // Phrases that fire rules, and traps, in caption style.
  const phrases = [
    "i'm maria keller and this is counterpoint.",
    'hello and welcome to the programme.',
    'but first this report.',
    'daniel okafor reports.',
    'for counterpoint, i am daniel okafor in port ellery.',
    'in port ellery, ruth abernathy, mayor of port ellery.',
    'joining us from geneva is tomas lindqvist, senior analyst at the world flood institute.',
    'ruth, how bad is it?',
    'in geneva, what are insurers saying?',
    "let's go back to ruth.",
    'thank you, daniel.',
    'ruth abernathy, thank you.',
    'why do you say that?',
    'as ruth said, the shelters are full.',
    'i am honored to be here.',
    'this is a disaster.',
    'the new york times reports that insurers are leaving.',
    'maria, what do you think?',
    '[laughter]',
    '',
    'we lost everything.',
  ];
  const roster: Speaker[] = [
    { id: 's1', name: 'Maria', role: 'host' },
    { id: 's2', name: 'Ruth Abernathy', role: 'other' },
    { id: 's3', name: 'Reporter', role: 'reporter' },
  ];
  const arbTurn = fc.tuple(
    fc.constantFrom(null, null, null, 's1', 's2', 's3'),
    fc.array(fc.constantFrom(...phrases), { maxLength: 3 }).map((xs) => xs.join(' ')),
  );

  it('keeps every suggestion consistent and deterministic', () => {
    fc.assert(
      fc.property(fc.array(arbTurn, { maxLength: 12 }), (turns) => {
        const t = transcript(roster, turns);
        const s = suggestSpeakers(t);
        expectConsistent(t, s);
        expect(suggestSpeakers(t)).toEqual(s);
      }),
      { numRuns: 300 },
    );
  });
});

describe('suggestSpeakers on long transcripts', () => {
  // A panel show in caption style, repeated to a day of captions.
  const hour: [string | null, string][] = [
    [null, "the river is rising. i'm maria keller and this is counterpoint."],
    ['s1', 'we will put that to our guests in a moment, but first this report.'],
    [null, 'the water came in the night. by morning the lower town was gone, and the shops with it.'],
    [null, 'we lost everything. the house, the car, the shop.'],
    [null, 'the money has not arrived. for counterpoint, i am daniel okafor in port ellery.'],
    [
      's1',
      "thank you, daniel. let's bring in our guests now. in port ellery, ruth abernathy, mayor of port ellery. " +
        'in geneva, tomas lindqvist, senior analyst at the world flood institute. welcome to you both. ' +
        'ruth, how bad is it on the ground tonight?',
    ],
    [
      null,
      'it is very bad. we have about four thousand people in shelters and the water is still rising. '.repeat(
        6,
      ),
    ],
    ['s1', 'in geneva, what are the insurers telling you?'],
    [
      null,
      'they are telling us the valley is uninsurable at current prices, and they are leaving. '.repeat(6),
    ],
    ['s1', 'why do you say that?'],
    [
      null,
      'because the rainfall records show it, year after year, and the models agree with them. '.repeat(6),
    ],
  ];
  const turns: [string | null, string][] = [];
  let words = 0;
  while (words < 130_000) {
    for (const turn of hour) {
      turns.push(turn);
      words += turn[1].split(' ').length;
    }
  }
  const t = transcript([host], turns);

  // Speed is the benchmark's business (npm run bench), not a unit test's: a
  // bound on wall time passes or fails with the machine's load. This checks
  // the answer at a day's length; the test's own timeout catches a blow-up.
  it('answers for a day of captions', () => {
    const s = suggestSpeakers(t);
    expectConsistent(t, s);
    expect(s.candidates.map((c) => c.name)).toEqual(['Daniel Okafor', 'Ruth Abernathy', 'Tomas Lindqvist']);
  });
});
