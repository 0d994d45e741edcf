import { z } from 'zod';
import { BOUNDARY_REASONS, GAP_STATUSES, ROLES } from '../transcript.ts';
import type { Transcript } from '../transcript.ts';
import type { Original } from './original.ts';

// The app runs under a Content-Security-Policy without 'unsafe-eval'. Zod
// decides whether to compile object parsers with `new Function` when a schema
// is constructed, so this must run before any schema below is built.
z.config({ jitless: true });

/// The value of `"format"` in every saved file.
export const FORMAT_NAME = 'caption-desk';
/// The format version this build writes and the newest it reads.
export const FORMAT_VERSION = 4;

/// Caps that keep a hostile or corrupt file from freezing the page. They are
/// far above any real programme: 24 hours of captions is about 3,600 turns
/// and a few dozen speakers.
export const LIMITS = {
  speakers: 10_000,
  blocks: 2_000_000,
  spansPerBlock: 100_000,
  spanText: 1_000_000,
  id: 100,
  name: 200,
  gapTag: 1_000,
  metaText: 1_000,
  /// Text of one turn of the original: a transcript imported without turn
  /// marks is one turn, and 24 hours of captions are about 750,000 characters.
  originalText: 10_000_000,
  /// Words in the case memory, each list.
  casingWords: 100_000,
} as const;

const id = () =>
  z
    .string()
    .min(1, { error: 'must not be empty' })
    .max(LIMITS.id, { error: `is longer than ${LIMITS.id} characters` });

const metaText = (description: string) =>
  z
    .string()
    .max(LIMITS.metaText, { error: `is longer than ${LIMITS.metaText.toLocaleString('en-US')} characters` })
    .exactOptional()
    .describe(description);

// Two days of minutes: a programme that starts before midnight may end after
// it, and an importer may count the end past 1440 rather than wrap it.
const clockMinutes = (description: string) =>
  z
    .number()
    .int({ error: 'must be a whole number of minutes after midnight' })
    .min(0, { error: 'must be a whole number of minutes after midnight' })
    .max(2 * 24 * 60 - 1, { error: 'must be less than two days of minutes (2879)' })
    .exactOptional()
    .describe(description);

const seconds = z.number({ error: 'must be a finite number of seconds' });

const boundaryMark = z.strictObject({
  turn: id().describe('Id of the turn on the far side of the line.'),
  reason: z
    .enum(BOUNDARY_REASONS)
    .describe('Found in the captions (sign-off, music, opening, end time) or user.'),
});

export const metaSchema = z
  .strictObject({
    title: metaText('Programme title.'),
    network: metaText('Network display name, e.g. "BBC News".'),
    channel: metaText('Channel code from an Archive identifier, e.g. "LINKTV".'),
    // A pattern, not a calendar check: an importer that reads "February 31"
    // from a page header must still produce a transcript that saves.
    date: z
      .string()
      .regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, {
        error: 'must be a date written YYYY-MM-DD',
      })
      .exactOptional()
      .describe('Broadcast date of the programme start, YYYY-MM-DD.'),
    startClock: clockMinutes('Wall-clock time of programme start, in minutes after midnight.'),
    endClock: clockMinutes('Wall-clock time of programme end, in minutes after midnight.'),
    timeZone: metaText('Time zone abbreviation as the source gives it, e.g. "PDT".'),
    source: metaText('Name of the file the transcript was imported from.'),
    media: z
      .strictObject({
        name: z
          .string()
          .max(LIMITS.metaText, {
            error: `is longer than ${LIMITS.metaText.toLocaleString('en-US')} characters`,
          })
          .describe('File name of the recording, as the user picked it; the file itself is never stored.'),
        offset: seconds.describe('Media time of programme start (media time = offset + block start).'),
      })
      .exactOptional()
      .describe('The local recording played beside the transcript.'),
    link: z
      .strictObject({
        address: z
          .string()
          .min(1, { error: 'must not be empty' })
          .max(LIMITS.metaText, {
            error: `is longer than ${LIMITS.metaText.toLocaleString('en-US')} characters`,
          })
          .describe(
            'TV News Archive page address (https://archive.org/details/<identifier>) or any address.',
          ),
        offset: seconds
          .exactOptional()
          .describe('Seconds into the source at which programme time 0 falls; absent is 0.'),
      })
      .exactOptional()
      .describe('Where the programme can be watched: clip links and sourced quotes are built from it.'),
    bounds: z
      .strictObject({
        start: boundaryMark.exactOptional().describe('The line before the programme’s first turn.'),
        end: boundaryMark.exactOptional().describe('The line before the first turn after the programme.'),
      })
      .exactOptional()
      .describe('Where the programme begins and ends on the page; absent until detected.'),
  })
  .describe('Programme metadata.');

export const speakerSchema = z
  .strictObject({
    id: id().describe('Stable id; blocks refer to speakers by it.'),
    name: z
      .string()
      .max(LIMITS.name, { error: `is longer than ${LIMITS.name} characters` })
      .describe('Display name.'),
    role: z.enum(ROLES).describe('What the speaker does in the programme.'),
    color: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, { error: 'must be a colour written #rrggbb' })
      .exactOptional()
      .describe('CSS colour #rrggbb; absent lets the app pick one.'),
    number: z
      .number()
      .int({ error: 'must be a whole number from 1 up' })
      .min(1, { error: 'must be a whole number from 1 up' })
      .max(LIMITS.speakers, { error: `must be at most ${LIMITS.speakers}` })
      .exactOptional()
      .describe('Shortcut number (Alt+1 … Alt+9) from 1; absent takes the next free number in order.'),
  })
  .describe('A speaker in the roster.');

export const gapSchema = z
  .strictObject({
    tag: z
      .string()
      .min(1, { error: 'must not be empty' })
      .max(LIMITS.gapTag, { error: `is longer than ${LIMITS.gapTag} characters` })
      .describe('The tag as it stood in the source, e.g. "[indiscernible]".'),
    status: z.enum(GAP_STATUSES),
  })
  .describe('Marks a run that is (or was) a gap such as [indiscernible].');

export const spanTimeSchema = z
  .strictObject({
    start: seconds.describe('Seconds from programme start.'),
    end: seconds.exactOptional().describe('Seconds from programme start, when the source gives one.'),
  })
  .describe('A time attached to the text of the span.');

export const spanSchema = z
  .strictObject({
    text: z
      .string()
      .min(1, { error: 'must not be empty' })
      .max(LIMITS.spanText, { error: `is longer than ${LIMITS.spanText.toLocaleString('en-US')} characters` })
      .describe('The text, verbatim; spans of a block are concatenated as they stand.'),
    gap: gapSchema.exactOptional(),
    sound: z.literal(true).exactOptional().describe('Set for non-speech: [laughter], music notes.'),
    time: spanTimeSchema.exactOptional(),
  })
  .describe('A run of text inside a block.');

export const blockSchema = z
  .strictObject({
    id: id().describe('Stable id of the turn.'),
    speakerId: id().nullable().describe('Id of a roster speaker, or null while nobody has said who speaks.'),
    start: seconds.nullable().describe('Seconds from programme start, or null when unknown.'),
    estimated: z.boolean().describe('True when start was interpolated rather than read from the source.'),
    story: z.literal(true).exactOptional().describe('Set when the source marked a new story (>>>) here.'),
    reviewed: z.literal(true).exactOptional().describe('Set once an editor marked the turn done.'),
    spans: z.array(spanSchema).max(LIMITS.spansPerBlock, {
      error: `has more than ${LIMITS.spansPerBlock.toLocaleString('en-US')} text runs`,
    }),
  })
  .describe('One turn: the unit a user assigns to a speaker.');

/// Reports every id a list uses a second time, then runs `each` on the
/// item (so that problems are listed item by item); returns where each id
/// is first used. Maps, not plain objects: ids are user data and may be
/// "__proto__".
function uniqueIds<T extends { id: string }>(
  items: readonly T[],
  key: 'speakers' | 'blocks',
  listName: string,
  ctx: z.RefinementCtx,
  each?: (item: T, index: number) => void,
): Map<string, number> {
  const firstAt = new Map<string, number>();
  items.forEach((item, i) => {
    const first = firstAt.get(item.id);
    if (first === undefined) firstAt.set(item.id, i);
    else
      ctx.addIssue({
        code: 'custom',
        path: [key, i, 'id'],
        message: `${JSON.stringify(item.id)} is used by ${listName}[${first}] too`,
      });
    each?.(item, i);
  });
  return firstAt;
}

/// Reports a turn whose speaker id is not in `speakerAt`.
function knownSpeaker(
  block: { speakerId: string | null },
  index: number,
  speakerAt: ReadonlyMap<string, number>,
  rosterName: string,
  ctx: z.RefinementCtx,
): void {
  if (block.speakerId !== null && !speakerAt.has(block.speakerId))
    ctx.addIssue({
      code: 'custom',
      path: ['blocks', index, 'speakerId'],
      message: `${JSON.stringify(block.speakerId)} is not in ${rosterName}`,
    });
}

const casingWord = z
  .string()
  .min(1, { error: 'must not be empty' })
  .max(LIMITS.name, { error: `is longer than ${LIMITS.name} characters` });

export const casingSchema = z
  .strictObject({
    words: z
      .array(casingWord)
      .max(LIMITS.casingWords, { error: `has more than ${LIMITS.casingWords.toLocaleString('en-US')} words` })
      .describe('Words as the user cased them by hand, one per lowercase spelling.'),
    skip: z
      .array(casingWord)
      .max(LIMITS.casingWords, { error: `has more than ${LIMITS.casingWords.toLocaleString('en-US')} words` })
      .describe('Lowercase words the capitalization fixer leaves alone.'),
  })
  .describe('What the capitalization fixer remembers for this transcript (version 3).');

export const transcriptSchema = z
  .strictObject({
    meta: metaSchema,
    speakers: z.array(speakerSchema).max(LIMITS.speakers, {
      error: `has more than ${LIMITS.speakers.toLocaleString('en-US')} speakers`,
    }),
    blocks: z.array(blockSchema).max(LIMITS.blocks, {
      error: `has more than ${LIMITS.blocks.toLocaleString('en-US')} turns`,
    }),
    casing: casingSchema.exactOptional(),
  })
  .superRefine((t, ctx) => {
    const speakerAt = uniqueIds(t.speakers, 'speakers', 'speakers', ctx);
    uniqueIds(t.blocks, 'blocks', 'blocks', ctx, (block, i) =>
      knownSpeaker(block, i, speakerAt, 'the speaker list', ctx),
    );
  })
  .describe('The transcript: programme metadata, speaker roster and turns.');

export const originalSpeakerSchema = z
  .strictObject({
    id: id().describe('Speaker id at import.'),
    name: z
      .string()
      .max(LIMITS.name, { error: `is longer than ${LIMITS.name} characters` })
      .describe('Speaker name at import.'),
  })
  .describe('A speaker of the roster as imported.');

export const originalBlockSchema = z
  .strictObject({
    id: id().describe('Id of the turn as imported.'),
    speakerId: id().nullable().describe('Speaker id at import, or null.'),
    start: seconds.nullable().describe('Seconds from programme start at import, or null when unknown.'),
    text: z
      .string()
      .max(LIMITS.originalText, {
        error: `is longer than ${LIMITS.originalText.toLocaleString('en-US')} characters`,
      })
      .describe('The text of the turn as imported, spans joined, gap tags as they stood.'),
  })
  .describe('One turn as imported.');

export const originalSchema = z
  .strictObject({
    speakers: z
      .array(originalSpeakerSchema)
      .max(LIMITS.speakers, {
        error: `has more than ${LIMITS.speakers.toLocaleString('en-US')} speakers`,
      })
      .exactOptional()
      .describe('The speaker roster as imported; absent when not recorded.'),
    blocks: z.array(originalBlockSchema).max(LIMITS.blocks, {
      error: `has more than ${LIMITS.blocks.toLocaleString('en-US')} turns`,
    }),
  })
  .superRefine((o, ctx) => {
    // Speaker ids of the original need not be in the current roster (a
    // speaker may have been merged away since), only in its own.
    const speakerAt = uniqueIds(o.speakers ?? [], 'speakers', 'original.speakers', ctx);
    uniqueIds(o.blocks, 'blocks', 'original.blocks', ctx, (block, i) => {
      if (o.speakers !== undefined) knownSpeaker(block, i, speakerAt, 'original.speakers', ctx);
    });
  })
  .describe(
    'The transcript as imported, kept for the correction log. Absent when the file was first ' +
      'saved without one (readers then treat the transcript as opened as the original).',
  );

export const documentSchema = z
  .strictObject({
    format: z.literal(FORMAT_NAME),
    version: z.literal(FORMAT_VERSION),
    savedAt: z.iso
      .datetime({ offset: true, error: 'must be a date and time such as 2024-05-01T09:30:00Z' })
      .exactOptional()
      .describe('When the file was saved (ISO 8601).'),
    transcript: transcriptSchema,
    original: originalSchema.exactOptional(),
  })
  .meta({
    title: 'Caption Desk transcript',
    description: 'A transcript saved by Caption Desk. See docs/file-format.md.',
  });

export type SavedDocument = z.output<typeof documentSchema>;

// Compile-time proof that the schema and the model agree in both directions:
// a field added to one and not the other breaks the build here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _schemaMatchesModel: Same<z.output<typeof transcriptSchema>, Transcript> = true;
void _schemaMatchesModel;
const _originalMatchesModel: Same<z.output<typeof originalSchema>, Original> = true;
void _originalMatchesModel;
