/// A fast yes/no check of the saved-file rules for importers' output.
///
/// `checkTranscript` (zod) takes about a second for a 24-hour word-timed
/// transcript (a quarter of a million spans); this plain loop takes a few
/// milliseconds. It is never more lenient than the schema: `true` means the
/// schema accepts the value (tests check this on generated and damaged
/// transcripts). `false` sends the caller to `checkTranscript` for the
/// message, so any disagreement costs time, never correctness.

import { LIMITS } from '../format/schema.ts';
import { BOUNDARY_REASONS, GAP_STATUSES, PLAIN_META_KEYS, ROLES, type Transcript } from '../transcript.ts';

type Rec = Record<string, unknown>;

function isRecord(v: unknown): v is Rec {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/// Every own key is one of `allowed` and none holds `undefined` (the
/// schema's optional fields must be absent, not undefined).
function keysWithin(v: Rec, allowed: ReadonlySet<string>): boolean {
  // `for...in` rather than Object.keys: no array per object. The prototype
  // is Object.prototype or null (see isRecord), so only own keys come.
  for (const key in v) {
    if (!allowed.has(key) || v[key] === undefined) return false;
  }
  return true;
}

function isString(v: unknown, min: number, max: number): v is string {
  return typeof v === 'string' && v.length >= min && v.length <= max;
}

function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

const META_KEYS = new Set<string>([...PLAIN_META_KEYS, 'media', 'link', 'bounds']);
const LINK_KEYS = new Set(['address', 'offset']);
const BOUNDS_KEYS = new Set(['start', 'end']);
const MARK_KEYS = new Set(['turn', 'reason']);
const REASON_SET: ReadonlySet<unknown> = new Set(BOUNDARY_REASONS);
const MEDIA_KEYS = new Set(['name', 'offset']);
const META_TEXT = ['title', 'network', 'channel', 'timeZone', 'source'];
const DATE_RE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
const SPEAKER_KEYS = new Set(['id', 'name', 'role', 'color']);
const COLOR_RE = /^#[0-9a-fA-F]{6}$/;
const BLOCK_KEYS = new Set(['id', 'speakerId', 'start', 'estimated', 'story', 'reviewed', 'spans']);
const SPAN_KEYS = new Set(['text', 'gap', 'sound', 'time']);
const GAP_KEYS = new Set(['tag', 'status']);
const TIME_KEYS = new Set(['start', 'end']);
const ROLE_SET: ReadonlySet<unknown> = new Set(ROLES);
const STATUS_SET: ReadonlySet<unknown> = new Set(GAP_STATUSES);
const MAX_CLOCK = 2 * 24 * 60 - 1;

function validMeta(meta: unknown): boolean {
  if (!isRecord(meta) || !keysWithin(meta, META_KEYS)) return false;
  for (const key of META_TEXT) {
    if (meta[key] !== undefined && !isString(meta[key], 0, LIMITS.metaText)) return false;
  }
  if (meta['date'] !== undefined && !(typeof meta['date'] === 'string' && DATE_RE.test(meta['date'])))
    return false;
  for (const key of ['startClock', 'endClock']) {
    const v = meta[key];
    if (v !== undefined && !(Number.isInteger(v) && (v as number) >= 0 && (v as number) <= MAX_CLOCK))
      return false;
  }
  const media = meta['media'];
  if (
    media !== undefined &&
    !(
      isRecord(media) &&
      keysWithin(media, MEDIA_KEYS) &&
      isString(media['name'], 0, LIMITS.metaText) &&
      isFiniteNumber(media['offset'])
    )
  ) {
    return false;
  }
  const link = meta['link'];
  if (
    link !== undefined &&
    !(
      isRecord(link) &&
      keysWithin(link, LINK_KEYS) &&
      isString(link['address'], 1, LIMITS.metaText) &&
      (link['offset'] === undefined || isFiniteNumber(link['offset']))
    )
  ) {
    return false;
  }
  const bounds = meta['bounds'];
  if (bounds !== undefined) {
    if (!isRecord(bounds) || !keysWithin(bounds, BOUNDS_KEYS)) return false;
    for (const side of ['start', 'end']) {
      const mark = bounds[side];
      if (mark === undefined) continue;
      if (!isRecord(mark) || !keysWithin(mark, MARK_KEYS)) return false;
      if (!isString(mark['turn'], 1, LIMITS.id) || !REASON_SET.has(mark['reason'])) return false;
    }
  }
  return true;
}

function validSpan(span: unknown): boolean {
  if (!isRecord(span) || !keysWithin(span, SPAN_KEYS)) return false;
  if (!isString(span['text'], 1, LIMITS.spanText)) return false;
  const gap = span['gap'];
  if (
    gap !== undefined &&
    !(
      isRecord(gap) &&
      keysWithin(gap, GAP_KEYS) &&
      isString(gap['tag'], 1, LIMITS.gapTag) &&
      STATUS_SET.has(gap['status'])
    )
  ) {
    return false;
  }
  if (span['sound'] !== undefined && span['sound'] !== true) return false;
  const time = span['time'];
  if (time !== undefined) {
    if (!isRecord(time) || !keysWithin(time, TIME_KEYS) || !isFiniteNumber(time['start'])) return false;
    if (time['end'] !== undefined && !isFiniteNumber(time['end'])) return false;
  }
  return true;
}

/// True when `t` certainly satisfies the saved-file rules (the same rules
/// as `transcriptSchema`); false when it does not, or when this check is
/// not sure (objects with unusual prototypes).
export function isValidTranscript(t: unknown): t is Transcript {
  if (!isRecord(t) || !keysWithin(t, new Set(['meta', 'speakers', 'blocks']))) return false;
  if (!validMeta(t['meta'])) return false;
  const speakers = t['speakers'];
  const blocks = t['blocks'];
  if (!Array.isArray(speakers) || speakers.length > LIMITS.speakers) return false;
  if (!Array.isArray(blocks) || blocks.length > LIMITS.blocks) return false;
  const speakerIds = new Set<string>();
  for (const speaker of speakers as unknown[]) {
    if (!isRecord(speaker) || !keysWithin(speaker, SPEAKER_KEYS)) return false;
    const id = speaker['id'];
    if (!isString(id, 1, LIMITS.id) || speakerIds.has(id)) return false;
    speakerIds.add(id);
    if (!isString(speaker['name'], 0, LIMITS.name) || !ROLE_SET.has(speaker['role'])) return false;
    const color = speaker['color'];
    if (color !== undefined && !(typeof color === 'string' && COLOR_RE.test(color))) return false;
  }
  const blockIds = new Set<string>();
  for (const block of blocks as unknown[]) {
    if (!isRecord(block) || !keysWithin(block, BLOCK_KEYS)) return false;
    const id = block['id'];
    if (!isString(id, 1, LIMITS.id) || blockIds.has(id)) return false;
    blockIds.add(id);
    const speakerId = block['speakerId'];
    if (speakerId !== null && !(isString(speakerId, 1, LIMITS.id) && speakerIds.has(speakerId))) return false;
    const start = block['start'];
    if (start !== null && !isFiniteNumber(start)) return false;
    if (typeof block['estimated'] !== 'boolean') return false;
    if (block['story'] !== undefined && block['story'] !== true) return false;
    if (block['reviewed'] !== undefined && block['reviewed'] !== true) return false;
    const spans = block['spans'];
    if (!Array.isArray(spans) || spans.length > LIMITS.spansPerBlock) return false;
    for (const span of spans as unknown[]) if (!validSpan(span)) return false;
  }
  return true;
}
