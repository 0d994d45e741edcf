import {
  PLAIN_META_KEYS,
  type Block,
  type ProgrammeMeta,
  type Span,
  type Speaker,
  type Transcript,
} from '../transcript.ts';
import { findJsonSyntaxError } from './jsonSyntax.ts';
import type { Original, OriginalBlock, OriginalSpeaker } from './original.ts';
import { describeProblems, problemWords } from './problems.ts';
import { FORMAT_NAME, FORMAT_VERSION, documentSchema, transcriptSchema } from './schema.ts';

/// `original` is the transcript as imported, when the file has one (format
/// version 2 and later, and only when the writer recorded it). When it is
/// absent, callers take the transcript as opened to be the original.
export type ParseResult =
  { ok: true; transcript: Transcript; original?: Original } | { ok: false; message: string };

export interface SerializeOptions {
  /// ISO 8601 time written as `savedAt`.
  savedAt?: string;
  /// Skip the validity check (see `serializeDocument`).
  trusted?: boolean;
  /// The transcript as imported, written after the transcript. Keep the
  /// same object between saves: its text is printed once.
  original?: Original;
}

/// Thrown by `serializeDocument` when the transcript in memory would not open
/// again. That is a bug upstream; writing the file anyway would hand the user
/// a save they cannot reopen (and JSON would quietly turn NaN into null).
export class UnsaveableTranscriptError extends Error {
  override name = 'UnsaveableTranscriptError';
}

/// The saved file for `t`: 2-space indented JSON with keys in a fixed order
/// and a trailing newline, so that save, reopen and save again give the same
/// bytes. Speakers and spans take one line each: a word-timed transcript has
/// a span per word, and one line per span keeps the file about half the
/// size of fully expanded JSON and its diffs readable.
///
/// Throws `UnsaveableTranscriptError` when `t` breaks the format's rules.
/// `trusted` skips that check for the editor's background copy, written
/// every few seconds while the user types: the check walks every field and
/// costs far more than the writing, which reuses the text of unchanged blocks.
export function serializeDocument(t: Transcript, options: SerializeOptions = {}): string {
  const checked = options.trusted
    ? { success: true as const }
    : documentSchema.safeParse(
        {
          format: FORMAT_NAME,
          version: FORMAT_VERSION,
          ...(options.savedAt === undefined ? {} : { savedAt: options.savedAt }),
          transcript: t,
          ...(options.original === undefined ? {} : { original: options.original }),
        },
        { error: problemWords },
      );
  if (!checked.success) {
    throw new UnsaveableTranscriptError(
      describeProblems(
        checked.error.issues,
        'This transcript cannot be saved',
        'This transcript is too large to save',
      ),
    );
  }

  const out: string[] = [];
  out.push('{\n');
  out.push(`  "format": ${JSON.stringify(FORMAT_NAME)},\n`);
  out.push(`  "version": ${FORMAT_VERSION},\n`);
  if (options.savedAt !== undefined) out.push(`  "savedAt": ${JSON.stringify(options.savedAt)},\n`);
  out.push('  "transcript": {\n');
  out.push(`    "meta": ${multiline(canonicalMeta(t.meta), '    ')},\n`);
  out.push(
    `    "speakers": ${list(
      t.speakers.map((s) => inline(canonicalSpeaker(s))),
      '    ',
    )},\n`,
  );
  out.push('    "blocks": ');
  if (t.blocks.length === 0) out.push(t.casing === undefined ? '[]\n' : '[],\n');
  else {
    out.push('[\n');
    t.blocks.forEach((block, i) => {
      out.push(printBlockCached(block));
      out.push(i < t.blocks.length - 1 ? ',\n' : '\n');
    });
    out.push(t.casing === undefined ? '    ]\n' : '    ],\n');
  }
  if (t.casing !== undefined) {
    out.push(
      `    "casing": { "words": ${JSON.stringify(t.casing.words)}, "skip": ${JSON.stringify(t.casing.skip)} }\n`,
    );
  }
  if (options.original === undefined) out.push('  }\n');
  else {
    out.push('  },\n');
    out.push(printOriginalCached(options.original));
  }
  out.push('}\n');
  return out.join('');
}

/// Reads a saved file. Never throws: every failure is a message for the user.
export function parseDocument(text: string): ParseResult {
  // Editors on Windows like to add a BOM; it is not part of the JSON.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return { ok: false, message: notJsonMessage(body) };
  }
  return readDocumentValue(value);
}

/// The second half of `parseDocument`, for callers that already ran
/// `JSON.parse` (content sniffing) and should not pay for it twice.
export function readDocumentValue(value: unknown): ParseResult {
  try {
    return readChecked(value);
  } catch (error) {
    // Validation should never throw; if it does, the user still gets words.
    return { ok: false, message: `Caption Desk could not read this file (${errorText(error)}).` };
  }
}

/// Whether `t` satisfies the saved-file rules (ids unique, speakers known,
/// limits). Importers' output goes through this so that whatever opens can
/// also be saved and reopened.
/// `damaged` leads the message when a rule is broken.
export function checkTranscript(t: unknown, damaged = 'The transcript is damaged'): ParseResult {
  const checked = transcriptSchema.safeParse(t, { error: problemWords });
  if (checked.success) return { ok: true, transcript: checked.data };
  return {
    ok: false,
    message: describeProblems(
      checked.error.issues.map((issue) => ({ ...issue, path: ['transcript', ...issue.path] })),
      damaged,
      'This transcript is larger than Caption Desk can open',
    ),
  };
}

function readChecked(value: unknown): ParseResult {
  if (!isPlainObject(value) || value['format'] !== FORMAT_NAME) {
    return {
      ok: false,
      message: `This JSON file is not a Caption Desk transcript (missing "format": "${FORMAT_NAME}").`,
    };
  }
  const version = value['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      message:
        version === undefined
          ? 'The transcript is damaged: the file has no "version".'
          : `The transcript is damaged: "version" must be a whole number from 1 up, not ${JSON.stringify(version) ?? String(version)}.`,
    };
  }
  if (version > FORMAT_VERSION) {
    return {
      ok: false,
      message:
        `This transcript was saved by a newer version of Caption Desk (format version ${version}); ` +
        `this version reads version ${FORMAT_VERSION}. Update the app to open it.`,
    };
  }
  // Version 1 had no "original"; one in a version 1 file is an unknown
  // field there, and must not slip through the migration as valid.
  if (version === 1 && Object.hasOwn(value, 'original')) {
    return { ok: false, message: 'The transcript is damaged: the file has an unknown field "original".' };
  }
  // Likewise "casing" (version 3) in an older file.
  const transcript = value['transcript'];
  if (version < 3 && isPlainObject(transcript) && Object.hasOwn(transcript, 'casing')) {
    return {
      ok: false,
      message: 'The transcript is damaged: the file has an unknown field "transcript.casing".',
    };
  }
  // And "link" and "bounds" (version 4) in an older file's meta.
  const meta = isPlainObject(transcript) ? transcript['meta'] : undefined;
  for (const key of ['link', 'bounds']) {
    if (version < 4 && isPlainObject(meta) && Object.hasOwn(meta, key)) {
      return {
        ok: false,
        message: `The transcript is damaged: the file has an unknown field "transcript.meta.${key}".`,
      };
    }
  }
  const migrated = migrate(value, version);
  const checked = documentSchema.safeParse(migrated, { error: problemWords });
  if (checked.success) {
    const { transcript, original } = checked.data;
    return original === undefined ? { ok: true, transcript } : { ok: true, transcript, original };
  }
  return {
    ok: false,
    message: describeProblems(
      checked.error.issues,
      'The transcript is damaged',
      'This transcript is larger than Caption Desk can open',
    ),
  };
}

/// Older files are brought up to the current version before validation, one
/// version step at a time: the step for version `v` takes a file of version
/// `v` and returns one of version `v + 1` (the `version` field is set by
/// `migrate`). Each released version keeps a fixture file and a test
/// (tests/fixtures/format/ and document.test.ts).
const MIGRATIONS: ReadonlyMap<number, (doc: Record<string, unknown>) => Record<string, unknown>> = new Map([
  // 1 -> 2: version 2 adds the optional "original" (the transcript as
  // imported). A version 1 file has none, and none is invented: readers take
  // the transcript as opened to be the original (docs/file-format.md).
  [1, (doc) => doc],
  // 2 -> 3: version 3 adds the optional "casing" in the transcript (what the
  // capitalization fixer remembers) and a speaker's optional "number" (its
  // shortcut, kept when another speaker leaves the roster). A version 2 file
  // has neither: its speakers are numbered in roster order, as they were.
  [2, (doc) => doc],
  // 3 -> 4: version 4 adds the optional "link" (the programme's source
  // address, for clip links) and "bounds" (where the programme begins and
  // ends) in the meta. A version 3 file has neither: its boundaries are
  // detected when it opens, as for a new transcript.
  [3, (doc) => doc],
]);

function migrate(doc: Record<string, unknown>, version: number): Record<string, unknown> {
  let current = doc;
  for (let v = version; v < FORMAT_VERSION; v++) {
    const step = MIGRATIONS.get(v);
    if (!step) throw new Error(`no migration from format version ${v}`);
    // A copy, never the caller's object; JSON.parse gives own data
    // properties only, so the spread copies "__proto__" as a plain key.
    current = { ...step(current), version: v + 1 };
  }
  return current;
}

/// True when text that is not valid JSON still declares itself ours: our
/// files start with `"format": "caption-desk"`, so a damaged one usually
/// still does.
export function declaresOwnFormat(text: string): boolean {
  return new RegExp(`^\\s*\\{\\s*"format"\\s*:\\s*"${FORMAT_NAME}"`).test(text.slice(0, 200));
}

/// What is wrong with our file when it is not valid JSON: that it is ours,
/// damaged, and where it breaks.
export function damagedDocumentMessage(text: string): string {
  const found = findJsonSyntaxError(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const lead = 'This Caption Desk file is damaged and cannot be read';
  return found ? `${lead}: ${found.problem} at line ${found.line}, column ${found.column}.` : `${lead}.`;
}

function notJsonMessage(text: string): string {
  if (text.trim() === '') return 'This file is empty.';
  const found = findJsonSyntaxError(text);
  if (!found) return 'This file is not JSON.';
  return `This file is not JSON (${found.problem} at line ${found.line}, column ${found.column}).`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// --- printing -------------------------------------------------------------
// Each canonical* function lists the keys in the order they are written.
// Absent optional fields are left out, never written as null.

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function canonicalMeta(m: ProgrammeMeta): Record<string, Json> {
  const out = pick(m, PLAIN_META_KEYS);
  if (m.media) out['media'] = { name: m.media.name, offset: m.media.offset };
  if (m.link) out['link'] = pick(m.link, ['address', 'offset']);
  if (m.bounds) {
    const bounds: Record<string, Json> = {};
    for (const side of ['start', 'end'] as const) {
      const mark = m.bounds[side];
      if (mark) bounds[side] = { turn: mark.turn, reason: mark.reason };
    }
    out['bounds'] = bounds;
  }
  return out;
}

function canonicalSpeaker(s: Speaker): Record<string, Json> {
  return pick(s, ['id', 'name', 'role', 'color', 'number']);
}

/// One span on one line, keys in the order they are written; by hand
/// rather than through `inline`, as a day of word-timed speech has 130,000.
function printSpan(s: Span): string {
  let text = `{ "text": ${JSON.stringify(s.text)}`;
  if (s.gap)
    text += `, "gap": { "tag": ${JSON.stringify(s.gap.tag)}, "status": ${JSON.stringify(s.gap.status)} }`;
  if (s.sound) text += ', "sound": true';
  if (s.time) {
    text += `, "time": { "start": ${JSON.stringify(s.time.start)}`;
    if (s.time.end !== undefined) text += `, "end": ${JSON.stringify(s.time.end)}`;
    text += ' }';
  }
  return `${text} }`;
}

// Blocks are immutable once built, and the editor hands back the same
// object for a block that did not change: its text is printed once.
const printed = new WeakMap<Block, string>();

function printBlockCached(b: Block): string {
  let text = printed.get(b);
  if (text === undefined) {
    text = printBlock(b, '      ');
    printed.set(b, text);
  }
  return text;
}

function printBlock(b: Block, indent: string): string {
  const inner = `${indent}  `;
  let text = `${indent}{\n`;
  text += `${inner}"id": ${JSON.stringify(b.id)},\n`;
  text += `${inner}"speakerId": ${JSON.stringify(b.speakerId)},\n`;
  text += `${inner}"start": ${JSON.stringify(b.start)},\n`;
  text += `${inner}"estimated": ${JSON.stringify(b.estimated)},\n`;
  if (b.story) text += `${inner}"story": true,\n`;
  if (b.reviewed) text += `${inner}"reviewed": true,\n`;
  text += `${inner}"spans": ${list(b.spans.map(printSpan), inner)}\n`;
  return `${text}${indent}}`;
}

// The original never changes after import: print it once per object.
const printedOriginal = new WeakMap<Original, string>();

/// `  "original": { ... }\n`: one line per speaker and per turn.
function printOriginalCached(o: Original): string {
  let text = printedOriginal.get(o);
  if (text === undefined) {
    const lines: string[] = ['  "original": {\n'];
    if (o.speakers !== undefined)
      lines.push(
        `    "speakers": ${list(
          o.speakers.map((s) => inline(canonicalOriginalSpeaker(s))),
          '    ',
        )},\n`,
      );
    lines.push(
      `    "blocks": ${list(
        o.blocks.map((b) => inline(canonicalOriginalBlock(b))),
        '    ',
      )}\n`,
    );
    lines.push('  }\n');
    text = lines.join('');
    printedOriginal.set(o, text);
  }
  return text;
}

function canonicalOriginalSpeaker(s: OriginalSpeaker): Record<string, Json> {
  return { id: s.id, name: s.name };
}

function canonicalOriginalBlock(b: OriginalBlock): Record<string, Json> {
  return { id: b.id, speakerId: b.speakerId, start: b.start, text: b.text };
}

function pick<T extends object>(source: T, keys: readonly (keyof T & string)[]): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const key of keys) {
    const value = source[key];
    if (value !== undefined) out[key] = value as Json;
  }
  return out;
}

/// `{ "a": 1, "b": { "c": 2 } }` on one line.
function inline(value: Json): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return value.length === 0 ? '[]' : `[${value.map(inline).join(', ')}]`;
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  return `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`).join(', ')} }`;
}

/// An object of scalars, one field per line, closing brace at `indent`.
function multiline(value: Record<string, Json>, indent: string): string {
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  const lines = entries.map(([k, v]) => `${indent}  ${JSON.stringify(k)}: ${inline(v)}`);
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

/// A list of already printed one-line items, one per line.
function list(items: readonly string[], indent: string): string {
  if (items.length === 0) return '[]';
  return `[\n${items.map((item) => `${indent}  ${item}`).join(',\n')}\n${indent}]`;
}
