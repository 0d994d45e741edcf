/// Bracketed tags in caption text: gaps (`[indiscernible]`) and non-speech
/// (`[laughter]`, `(applause)`, `♪`). Pure string work, shared by importers
/// and the editor.

import type { Span } from '../transcript.ts';

/// Words that, alone inside brackets or parentheses (any case, any inner
/// spacing: `[inaudible]`, `[ Inaudible ]`, `(crosstalk)`), mark speech the
/// captioner could not make out. Such a tag becomes a gap for the editor to
/// fill.
export const GAP_WORDS: readonly string[] = [
  'indiscernible',
  'inaudible',
  'unintelligible',
  'crosstalk',
  'cross talk',
  'cross-talk',
  'indistinct',
];

/// Words that make a parenthesised tag non-speech: `(laughing)`,
/// `(applause)`, `(crowd cheering)`, `(upbeat music)`. A parenthesis is a
/// sound only when every word in it is one of these or a `SOUND_MODIFIERS`
/// word, and at least one is from this list; any other parenthesis is
/// speech (`(in french)`, `(inaudible)` aside, which is a gap).
export const SOUND_WORDS: readonly string[] = [
  'laughter',
  'laughing',
  'laughs',
  'laugh',
  'chuckles',
  'chuckling',
  'giggles',
  'applause',
  'applauding',
  'clapping',
  'cheering',
  'cheers',
  'booing',
  'boos',
  'music',
  'singing',
  'sings',
  'humming',
  'whistling',
  'coughs',
  'coughing',
  'sighs',
  'sighing',
  'gasps',
  'gasping',
  'crying',
  'sobbing',
  'screaming',
  'screams',
  'shouting',
  'yelling',
  'chanting',
  'silence',
  'static',
  'beeping',
  'beep',
  'bleep',
  'bleeped',
  'gunfire',
  'gunshots',
  'explosion',
  'sirens',
  'siren',
  'thunder',
  'ringing',
  'knocking',
  'footsteps',
];

/// Words allowed around a sound word in parentheses (`(audience laughs)`,
/// `(dramatic music playing)`); on their own they are not a sound.
export const SOUND_MODIFIERS: readonly string[] = [
  'audience',
  'crowd',
  'people',
  'man',
  'woman',
  'upbeat',
  'dramatic',
  'soft',
  'loud',
  'light',
  'gentle',
  'tense',
  'somber',
  'ominous',
  'distant',
  'background',
  'theme',
  'phone',
  'bell',
  'bells',
  'playing',
  'plays',
  'continues',
  'continuing',
  'fades',
  'and',
];

const GAP_SET = new Set(GAP_WORDS);
const SOUND_SET = new Set(SOUND_WORDS);
const MODIFIER_SET = new Set(SOUND_MODIFIERS);

/// The kind of a whole tag: `gap`, `sound`, or null when the text is not a
/// tag (plain words, or a parenthesis of speech).
export type TagKind = 'gap' | 'sound';

// One or more music notes, possibly separated by whitespace: `♪`, `♪♪♪`, `♪ ♪`.
const MUSIC_RE = /^[♪♫](?:\s*[♪♫])*$/u;

// Tags are short and on one line; the length bound keeps a stray `[` from
// turning a whole paragraph into one sound span.
const MAX_TAG_INNER = 300;

// Candidate tags: a bracket or parenthesis without nested ones, or a run of
// music notes. Shared; `splitTags` resets `lastIndex` before each use.
const TAG_RE = new RegExp(
  `\\[[^[\\]\\n]{1,${MAX_TAG_INNER}}\\]|\\([^()\\n]{1,${MAX_TAG_INNER}}\\)|[♪♫](?:\\s*[♪♫])*`,
  'gu',
);

function innerWords(inner: string): string {
  return inner.trim().replace(/\s+/g, ' ').toLowerCase();
}

function isSoundPhrase(words: string): boolean {
  let core = false;
  for (const word of words.split(' ')) {
    if (SOUND_SET.has(word)) core = true;
    else if (!MODIFIER_SET.has(word)) return false;
  }
  return core;
}

/// Classifies a whole piece of text (surrounding whitespace ignored):
/// - `[...]` with a gap word inside (any case, inner spaces allowed) → `gap`;
///   any other non-empty `[...]` → `sound` (`[laughter]`, `[ monitor beeping ]`,
///   credit lines);
/// - `(...)` with a gap word → `gap`; with sound words (see `SOUND_WORDS`) →
///   `sound`; otherwise null (speech);
/// - runs of music notes (`♪`, `♪♪♪`, `♪ ♪`) → `sound`.
export function classifyTag(text: string): TagKind | null {
  const t = text.trim();
  if (MUSIC_RE.test(t)) return 'sound';
  if (t.length < 3 || t.length > MAX_TAG_INNER + 2) return null;
  const open = t[0];
  const close = t[t.length - 1];
  const square = open === '[' && close === ']';
  const round = open === '(' && close === ')';
  if (!square && !round) return null;
  const inner = t.slice(1, -1);
  if (square ? /[[\]\n]/.test(inner) : /[()\n]/.test(inner)) return null;
  const words = innerWords(inner);
  if (!words) return null;
  if (GAP_SET.has(words)) return 'gap';
  if (square) return 'sound';
  return isSoundPhrase(words) ? 'sound' : null;
}

/// True when `text` is a gap tag such as `[indiscernible]`, `[ inaudible ]`
/// or `(crosstalk)`.
export function isGapTag(text: string): boolean {
  return classifyTag(text) === 'gap';
}

/// Splits a run of caption text into spans: gap tags become
/// `{ text, gap: { tag: text, status: 'open' } }`, non-speech becomes
/// `{ text, sound: true }`, everything between stays plain text. The spans'
/// texts concatenate to exactly `text` (whitespace included), and none is
/// empty.
export function splitTags(text: string): Span[] {
  const spans: Span[] = [];
  const re = TAG_RE;
  re.lastIndex = 0;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const tag = m[0];
    const kind = classifyTag(tag);
    if (!kind) {
      // A parenthesis of speech: look inside it for tags too.
      re.lastIndex = m.index + 1;
      continue;
    }
    if (m.index > last) spans.push({ text: text.slice(last, m.index) });
    spans.push(kind === 'gap' ? { text: tag, gap: { tag, status: 'open' } } : { text: tag, sound: true });
    last = m.index + tag.length;
  }
  if (last < text.length) spans.push({ text: text.slice(last) });
  return spans;
}
