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

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
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
    tokens.push({
      from,
      to: from + match[0].length,
      text: match[0],
      key,
      sentenceStart,
    });
    last = from + match[0].length;
  }
  return tokens;
}
