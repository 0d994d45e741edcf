/// Caption text as the suggestion rules read it: one normalised string per
/// turn, cut into sentences. Captions are lowercase (or all caps) and full of
/// abbreviations with dots (`u.s.`, `dr.`), so sentence ends are found by
/// punctuation alone, with those dots excepted: every rule below is written
/// against whole sentences, and a `u.s.` taken for a sentence end would cut an
/// introduction (`senior fellow at a u.s. think tank`) in two.

export interface Sentence {
  /// Trimmed, without the closing punctuation.
  text: string;
  /// The closing mark: `.`, `?`, `!`, or `` when the turn ends without one.
  end: '.' | '?' | '!' | '';
}

/// Lowercase, curly quotes made straight, whitespace runs made single. Rules
/// match `i'm` whether the captioner typed `i'm` or `I’M`.
export function normalize(raw: string): string {
  let text = raw.toLowerCase();
  // Tested before replaced: imported text rarely needs either fix, and this
  // runs on every block of a day-long transcript.
  if (CURLY_TEST_RE.test(text))
    text = text.replace(CURLY_RE, (c) => (c === '\u201c' || c === '\u201d' ? '"' : "'"));
  if (ODD_SPACE_RE.test(text) || text.includes('  ')) text = text.replace(/\s+/g, ' ');
  return text.trim();
}

const CURLY_TEST_RE = /[\u2018\u2019\u02bc\u201c\u201d]/;
const CURLY_RE = /[\u2018\u2019\u02bc\u201c\u201d]/g;
const ODD_SPACE_RE = /[^\S ]/;

// Words that end in a dot without ending a sentence: titles and other short
// forms a caption writes before a name or a number.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'jr',
  'sr',
  'vs',
  'no',
  'mt',
  'ft',
  'approx',
]);

/// True when the `.` at `dot` belongs to a word such as `u.s.`, `dr.` or an
/// initial (`george w. bush`), not to the end of a sentence.
function isAbbreviationDot(text: string, dot: number): boolean {
  // The word before the dot; abbreviations are short, so give up early.
  let start = dot;
  while (start > 0 && text.charCodeAt(start - 1) !== 32) {
    start--;
    if (dot - start > MAX_ABBREVIATION) return false;
  }
  const word = text.slice(start, dot); // without the final dot
  if (word.length === 1) return /\p{L}/u.test(word); // an initial
  if (word.includes('.')) return /^(?:\p{L}\.)+\p{L}$/u.test(word); // u.s, u.k, d.c
  return ABBREVIATIONS.has(word);
}

// Longest word `isAbbreviationDot` looks at: `approx`, `u.s.a`, `d.c`.
const MAX_ABBREVIATION = 7;

/// Cuts normalised text into sentences at `.`, `?`, `!` followed by a space
/// (or a closing quote and a space) or the end of the text. Empty pieces are
/// dropped.
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const n = text.length;
  END_RE.lastIndex = 0;
  for (let m = END_RE.exec(text); m; m = END_RE.exec(text)) {
    const i = m.index;
    const c = text[i]!;
    let j = i + 1;
    while (j < n && isCloser(text.charCodeAt(j))) j++;
    if (j < n && text.charCodeAt(j) !== 32) continue; // `n-k.com`, `3.5`
    if (c === '.' && j === i + 1 && j < n && isAbbreviationDot(text, i)) continue;
    push(out, text.slice(from, i), c);
    from = j;
    END_RE.lastIndex = j;
  }
  push(out, text.slice(from), '');
  return out;
}

const END_RE = /[.?!]/g;

// `.`, `?`, `!` and `"`: what may follow a sentence's closing mark.
function isCloser(code: number): boolean {
  return code === 46 || code === 63 || code === 33 || code === 34;
}

function push(out: Sentence[], raw: string, end: string): void {
  const text = raw.trim();
  if (text === '' || !HAS_WORD_RE.test(text)) return;
  out.push({ text, end: end as Sentence['end'] });
}

/// Words of a sentence: letters with inner apostrophes and hyphens, each
/// with the punctuation that follows it (`,` for `jenny,`), so the addressing
/// rules can tell `jenny, what` from `jenny town said`.
export interface Word {
  text: string;
  /// Punctuation between this word and the next (commas, dashes), trimmed; `` for a plain space.
  after: string;
}

const HAS_WORD_RE = /[\p{L}\p{N}]/u;

const WORD_RE = /([\p{L}\p{N}][\p{L}\p{N}'.-]*[\p{L}\p{N}]|[\p{L}\p{N}])([^\p{L}\p{N}]*)/gu;

export function words(sentence: string): Word[] {
  const out: Word[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(sentence); m; m = WORD_RE.exec(sentence)) {
    out.push({ text: m[1]!, after: m[2]!.trim() });
  }
  return out;
}
