import fc from 'fast-check';
import { GAP_STATUSES, ROLES } from '../../src/core/transcript.ts';
import type {
  Block,
  Gap,
  ProgrammeMeta,
  Span,
  SpanTime,
  Speaker,
  Transcript,
} from '../../src/core/transcript.ts';

/// fast-check generators of valid transcripts: every value satisfies the
/// saved-file rules (unique ids, known speakers, non-empty span text), so a
/// property test can assume it opens. Optional fields are absent, never
/// `undefined`, as exactOptionalPropertyTypes and the file format want, and
/// objects have the ordinary prototype, as the app's objects do.

/// Text with the characters that break naive writers: quotes, backslashes,
/// line breaks, U+2028, NUL, emoji, lone surrogates, HTML.
const awkward = fc.constantFrom(
  '"',
  '\\',
  '\n',
  '\r\n',
  '\u2028',
  '\u0000',
  '😀',
  '\uD800',
  '<b>',
  '&amp;',
  '__proto__',
  '>>',
  '[indiscernible]',
  '♪',
);

export const arbText = (maxLength = 40): fc.Arbitrary<string> =>
  fc.string({
    unit: fc.oneof(
      { weight: 1, arbitrary: awkward },
      { weight: 6, arbitrary: fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }) },
    ),
    maxLength,
  });

export const arbNonEmptyText = (maxLength = 40): fc.Arbitrary<string> =>
  fc.string({
    unit: fc.oneof(
      { weight: 1, arbitrary: awkward },
      { weight: 6, arbitrary: fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }) },
    ),
    minLength: 1,
    maxLength,
  });

/// Any finite number, with -0 read as 0: JSON has no negative zero.
export const arbSeconds: fc.Arbitrary<number> = fc
  .oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 86_400 }))
  .map((n) => (Object.is(n, -0) ? 0 : n));

export const arbId: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty'),
  fc.string({ minLength: 1, maxLength: 12 }),
);

const arbDate: fc.Arbitrary<string> = fc
  .date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const arbClock = fc.integer({ min: 0, max: 2879 });

export const arbMeta: fc.Arbitrary<ProgrammeMeta> = fc.record(
  {
    title: arbText(),
    network: arbText(),
    channel: arbText(10),
    date: arbDate,
    startClock: arbClock,
    endClock: arbClock,
    timeZone: fc.constantFrom('PDT', 'EST', 'BST', ''),
    source: arbText(),
  },
  { requiredKeys: [], noNullPrototype: true },
);

export const arbGap: fc.Arbitrary<Gap> = fc.record(
  {
    tag: fc.oneof(fc.constantFrom('[indiscernible]', '[ inaudible ]', '[crosstalk]'), arbNonEmptyText(20)),
    status: fc.constantFrom(...GAP_STATUSES),
  },
  { noNullPrototype: true },
);

export const arbSpanTime: fc.Arbitrary<SpanTime> = fc.record(
  { start: arbSeconds, end: arbSeconds },
  { requiredKeys: ['start'], noNullPrototype: true },
);

export const arbSpan: fc.Arbitrary<Span> = fc.record(
  { text: arbNonEmptyText(), gap: arbGap, sound: fc.constant(true as const), time: arbSpanTime },
  { requiredKeys: ['text'], noNullPrototype: true },
);

const arbColor = fc
  .integer({ min: 0, max: 0xffffff })
  .chain((n) =>
    fc.constantFrom(
      `#${n.toString(16).padStart(6, '0')}`,
      `#${n.toString(16).padStart(6, '0').toUpperCase()}`,
    ),
  );

/// Speakers with distinct ids.
export const arbSpeakers: fc.Arbitrary<Speaker[]> = fc.uniqueArray(
  fc.record(
    { id: arbId, name: arbText(30), role: fc.constantFrom(...ROLES), color: arbColor },
    { requiredKeys: ['id', 'name', 'role'], noNullPrototype: true },
  ),
  { selector: (s) => s.id, maxLength: 6 },
);

/// A block for a roster whose ids are `speakerIds` (any of them, or null).
export function arbBlock(speakerIds: readonly string[]): fc.Arbitrary<Omit<Block, 'id'>> {
  const speakerId =
    speakerIds.length === 0 ? fc.constant(null) : fc.option(fc.constantFrom(...speakerIds), { nil: null });
  return fc.record(
    {
      speakerId,
      start: fc.option(arbSeconds, { nil: null }),
      estimated: fc.boolean(),
      story: fc.constant(true as const),
      reviewed: fc.constant(true as const),
      spans: fc.array(arbSpan, { maxLength: 5 }),
    },
    { requiredKeys: ['speakerId', 'start', 'estimated', 'spans'], noNullPrototype: true },
  );
}

export const arbTranscript: fc.Arbitrary<Transcript> = fc
  .tuple(arbMeta, arbSpeakers)
  .chain(([meta, speakers]) =>
    fc
      .uniqueArray(fc.tuple(arbId, arbBlock(speakers.map((s) => s.id))), {
        selector: ([id]) => id,
        maxLength: 12,
      })
      .map((pairs): Transcript => ({
        meta,
        speakers,
        // Spread so that `id` comes first, as a hand-written block would.
        blocks: pairs.map(([id, block]) => ({ id, ...block })),
      })),
  );

// --- transcripts our exports can carry back -----------------------------------

/// Names as editors type them: lower case, digits, punctuation, other
/// scripts. Not written in capitals only, not a machine label (`Speaker 1`),
/// not a role word, without `:` `,` `"` `>>` (see `arbExportedTranscript`).
export const ODD_NAMES = [
  'US official',
  'José Núñez',
  '李明',
  "O'Brien-Smith 2",
  'maya',
  'Dr. Ames',
  'kate van doore',
  'Zoë 3',
  'Ηλίας Παππάς',
  'Jean-Pierre',
  'مريم',
  'ann lee',
] as const;

const NAME_WORDS = [
  'ann',
  'Lee',
  'José',
  'núñez',
  '李',
  'O’Neil',
  'x-ray',
  'Bo',
  '7',
  'st.',
  'Mary-Jo',
  'Ōta',
];

/// A speaker name: one of `ODD_NAMES`, or one to three words of odd ones.
export const arbOddName: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...ODD_NAMES),
  fc
    .array(fc.constantFrom(...NAME_WORDS), { minLength: 1, maxLength: 3 })
    .map((words) => words.join(' '))
    // A lone number is a machine label (`7`), a lone `st.` is no name.
    .filter((name) => /\p{L}{2}/u.test(name)),
);

/// Words of caption text with the punctuation and scripts of real speech.
const TEXT_WORDS = [
  'the',
  'river',
  'well,',
  'yes.',
  'what?',
  "o'clock",
  '10%',
  'café',
  '東京',
  'naïve',
  'x-ray',
  'said',
  'and',
  'Maya',
  'ok!',
  '(laughter)',
  '[indiscernible]',
  '1.5',
  '&',
  'a<b',
] as const;

const arbTurnText = fc
  .array(fc.constantFrom(...TEXT_WORDS), { minLength: 1, maxLength: 14 })
  .map((words) => words.join(' '));

/// A transcript that every export writes in full: speakers with odd names
/// (distinct, also ignoring case), turns with text, starts in order (some
/// missing, some estimated), story breaks, a title and a source file.
export const arbExportedTranscript: fc.Arbitrary<Transcript> = fc
  .record({
    names: fc.uniqueArray(arbOddName, { minLength: 1, maxLength: 5, selector: (n) => n.toLowerCase() }),
    roles: fc.array(fc.constantFrom(...ROLES), { minLength: 5, maxLength: 5 }),
    title: fc.option(fc.constantFrom('Night Desk', 'Le Journal', 'ニュース'), { nil: undefined }),
    startClock: fc.option(fc.integer({ min: 0, max: 1439 }), { nil: undefined }),
    turns: fc.array(
      fc.record({
        speaker: fc.nat(5),
        text: arbTurnText,
        // Milliseconds since the turn before.
        after: fc.integer({ min: 1000, max: 400_000 }),
        timed: fc.boolean(),
        estimated: fc.boolean(),
        story: fc.boolean(),
      }),
      { minLength: 1, maxLength: 10 },
    ),
  })
  .map(({ names, roles, title, startClock, turns }): Transcript => {
    const speakers: Speaker[] = names.map((name, i) => ({ id: `s${i + 1}`, name, role: roles[i]! }));
    let ms = 0;
    const blocks = turns.map((turn, i): Block => {
      ms += turn.after;
      const block: Block = {
        id: `b${i + 1}`,
        // One in six turns nobody was assigned to.
        speakerId: turn.speaker < speakers.length ? speakers[turn.speaker]!.id : null,
        start: turn.timed ? ms / 1000 : null,
        estimated: turn.timed && turn.estimated,
        spans: [{ text: turn.text }],
      };
      if (turn.story) block.story = true;
      return block;
    });
    const meta: ProgrammeMeta = { source: 'show.txt' };
    if (title !== undefined) meta.title = title;
    if (startClock !== undefined) meta.startClock = startClock;
    return { meta, speakers, blocks };
  });
