/// The baseline the truecaser is measured against (`npm run eval:case`):
/// every word lowercase but the first of each sentence and the pronoun I.
import { tokenize } from './tokens.ts';

export function sentenceStartsOnly(text: string): string {
  let out = text.toLowerCase();
  for (const token of tokenize(out)) {
    if (token.sentenceStart)
      out = out.slice(0, token.from) + out[token.from]!.toUpperCase() + out.slice(token.from + 1);
  }
  return out;
}
