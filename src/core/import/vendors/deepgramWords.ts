/// Reading Deepgram words and paragraphs, shared by the one-channel importer
/// (`deepgram.ts`) and the one for several channels (`deepgramChannels.ts`).

import { arrayField, field, label, textOf } from '../json.ts';
import { RangeIndex, seconds, type TimedWord } from '../timedWords.ts';

/// A word with the speaker label the source gives it (`"0"`, `"1"`; null
/// without diarization), before the label becomes a roster entry.
export interface LabelledWord extends TimedWord {
  label: string | null;
}

/// The words at `path` (`punctuated_word`, else `word`), or a message naming
/// the first word that has no text.
export function readDeepgramWords(raw: readonly unknown[], path: string): LabelledWord[] | string {
  const words: LabelledWord[] = [];
  for (let w = 0; w < raw.length; w++) {
    const word = raw[w];
    const text = textOf(field(word, 'punctuated_word')) ?? textOf(field(word, 'word'));
    if (text === undefined) {
      return `This Deepgram file has a word it cannot read at ${path}[${w}] (expected "word" or "punctuated_word" to be text).`;
    }
    words.push({
      text,
      start: seconds(field(word, 'start')),
      end: seconds(field(word, 'end')),
      label: label(field(word, 'speaker')),
    });
  }
  return words;
}

/// The text of a paragraph read without its words: its sentences, joined.
export function paragraphText(paragraph: unknown): string {
  return (arrayField(paragraph, 'sentences') ?? []).map((s) => textOf(field(s, 'text')) ?? '').join(' ');
}

/// For each word, the index of its paragraph, or -1: by `num_words` in
/// order when they add up to the number of words, else by time.
export function paragraphOwners(paragraphs: readonly unknown[], words: readonly TimedWord[]): number[] {
  const counts = paragraphs.map((p) => field(p, 'num_words'));
  const total = counts.reduce<number>(
    (sum, c) => sum + (Number.isInteger(c) && (c as number) >= 0 ? (c as number) : NaN),
    0,
  );
  const owner: number[] = [];
  if (total === words.length) {
    counts.forEach((c, p) => {
      for (let k = 0; k < (c as number); k++) owner.push(p);
    });
    return owner;
  }
  const index = new RangeIndex(
    paragraphs.map((p) => ({ start: seconds(field(p, 'start')), end: seconds(field(p, 'end')) })),
  );
  let last = -1;
  for (const w of words) {
    // A word without a time stays with the word before it.
    if (w.start !== undefined) last = index.find(w.start);
    owner.push(last);
  }
  return owner;
}
