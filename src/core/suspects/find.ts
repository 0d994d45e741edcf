/// Suspect words in caption text (issue 4 item 3): live-caption artifacts
/// and words that are not words, marked softly for an editor to look at.
/// Precision comes before recall: a mark that is not an error costs the
/// user attention, so every rule wants positive evidence. The rules and
/// their limits are documented in docs/suspects.md.

import { COMMON_WORDS, EXTRA_WORDS } from './extraWords.ts';
import { hasUnseenShape } from './shapes.ts';

export type SuspectKind =
  'doubled-word' | 'self-correction' | 'doubled-letters' | 'dropped-letters' | 'glued-words' | 'unknown-word';

export interface Suspect {
  /// Offsets into the text given to `findSuspects` (UTF-16 code units).
  from: number;
  to: number;
  kind: SuspectKind;
  /// One sentence for the user.
  message: string;
  /// What `text.slice(from, to)` should probably read; '' means "remove".
  /// Absent when there is no single likely fix.
  suggestion?: string;
}

export interface SuspectOptions {
  /// Whether a lowercase word (letters only, no apostrophe) is an English
  /// word: `loadWordList()`, or any set in tests.
  isWord(w: string): boolean;
  /// Lowercase single words that are names here and never suspect: the
  /// roster's names and the document's recurring unknown words
  /// (`knownNamesOf`).
  knownNames?: ReadonlySet<string>;
}

// --- tokens -----------------------------------------------------------------

interface Token {
  from: number;
  to: number;
  raw: string;
  /// Lowercase, typographic apostrophes as `'`.
  lower: string;
  /// Inside brackets or parentheses (`[indiscernible]`, `(laughter)`), or a
  /// hashtag or handle: never checked as a word.
  tag: boolean;
}

/// Letters and digits of the Latin, Greek and Cyrillic scripts (with
/// combining marks): the scripts English captions use. Written out rather
/// than as \p{L}, which makes the expression several times slower.
const LETTER =
  '0-9A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02AF\\u0300-\\u036F\\u0370-\\u03FF\\u0400-\\u052F';
/// A word: letters, with single apostrophes, hyphens or dots inside.
// Combining marks are in the class on purpose: a decomposed "é" is a letter
// followed by a mark, and both belong to the word.
// eslint-disable-next-line no-misleading-character-class
export const TOKEN = new RegExp(`[${LETTER}]+(?:['’\\-.][${LETTER}]+)*`, 'g');
const TAG = /\[[^\]\n]*\]|\([^)\n]*\)|\{[^}\n]*\}|<[^>\n]*>/g;

function tokenize(text: string): Token[] {
  const tags: number[] = [];
  if (/[[({<]/.test(text)) {
    TAG.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = TAG.exec(text)) !== null) tags.push(m.index, m.index + m[0].length);
  }
  const tokens: Token[] = [];
  let t = 0;
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    const raw = m[0];
    const from = m.index;
    while (t < tags.length && tags[t + 1]! <= from) t += 2;
    const before = from > 0 ? text.charCodeAt(from - 1) : 0;
    let lower = raw.toLowerCase();
    if (lower.includes('’')) lower = lower.replace(/’/g, "'");
    tokens.push({
      from,
      to: from + raw.length,
      raw,
      lower,
      tag: (t < tags.length && tags[t]! < from) || before === 0x23 /* # */ || before === 0x40 /* @ */,
    });
  }
  return tokens;
}

const WHITESPACE_ONLY = /^\s+$/;
/// Text between two tokens that ends a phrase: sentence punctuation, a
/// dash, a bracket.
const PHRASE_BREAK = /[.?!;:\u2014\u2013()[\]{}"]|--/;

// --- word knowledge -----------------------------------------------------------

interface Lexicon {
  isWord(w: string): boolean;
  /// The caller's `isWord` itself, which keys its letter shapes.
  source: (w: string) => boolean;
  names: ReadonlySet<string>;
  /// isWord or a known name.
  known(w: string): boolean;
}

function lexiconOf(options: SuspectOptions): Lexicon {
  const names = options.knownNames ?? new Set<string>();
  const isWord = (w: string) => options.isWord(w);
  return { isWord, source: options.isWord, names, known: (w) => names.has(w) || isWord(w) };
}

/// Contractions whose stem is not a word by itself.
const CONTRACTIONS = new Set([
  "can't",
  "won't",
  "shan't",
  "ain't",
  "y'all",
  "o'clock",
  "ma'am",
  "'em",
  "'cause",
  "gov't",
  "li'l",
  "rock'n'roll",
]);
const CLITICS = ["n't", "'re", "'ve", "'ll", "'d", "'m", "'s"];

/// Whether a lowercase token (letters and apostrophes) needs no mark:
/// a word, a name, a contraction or possessive of one, or a plural of one.
function isKnownToken(w: string, lex: Lexicon): boolean {
  if (lex.known(w) || CONTRACTIONS.has(w)) return true;
  for (const clitic of CLITICS) {
    if (w.endsWith(clitic) && w.length > clitic.length) return isKnownToken(w.slice(0, -clitic.length), lex);
  }
  if (w.endsWith("'") && w.length > 1) return isKnownToken(w.slice(0, -1), lex);
  // Any other apostrophe: o'brien, d'arcy, ne'er. Names, mostly.
  if (w.includes("'")) return true;
  // Plurals of names and of the few words the list has only in the singular.
  if (w.length > 3 && w.endsWith('s')) {
    if (lex.known(w.slice(0, -1))) return true;
    if (w.endsWith('es') && lex.known(w.slice(0, -2))) return true;
  }
  return false;
}

/// Words that make the next one or two a name: "president xi jinping",
/// "dr. tomas reyes", "a man named lankov".
const TITLES = new Set(
  `president mr mrs ms miss mister madam dr doctor prof professor senator sen rep representative
congressman congresswoman governor gov mayor minister secretary general gen colonel col captain capt
sergeant sgt lieutenant lt commander admiral judge justice pope king queen prince princess sir dame
lord lady chancellor premier ambassador commissioner chairman chairwoman chief reverend rev father
sister saint st sheikh ayatollah imam rabbi bishop cardinal coach officer detective agent deputy
sheriff councilman councilwoman named called uncle aunt`.split(/\s+/),
);
/// Words (and pairs) after which people give their name.
const INTRODUCERS = new Set(["i'm", 'i am', "name's", 'name is', 'named', 'called']);
/// Words that make the one before a name: "stimson center".
const INSTITUTIONS = new Set(
  `center centre institute institution university college foundation council party street avenue road
boulevard river county province district square bridge hospital airport stadium academy corporation
inc ltd bank fund agency`.split(/\s+/),
);

/// Doubles that are ordinary English ("he had had enough", "what it is is
/// this", "bye bye", "no no"), and doubled place names.
const DOUBLE_OK = new Set(
  `had that is was do does did very no yes yeah bye so ha he hee ho la blah now well far many much long
really oh hey go come knock tut night there boo chop hush tom dum beep bang buzz choo cha yo wow quick
round again more never please fifty bora walla baden mahi sing pago mau`.split(/\s+/),
);
/// Words that do not make a repeated phrase suspect on their own ("thank
/// you thank you", "we must we must" are speech).
const FUNCTION_WORDS = new Set(
  `the a an and or but of to in on at for with by from as is are was were be been am i you he she it we
they me him her us them my your his its our their this that these those do does did have has had not
no so if then than there here what who which when where how just very will would can could should may
might must shall thank thanks yes yeah oh okay ok please well now come go get got let know mean like
really right`.split(/\s+/),
);

// --- rules ------------------------------------------------------------------------

/// All suspects in one block's text, in text order, never overlapping.
export function findSuspects(text: string, options: SuspectOptions): Suspect[] {
  const tokens = tokenize(text);
  if (tokens.length === 0) return [];
  const lex = lexiconOf(options);
  const found: Suspect[] = [];
  found.push(...selfCorrections(text, tokens, lex));
  found.push(...doubledWords(text, tokens));
  found.push(...wordSuspects(text, tokens, lex, options));
  return withoutOverlaps(found);
}

const PRIORITY: Record<SuspectKind, number> = {
  'self-correction': 0,
  'doubled-word': 1,
  'doubled-letters': 2,
  'glued-words': 3,
  'dropped-letters': 4,
  'unknown-word': 5,
};

function withoutOverlaps(found: Suspect[]): Suspect[] {
  const ranked = [...found].sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || a.from - b.from);
  const kept: Suspect[] = [];
  for (const s of ranked) {
    if (!kept.some((k) => s.from < k.to && k.from < s.to)) kept.push(s);
  }
  return kept.sort((a, b) => a.from - b.from);
}

// --- doubled words and phrases ------------------------------------------------

/// "space space" and "the great people the great people": the same word or
/// phrase twice with nothing but spaces between. Roll-up captions repeat a
/// fragment when a line is re-sent.
function doubledWords(text: string, tokens: readonly Token[]): Suspect[] {
  const out: Suspect[] = [];
  const spaced = (k: number) => WHITESPACE_ONLY.test(text.slice(tokens[k]!.to, tokens[k + 1]!.from));
  let k = 0;
  while (k < tokens.length) {
    let matched = 0;
    for (let n = 4; n >= 1 && matched === 0; n--) {
      if (k + 2 * n > tokens.length) continue;
      let same = true;
      for (let x = 0; x < n && same; x++) {
        const a = tokens[k + x]!;
        const b = tokens[k + n + x]!;
        same = a.lower === b.lower && !a.tag && !b.tag && /\p{L}/u.test(a.lower);
      }
      for (let x = k; x < k + 2 * n - 1 && same; x++) same = spaced(x);
      if (!same) continue;
      const words = tokens.slice(k, k + n).map((t) => t.lower);
      if (n === 1 && DOUBLE_OK.has(words[0]!)) continue;
      if (n > 1 && words.filter((w) => !FUNCTION_WORDS.has(w)).length < 2) continue;
      matched = n;
    }
    if (matched === 0) {
      k++;
      continue;
    }
    const first = text.slice(tokens[k]!.from, tokens[k + matched - 1]!.to);
    out.push({
      from: tokens[k]!.from,
      to: tokens[k + 2 * matched - 1]!.to,
      kind: 'doubled-word',
      message: `"${first}" twice in a row.`,
      suggestion: first,
    });
    k += 2 * matched;
  }
  return out;
}

// --- captioner self-corrections ---------------------------------------------------

const DASH_GAP = /^\s*[.,;:!?]?\s*(?:-{2,}|\u2014|\u2013)\s*$/;
const SIDE_WORDS = 8;

/// "north korea plane an important -- playing an important role": a live
/// captioner mistypes, types ` -- ` and types the phrase again. Marked when
/// the words after the dash repeat the last two or more words before it,
/// after one or two new words that replace about as many letters before
/// (the replaced and replacing words share no word: a speaker's restart
/// such as "we are going to -- we were going to" repeats its first word and
/// is left alone). One repeated word is enough when the replaced word is
/// not a word at all, and with none repeated a non-word retyped as a word
/// one or two edits away counts ("rvil -- evil"). Suggests removing
/// everything up to the retyped text.
function selfCorrections(text: string, tokens: readonly Token[], lex: Lexicon): Suspect[] {
  const out: Suspect[] = [];
  if (!text.includes('--') && !text.includes('\u2014') && !text.includes('\u2013')) return out;
  for (let d = 0; d + 1 < tokens.length; d++) {
    if (!DASH_GAP.test(text.slice(tokens[d]!.to, tokens[d + 1]!.from))) continue;
    // Words before the dash back to a phrase break, and after it up to one.
    let b0 = d;
    while (
      b0 > 0 &&
      d - b0 + 1 < SIDE_WORDS &&
      !PHRASE_BREAK.test(text.slice(tokens[b0 - 1]!.to, tokens[b0]!.from))
    )
      b0--;
    let a1 = d + 1;
    while (
      a1 + 1 < tokens.length &&
      a1 - d < SIDE_WORDS &&
      !PHRASE_BREAK.test(text.slice(tokens[a1]!.to, tokens[a1 + 1]!.from))
    )
      a1++;
    const before = tokens.slice(b0, d + 1);
    const after = tokens.slice(d + 1, a1 + 1);
    const found = retyped(
      before.map((t) => t.lower),
      after.map((t) => t.lower),
      lex,
    );
    if (!found) continue;
    const replaced = before.slice(before.length - found.repeated - found.replaced);
    const wrong = text.slice(replaced[0]!.from, before[before.length - 1]!.to);
    const right = text.slice(after[0]!.from, after[found.replacing + found.repeated - 1]!.to);
    out.push({
      from: replaced[0]!.from,
      to: after[0]!.from,
      kind: 'self-correction',
      message: `The captioner seems to have corrected "${wrong}" to "${right}"; remove the first try?`,
      suggestion: '',
    });
  }
  return out;
}

/// How a dash's two sides line up: the last `repeated` words before it are
/// typed again after `replacing` new words, which stand for the `replaced`
/// words before them.
function retyped(
  before: readonly string[],
  after: readonly string[],
  lex: Lexicon,
): { repeated: number; replacing: number; replaced: number } | null {
  for (let r = Math.min(6, before.length - 1, after.length - 1); r >= 1; r--) {
    for (let j = 1; j <= 2; j++) {
      if (j + r > after.length) continue;
      let same = true;
      for (let x = 0; x < r && same; x++) same = after[j + x] === before[before.length - r + x];
      if (!same) continue;
      const replacing = after.slice(0, j);
      const letters = replacing.join('').length;
      let best: number | null = null;
      for (let p = 1; p <= Math.min(3, before.length - r); p++) {
        const candidate = before.slice(before.length - r - p, before.length - r).join('').length;
        const current =
          best === null
            ? Infinity
            : Math.abs(before.slice(before.length - r - best, before.length - r).join('').length - letters);
        if (Math.abs(candidate - letters) < current) best = p;
      }
      if (best === null) continue;
      const replaced = before.slice(before.length - r - best, before.length - r);
      if (replaced.some((w) => replacing.includes(w))) continue;
      if (r === 1 && replaced.every((w) => isKnownToken(w, lex))) continue;
      return { repeated: r, replacing: j, replaced: best };
    }
  }
  // Nothing repeated: a non-word retyped as a word close to it ("rvil --
  // evil", "abuot -- about").
  const wrong = before[before.length - 1]!;
  const right = after[0]!;
  if (
    /^[a-z]{3,}$/.test(wrong) &&
    !isKnownToken(wrong, lex) &&
    lex.known(right) &&
    editDistance(wrong, right) <= Math.min(2, Math.floor(right.length / 2))
  )
    return { repeated: 0, replacing: 1, replaced: 1 };
  return null;
}

/// Damerau-Levenshtein distance (adjacent swaps count one), for short words.
function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[i]!.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]!.push(d);
    }
  }
  return rows[a.length]![b.length]!;
}

// --- single words -------------------------------------------------------------------

interface Finding {
  kind: Exclude<SuspectKind, 'doubled-word' | 'self-correction'>;
  /// Lowercase fix, when there is one likely fix.
  fix?: string;
}

function wordSuspects(
  text: string,
  tokens: readonly Token[],
  lex: Lexicon,
  options: SuspectOptions,
): Suspect[] {
  // A text with lowercase letters in it is cased: a capital there marks a
  // name or an acronym. All-caps captions are checked in lowercase.
  const cased = /\p{Ll}/u.test(text);
  const unknown = tokens.map((t) => {
    // Most tokens are plain words: one lookup.
    if (t.tag || lex.known(t.lower)) return false;
    if (!/^[a-z'-]+$/.test(t.lower) || (cased && t.raw !== t.raw.toLowerCase())) return false;
    return !t.lower.split('-').every((p) => p === '' || isKnownToken(p, lex));
  });
  const out: Suspect[] = [];
  tokens.forEach((token, k) => {
    if (!unknown[k] || nameContext(text, tokens, k, unknown, lex)) return;
    // Hyphenated compounds are checked part by part.
    let offset = 0;
    for (const part of token.lower.split('-')) {
      const from = token.from + offset;
      offset += part.length + 1;
      if (part.length < 3 || isKnownToken(part, lex)) continue;
      const { stem, suffix } = splitClitic(part);
      if (stem.length < 3 || stem.includes("'")) continue;
      const finding = analyse(stem, lex, options);
      if (!finding) continue;
      const raw = token.raw.slice(from - token.from, from - token.from + part.length);
      out.push(suspectFor(finding, from, from + part.length, raw, suffix));
    }
  });
  return out;
}

function splitClitic(w: string): { stem: string; suffix: string } {
  for (const clitic of CLITICS) {
    if (w.endsWith(clitic) && w.length > clitic.length)
      return { stem: w.slice(0, -clitic.length), suffix: clitic };
  }
  if (w.endsWith("'")) return { stem: w.slice(0, -1), suffix: "'" };
  return { stem: w, suffix: '' };
}

/// Whether the unknown token `k` stands where names stand:
/// - after a title, one or two words back ("president xi jinping");
/// - after an introduction ("i am lena brooks", "i'm maria keller", "my
///   name is ...");
/// - before an institution word, or after one and "of" ("stimson center",
///   "university of calder");
/// - after "in" or "from" and before a comma, as places are in news
///   introductions ("in fresno, glen whitaker");
/// - next to another unknown word or a known name ("andrei lankov",
///   "daniel okafor").
function nameContext(
  text: string,
  tokens: readonly Token[],
  k: number,
  unknown: readonly boolean[],
  lex: Lexicon,
): boolean {
  const joined = (a: number) =>
    a >= 0 && a + 1 < tokens.length && WHITESPACE_ONLY.test(text.slice(tokens[a]!.to, tokens[a + 1]!.from));
  const lower = (a: number) => tokens[a]!.lower;
  // A known name, unless it is also a very common word ("will", "young").
  const nameWord = (w: string) => lex.names.has(w) && !COMMON_WORDS.has(w);
  if (joined(k - 1)) {
    const previous = lower(k - 1);
    if (TITLES.has(previous) || INTRODUCERS.has(previous) || unknown[k - 1] || nameWord(previous))
      return true;
    if (joined(k - 2)) {
      const pair = `${lower(k - 2)} ${previous}`;
      // "president xi jinping", but not "the minister said rvil".
      if ((TITLES.has(lower(k - 2)) && !COMMON_WORDS.has(previous)) || INTRODUCERS.has(pair)) return true;
      if (previous === 'of' && INSTITUTIONS.has(lower(k - 2))) return true;
    }
    if ((previous === 'in' || previous === 'from') && /^\s*,/.test(text.slice(tokens[k]!.to))) return true;
  }
  if (joined(k)) {
    const next = lower(k + 1);
    if (INSTITUTIONS.has(next) || unknown[k + 1] || nameWord(next)) return true;
  }
  return false;
}

function suspectFor(finding: Finding, from: number, to: number, raw: string, suffix: string): Suspect {
  const fix = finding.fix === undefined ? undefined : matchCase(finding.fix + suffix, raw);
  const quoted = `"${raw}"`;
  const message = {
    'doubled-letters': `${quoted} has letters typed twice${fix ? `: "${fix}"?` : '.'}`,
    'dropped-letters': `${quoted} seems to be missing a letter${fix ? `: "${fix}"?` : '.'}`,
    'glued-words': `${quoted} looks like two words run together${fix ? `: "${fix}"?` : '.'}`,
    'unknown-word': `${quoted} is not in the word list.`,
  }[finding.kind];
  return fix === undefined
    ? { from, to, kind: finding.kind, message }
    : { from, to, kind: finding.kind, message, suggestion: fix };
}

/// `fix` in the case of `raw`: all caps stays all caps, a capital stays.
function matchCase(fix: string, raw: string): string {
  if (raw.length > 1 && raw === raw.toUpperCase() && raw !== raw.toLowerCase()) return fix.toUpperCase();
  if (/^\p{Lu}/u.test(raw)) return fix[0]!.toUpperCase() + fix.slice(1);
  return fix;
}

// --- the letter rules, cached per word list ------------------------------------------

const NO_NAMES: ReadonlySet<string> = new Set();
const CACHE_LIMIT = 50_000;
const caches = new WeakMap<object, WeakMap<object, Map<string, Finding | null>>>();

function analyse(word: string, lex: Lexicon, options: SuspectOptions): Finding | null {
  // Keyed by the caller's function and set, which stay the same between
  // calls on the blocks of one document.
  const isWordKey = options.isWord as unknown as object;
  let byNames = caches.get(isWordKey);
  if (!byNames) caches.set(isWordKey, (byNames = new WeakMap()));
  const namesKey = options.knownNames ?? NO_NAMES;
  let cache = byNames.get(namesKey);
  if (!cache) byNames.set(namesKey, (cache = new Map()));
  let finding = cache.get(word);
  if (finding === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    finding = analyseWord(word, lex);
    cache.set(word, finding);
  }
  return finding;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/// What is wrong with `w`, a lowercase letters-only token of 3 or more
/// letters that is neither a word nor a known name; null when it looks like
/// a name or a foreign word (no dictionary word one edit away).
function analyseWord(w: string, lex: Lexicon): Finding | null {
  const doubled = undoubled(w, lex);
  if (doubled) return { kind: 'doubled-letters', fix: doubled };
  const glued = unglued(w, lex);
  const dropped = undropped(w, lex);
  // A split into two strong words beats one into a rarer word: "turkisand"
  // is "turkish and" rather than "turkis and".
  const bothStrong = (pair: string) => pair.split(' ').every((x) => strong(x, lex));
  if (glued && (bothStrong(glued) || !dropped || dropped.length !== 1 || !bothStrong(dropped[0]!)))
    return { kind: 'glued-words', fix: glued };
  if (dropped !== null)
    return dropped.length === 1 ? { kind: 'dropped-letters', fix: dropped[0]! } : { kind: 'dropped-letters' };
  // Garbled and near a word: "rvil" (no word starts "rv"; "evil" is one
  // edit away). Names look like words ("hamas", "fema") or are far from
  // any ("hezbollah", "lankov"). Without shapes, nearness alone decides.
  const garbled = hasUnseenShape(lex.source, w) ?? true;
  return garbled && hasNeighbour(w, lex) ? { kind: 'unknown-word' } : null;
}

/// "ththink" -> "think", "gideonon" -> "gideon" (a chunk of one to three
/// letters typed twice at either end of the word), "helllo" -> "hello".
/// A single doubled letter at an end counts only when the result is a very
/// common word ("tthe"), since names like "aaron" or "scott" are not words.
function undoubled(w: string, lex: Lexicon): string | null {
  for (let c = 3; c >= 1; c--) {
    if (w.length < c + 3 || w.length < 2 * c) continue;
    // At the start: any known word for two or three letters ("ththink"),
    // a very common one for one letter ("tthe", while "aaron" is a name).
    const head = w.slice(c);
    if (w.slice(0, c) === w.slice(c, 2 * c) && (c === 1 ? COMMON_WORDS.has(head) : lex.known(head)))
      return head;
    // At the end: a strong word ("gideonon" when gideon is a known name;
    // "malala" is not "mala").
    const tail = w.slice(0, -c);
    if (w.slice(-c) === w.slice(-2 * c, -c) && strong(tail, lex) && lex.known(tail)) return tail;
  }
  if (/(\w)\1\1/.test(w)) {
    for (const candidate of [w.replace(/(\w)\1{2,}/g, '$1$1'), w.replace(/(\w)\1{2,}/g, '$1')]) {
      if (lex.known(candidate)) return candidate;
    }
  }
  return null;
}

/// Whether `w` is a word with its first two or three letters typed twice, or
/// a letter typed three times ("ththeir", "wawater", "helllo"): a stutter
/// of the keyboard, never a name, however often it occurs.
export function looksStuttered(w: string, isWord: (w: string) => boolean): boolean {
  for (let c = 2; c <= 3; c++) {
    if (w.length >= 2 * c + 1 && w.slice(0, c) === w.slice(c, 2 * c) && isWord(w.slice(c))) return true;
  }
  return (
    /(\w)\1\1/.test(w) && (isWord(w.replace(/(\w)\1{2,}/g, '$1$1')) || isWord(w.replace(/(\w)\1{2,}/g, '$1')))
  );
}

const EXTRA = new Set(EXTRA_WORDS);

/// A word that is evidence by itself: very common, a place or people, or a
/// name known in this document.
function strong(x: string, lex: Lexicon): boolean {
  return COMMON_WORDS.has(x) || EXTRA.has(x) || lex.names.has(x);
}

/// Whether a split is believable: both halves known words or names of three
/// letters or more, and at least one very common word ("their", "and") or
/// a name, the other common too, a name, or five letters or more. Names cut
/// into two rare words ("okafor" -> "oka for") fail this.
function goodPair(left: string, right: string, lex: Lexicon): boolean {
  if (left.length < 3 || right.length < 3 || !lex.known(left) || !lex.known(right)) return false;
  return (
    (strong(left, lex) && (strong(right, lex) || right.length >= 5)) ||
    (strong(right, lex) && left.length >= 5)
  );
}

/// "theirjob" -> "their job", "borisjohnson" -> "boris johnson" (when
/// "boris" is a known name). The most believable split when there are
/// several: both halves common first, then the most even.
function unglued(w: string, lex: Lexicon): string | null {
  let best: string | null = null;
  let bestScore = -1;
  for (let p = 3; p <= w.length - 3; p++) {
    const left = w.slice(0, p);
    const right = w.slice(p);
    if (!goodPair(left, right, lex)) continue;
    const score =
      (COMMON_WORDS.has(left) ? 100 : 0) + (COMMON_WORDS.has(right) ? 100 : 0) + Math.min(p, w.length - p);
    if (score > bestScore) {
      best = `${left} ${right}`;
      bestScore = score;
    }
  }
  return best;
}

/// One letter missing: the last letter of a word of five letters or more
/// before the next word ("turkisand" -> "turkish and"), both words common
/// (a place or people counts), or one letter anywhere in a word when that
/// gives exactly one very common word ("goverment" -> "government"). The
/// fixes found; null when there is none. Looser rules mark names: "houthis"
/// would read "hour this", "blinken" "blink ten".
function undropped(w: string, lex: Lexicon): string[] | null {
  const fixes = new Set<string>();
  for (let p = 4; p <= w.length - 3; p++) {
    const left = w.slice(0, p);
    const right = w.slice(p);
    if (!strong(right, lex)) continue;
    for (const letter of LETTERS) {
      if (strong(left + letter, lex) && lex.known(left + letter)) fixes.add(`${left + letter} ${right}`);
    }
  }
  if (fixes.size > 0) return [...fixes];
  if (w.length < 5) return null;
  for (let p = 0; p <= w.length; p++) {
    for (const letter of LETTERS) {
      const candidate = w.slice(0, p) + letter + w.slice(p);
      if (COMMON_WORDS.has(candidate)) fixes.add(candidate);
    }
  }
  return fixes.size === 1 ? [...fixes] : null;
}

/// Whether a known word is one edit away (a letter deleted, inserted,
/// replaced, or two swapped): typos are; most names and foreign words
/// ("lankov", "baklanov", "kathmandu") are not.
function hasNeighbour(w: string, lex: Lexicon): boolean {
  const known = (x: string) => x.length >= 3 && lex.known(x);
  for (let i = 0; i < w.length; i++) {
    if (known(w.slice(0, i) + w.slice(i + 1))) return true;
    if (i + 1 < w.length && known(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2))) return true;
  }
  for (let i = 0; i <= w.length; i++) {
    const head = w.slice(0, i);
    const tail = w.slice(i);
    for (const letter of LETTERS) {
      if (known(head + letter + tail)) return true;
      if (i < w.length && letter !== w[i] && known(head + letter + w.slice(i + 1))) return true;
    }
  }
  return false;
}
