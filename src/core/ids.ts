/// Ids for blocks and speakers.
///
/// Two kinds, which can never collide:
/// - imported ids are a letter prefix and a decimal counter in document
///   order (`b1`, `b2`, ... for blocks, `s1`, ... for speakers), so importing
///   the same text twice gives the same ids (golden tests and diffs rely on
///   this);
/// - ids made while editing (`newId`) always contain an underscore after the
///   prefix (`b_k3f9x0q2ma1`), which imported ids never do.

/// Prefix of imported and new block ids.
export const BLOCK_PREFIX = 'b';
/// Prefix of imported and new speaker ids.
export const SPEAKER_PREFIX = 's';

/// The `n`-th (1-based) imported id with `prefix`: `importedId('b', 3)` is `b3`.
export function importedId(prefix: string, n: number): string {
  return `${prefix}${n}`;
}

/// A counter that hands out `prefix1`, `prefix2`, ... in call order. One per
/// import, so ids depend only on the input.
export function idSequence(prefix: string): () => string {
  let n = 0;
  return () => importedId(prefix, ++n);
}

/// True for ids of the imported form (`b12`, `s3`).
export function isImportedId(id: string, prefix: string): boolean {
  return id.length > prefix.length && id.startsWith(prefix) && /^\d+$/.test(id.slice(prefix.length));
}

const SESSION_TAG_LENGTH = 10;
let sessionTag: string | undefined;
let counter = 0;

// A fixed-length random tag per page load, so ids made in two sessions (a
// saved file reopened and edited again) do not repeat each other's counters.
function makeSessionTag(): string {
  const crypto = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  const uuid = crypto?.randomUUID?.();
  const random = uuid
    ? uuid.replace(/-/g, '')
    : Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2) + Date.now().toString(36);
  return random.padEnd(SESSION_TAG_LENGTH, '0').slice(0, SESSION_TAG_LENGTH);
}

/// A fresh id for something created while editing: `prefix`, an underscore,
/// a per-session random tag and a counter in base 36. Unique within a session
/// (the counter), practically unique across sessions (the tag), and never
/// equal to an imported id (the underscore).
export function newId(prefix: string): string {
  sessionTag ??= makeSessionTag();
  counter += 1;
  return `${prefix}_${sessionTag}${counter.toString(36)}`;
}
