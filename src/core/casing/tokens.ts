/// The words of a text as the truecaser sees them: runs of letters and digits
/// with inner apostrophes (`o'brien`, `i'm`), and initialisms with their dots
/// (`u.s.`). A hyphen ends a word, so each part of `non-nato` is cased alone.

export interface Token {
  /// Offsets in the text, `to` exclusive.
  from: number;
  to: number;
  text: string;
  /// The word lowercased, apostrophes as `'`: the key of every lookup.
  key: string;
  /// True when a sentence ends between the previous word and this one (or
  /// there is none): `.`, `?` or `!` in the text between.
  sentenceStart: boolean;
}

const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
/// A sentence ends at `.`, `?` or `!`; a quotation opened after a comma or
/// colon starts one too (`he said, "we will`).
const SENTENCE_END = /[.?!]|[,:]\s*["“]$/;

/// After a colon, a complete sentence takes a capital (`let me repeat: We cut
/// taxes`); a pronoun subject is the sign of one that needs no grammar.
const AFTER_COLON = /:\s+$/;
/// So is a word that opens a clause (`: if this Congress`, `: tonight, everyone`).
const SUBJECTS: ReadonlySet<string> = new Set([
  'we',
  'they',
  'he',
  'she',
  'you',
  'it',
  'there',
  'this',
  'if',
  'when',
  'today',
  'tonight',
]);

/// A short phrase opened by one of these and closed by a comma opens a sentence
/// after a colon too (`: in the long run, men`, `: for decades, few things`);
/// a longer one is more often a list's item (`: for all of us in this chamber to focus`).
const PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'for',
  'on',
  'at',
  'after',
  'before',
  'during',
  'since',
  'over',
  'across',
  'with',
  'without',
  'under',
  'throughout',
  'within',
]);
const MAX_OPENING_PHRASE = 5;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const afterColon: number[] = [];
  let last = 0;
  // Whether the bracketed tag now open (`[laughter]`, `(applause)`) began a sentence.
  let tagStartsSentence = false;
  for (const match of text.matchAll(WORD)) {
    const from = match.index;
    const between = text.slice(last, from);
    const previous = tokens[tokens.length - 1];
    // An initialism's own last dot (`u.s.`) belongs to it; a dot after it in
    // the text between still ends the sentence.
    const key = match[0].toLowerCase().replace(/’/g, "'");
    // A tag between two sentences leaves the next one its capital: `... that. [laughter] Yet`.
    const closesTag = between.includes(']') || between.includes(')');
    const sentenceStart: boolean =
      previous === undefined ||
      SENTENCE_END.test(between) ||
      (closesTag && tagStartsSentence) ||
      (AFTER_COLON.test(between) && SUBJECTS.has(key.replace(/'.*$/, '')));
    if (between.includes('[') || between.includes('(')) tagStartsSentence = sentenceStart;
    if (!sentenceStart && PREPOSITIONS.has(key) && AFTER_COLON.test(between)) afterColon.push(tokens.length);
    tokens.push({
      from,
      to: from + match[0].length,
      text: match[0],
      key,
      sentenceStart,
    });
    last = from + match[0].length;
  }
  for (const i of afterColon) if (opensWithPhrase(text, tokens, i)) tokens[i]!.sentenceStart = true;
  return tokens;
}

/// Whether a comma closes the phrase from word `i` within a few words, before the sentence or clause ends.
function opensWithPhrase(text: string, tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length && j <= i + MAX_OPENING_PHRASE; j++) {
    const between = text.slice(tokens[j - 1]!.to, tokens[j]!.from);
    if (between.includes(',')) return j > i + 1;
    if (/[.?!:;]/.test(between)) return false;
  }
  return false;
}
