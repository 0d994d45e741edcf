/// The grammar of caption text — what is a word and what is a marker — and
/// the word sequences behind the import invariant "no caption word lost or
/// reordered".
///
/// Caption text here means the words a page shows for the programme: the
/// page less its chrome, header and minute lines (the importer removes those;
/// a test that builds a page knows them). In that text:
/// - a word is a maximal run of non-whitespace (U+00A0 and the BOM count as
///   whitespace, as `\s` does); tags such as `[indiscernible]` and music notes
///   are words like any other;
/// - `>>` (speaker change) and `>>>` (story change) — any run of two or more
///   `>` — are markers, not words, wherever they stand: `>>reporter:` is the
///   marker `>>` and the prefix `reporter:`, and `word>>word` is two words;
/// - a name prefix (`sami:`, `sally sara:`, `the speaker:`; the form is at
///   `matchNamePrefix`) is a marker when it stands where a turn can start
///   (see `scanTurns`); elsewhere it is a word (`we asked sami: why`).
/// Nothing else is dropped: a single `>`, `--`, punctuation and debris stay.

import { blockText, type Transcript } from '../transcript.ts';

/// Words that never appear in a name prefix. A candidate prefix containing
/// one of them (`this is it:`, `here is the number:`, `the question:`,
/// `he said:`) is text, not a speaker.
export const NAME_STOP_WORDS: ReadonlySet<string> = new Set([
  // copulas and verbs of saying
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'am',
  'says',
  'said',
  'say',
  'saying',
  'asks',
  'asked',
  'ask',
  'tells',
  'told',
  'writes',
  'wrote',
  'reads',
  'read',
  'adds',
  'added',
  'explains',
  'tweeted',
  'replied',
  'according',
  // labels that are not speakers
  'question',
  'questions',
  'answer',
  'answers',
  'note',
  'quote',
  'unquote',
  'headline',
  'headlines',
  'update',
  'breaking',
  'reminder',
  'warning',
  'example',
  'reason',
  'result',
  'point',
  'problem',
  'thing',
  'things',
  'fact',
  'truth',
  'lesson',
  'line',
  'story',
  'message',
  'bottom',
  'coming',
  'up',
  'next',
  'later',
  'tonight',
  'today',
  'now',
  'first',
  'second',
  'third',
  'finally',
  'also',
  'plus',
  'time',
  're',
  'ps',
  'p.s.',
  'e.g.',
  'i.e.',
  'etc.',
  // pronouns, demonstratives, question words, conjunctions
  'here',
  'there',
  'this',
  'that',
  'these',
  'those',
  'it',
  "it's",
  'its',
  'i',
  'me',
  'my',
  'you',
  'your',
  'he',
  'him',
  'his',
  'she',
  'her',
  'we',
  'us',
  'our',
  'they',
  'them',
  'their',
  'who',
  'what',
  'when',
  'where',
  'why',
  'how',
  'which',
  'and',
  'or',
  'but',
  'so',
  'if',
  'then',
  'than',
  'because',
  'not',
  'no',
  'yes',
  'well',
  'okay',
  'ok',
  'look',
  'listen',
  'remember',
  'again',
  'anyway',
  'meanwhile',
  'still',
  'hey',
  'hi',
  'hello',
  'thanks',
  'thank',
  'please',
  'sorry',
  'oh',
  'wow',
]);

/// One turn of a caption stream. Positions are indices into the stream.
export interface Turn {
  /// Where the turn's marker begins: the `>>`, or the name prefix when there
  /// is no `>>`; 0 for the first turn.
  at: number;
  /// Where the turn's text begins: after the marker, the prefix and the
  /// whitespace between them (leading whitespace may remain).
  textStart: number;
  /// Where the turn ends: the next turn's `at`, or the stream length.
  end: number;
  /// Opened by `>>` or `>>>` (any run of two or more `>`).
  marked: boolean;
  /// Opened by `>>>` (three or more `>`): a new story.
  story: boolean;
  /// The name prefix as written, without its colon (`sally sara`), or null.
  name: string | null;
}

// 1-3 words of letters, apostrophes, periods or hyphens (each starting with a
// letter), a colon, then whitespace or the end of the stream. Sticky: tried at
// one position only.
const PREFIX_RE = /(\p{L}[\p{L}'’.-]*(?: \p{L}[\p{L}'’.-]*){0,2}):(?=\s|$)/uy;

// Where a turn can start inside the text: at a `>>` run, or at a letter after
// a sentence end (`.`, `?`, `!`, `]`, `)`, `♪`, optionally followed by a
// closing quote) and a space; the candidate position is the match's end. The
// name prefix itself is checked afterwards.
const CANDIDATE_RE = />{2,}|[.?!\])♪♫]["”’]? (?=\p{L})/gu;

// Longest stretch from a candidate position to a prefix's colon: three words.
const MAX_PREFIX_LENGTH = 80;

/// The name prefix (without its colon) starting exactly at `pos` of a
/// single-spaced `stream`, and where the prefix ends (after the colon); null
/// when there is none. The form: 1-3 words of letters, apostrophes, periods
/// or hyphens, each starting with a letter, then a colon, then whitespace or
/// the end of the stream. Rejects prefixes with a word from
/// `NAME_STOP_WORDS`, a word before the last ending in a period that is not
/// an abbreviation or initial (`go. sami:` is a sentence end, `dr. ames:` a
/// name), one-letter prefixes (`a:`, `q:`) and ones over 80 characters.
/// Digits never match, so clock times (`5:30`) are not prefixes.
export function matchNamePrefix(stream: string, pos: number): { name: string; end: number } | null {
  PREFIX_RE.lastIndex = pos;
  const m = PREFIX_RE.exec(stream);
  if (!m) return null;
  const name = m[1]!;
  if (name.length < 2 || name.length > MAX_PREFIX_LENGTH) return null;
  const words = name.toLowerCase().split(' ');
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (NAME_STOP_WORDS.has(word)) return null;
    // A period ending a word before the last is a sentence end (`go. sami:`)
    // unless the word is an abbreviation or an initial (`dr. jane smith:`,
    // `j. smith:`, `u.s. attorney:`).
    if (i < words.length - 1 && word.endsWith('.') && !isAbbreviation(word)) return null;
  }
  return { name, end: pos + m[0].length };
}

/// Titles and abbreviations that may end in a period inside a name prefix.
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'dr.',
  'mr.',
  'mrs.',
  'ms.',
  'st.',
  'jr.',
  'sr.',
  'gen.',
  'sen.',
  'rep.',
  'gov.',
  'lt.',
  'col.',
  'sgt.',
  'capt.',
  'prof.',
  'rev.',
  'hon.',
]);

export function isAbbreviation(word: string): boolean {
  // Initials (`j.`) and dotted abbreviations (`u.s.`) too.
  return ABBREVIATIONS.has(word) || /^(?:\p{L}\.)+$/u.test(word);
}

function skipSpaces(stream: string, pos: number): number {
  while (pos < stream.length && stream.charCodeAt(pos) === 32) pos++;
  return pos;
}

// Whitespace runs that are not a single space.
const IRREGULAR_SPACE_RE = /[^\S ]\s*| \s+/g;

/// Collapses every whitespace run (newlines, tabs, U+00A0, BOM) to one space
/// and trims: the form `scanTurns` reads.
export function singleSpaced(text: string): string {
  // Only runs that are not already a single space are replaced: ordinary
  // text has none, so this is one quick scan.
  return text.replace(IRREGULAR_SPACE_RE, ' ').trim();
}

/// Splits a single-spaced caption stream (see `singleSpaced`) into turns. A
/// turn starts:
/// - at the start of the stream (always; it may be empty);
/// - at every `>>` / `>>>` run, wherever it stands;
/// - at a name prefix (`sami: `) found at the start of the stream, right
///   after a `>>` run (spaces allowed between), or right after a sentence end
///   (`.`, `?`, `!`, `]`, `)`, `♪`, optionally a closing quote) and a space.
/// A prefix right after a `>>` belongs to that `>>`'s turn. Linear in the
/// stream length.
export function scanTurns(stream: string): Turn[] {
  const turns: Turn[] = [];
  let cur: Omit<Turn, 'end'> = { at: 0, textStart: 0, marked: false, story: false, name: null };
  const first = matchNamePrefix(stream, skipSpaces(stream, 0));
  if (first) cur = { ...cur, textStart: first.end, name: first.name };

  // Most sentence ends have no colon within reach; the next colon's position
  // (searched again only once passed, so linear overall) rules them out cheaply.
  let nextColon = -1;
  const colonNear = (pos: number): boolean => {
    if (nextColon < pos) {
      nextColon = stream.indexOf(':', pos);
      if (nextColon < 0) nextColon = stream.length;
    }
    return nextColon - pos <= MAX_PREFIX_LENGTH;
  };

  const re = new RegExp(CANDIDATE_RE.source, CANDIDATE_RE.flags);
  re.lastIndex = cur.textStart;
  for (let m = re.exec(stream); m; m = re.exec(stream)) {
    if (m[0].charCodeAt(0) === 62 /* > */) {
      turns.push({ ...cur, end: m.index });
      const after = m.index + m[0].length;
      const q = skipSpaces(stream, after);
      const prefix = colonNear(q) ? matchNamePrefix(stream, q) : null;
      cur = {
        at: m.index,
        textStart: prefix ? prefix.end : after,
        marked: true,
        story: m[0].length >= 3,
        name: prefix ? prefix.name : null,
      };
      re.lastIndex = cur.textStart;
    } else {
      const at = m.index + m[0].length;
      const prefix = colonNear(at) ? matchNamePrefix(stream, at) : null;
      if (!prefix) continue;
      turns.push({ ...cur, end: at });
      cur = { at, textStart: prefix.end, marked: false, story: false, name: prefix.name };
      re.lastIndex = prefix.end;
    }
  }
  turns.push({ ...cur, end: stream.length });
  return turns;
}

function pushWords(out: string[], text: string): void {
  for (const word of text.split(/\s+/)) if (word) out.push(word);
}

/// The words of caption text, in order, less markers (`>>`, `>>>` and name
/// prefixes where a turn can start; see the module comment). Lines are
/// joined with spaces, as the importer joins minute paragraphs.
export function captionWords(text: string): string[] {
  const stream = singleSpaced(text);
  const words: string[] = [];
  for (const turn of scanTurns(stream)) pushWords(words, stream.slice(turn.textStart, turn.end));
  return words;
}

/// The words of a transcript's text in order: each block's spans joined,
/// split on whitespace. Speaker names, times and tags' metadata are not
/// words; gap tags count by their current text.
export function transcriptWords(transcript: Transcript): string[] {
  const words: string[] = [];
  for (const block of transcript.blocks) pushWords(words, blockText(block));
  return words;
}
