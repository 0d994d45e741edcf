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

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const from = match.index;
    const between = text.slice(last, from);
    const previous = tokens[tokens.length - 1];
    // An initialism's own last dot (`u.s.`) belongs to it; a dot after it in
    // the text between still ends the sentence.
    const sentenceStart = previous === undefined || SENTENCE_END.test(between);
    tokens.push({
      from,
      to: from + match[0].length,
      text: match[0],
      key: match[0].toLowerCase().replace(/’/g, "'"),
      sentenceStart,
    });
    last = from + match[0].length;
  }
  return tokens;
}
