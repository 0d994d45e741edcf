/// Names a document uses, for `findSuspects`'s `knownNames`.

import { TOKEN, looksStuttered } from './find.ts';

const WORD = new RegExp(TOKEN.source, 'g');
const TAG = /\[[^\]\n]*\]|\([^)\n]*\)|\{[^}\n]*\}|<[^>\n]*>/g;

export interface KnownNamesOptions {
  isWord(w: string): boolean;
  /// Speaker names of the roster; each of their words is a known name.
  speakerNames?: Iterable<string>;
  /// How often an unknown word must occur in the document to count as a
  /// name. Default 2: a name said twice is far more common in captions than
  /// the same misspelling twice (a captioner's slip is rarely repeated
  /// letter for letter), and a name is often said only twice.
  minCount?: number;
}

/// Lowercase words that are names in this document: every word of every
/// speaker name, and every word of the text that is not in the word list and
/// occurs at least `minCount` times (possessives and plurals counted with
/// their stem: "korea's" and "koreas" count as "korea"), except words typed
/// with a stutter ("ththeir", `looksStuttered`), which a 24-hour transcript
/// may well repeat. One pass over the
/// text; a 24-hour transcript (130,000 words) takes a few tens of
/// milliseconds, so callers can run it again when the text settles.
export function knownNamesOf(texts: Iterable<string>, options: KnownNamesOptions): Set<string> {
  const minCount = Math.max(1, options.minCount ?? 2);
  const names = new Set<string>();
  for (const name of options.speakerNames ?? []) {
    for (const m of name.toLowerCase().matchAll(WORD)) {
      for (const part of m[0].replace(/’/g, "'").split(/[-.]/)) if (part !== '') names.add(part);
    }
  }
  const counts = new Map<string, number>();
  const count = (stem: string) => counts.set(stem, (counts.get(stem) ?? 0) + 1);
  for (const text of texts) {
    const plain = /[[({<]/.test(text) ? text.replace(TAG, ' ') : text;
    const lower = plain.toLowerCase();
    WORD.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = WORD.exec(lower)) !== null) {
      const token = m[0];
      // Most tokens are words: one lookup.
      if (options.isWord(token)) continue;
      for (const part of token.split('-')) {
        const stem = part.replace(/[’']s$|[’']$/, '');
        if (stem.length >= 2 && /^[a-z]+$/.test(stem) && !options.isWord(stem)) count(stem);
      }
    }
  }
  // A plural counts with its singular: "koreans" with "korean".
  for (const [word, count] of counts) {
    let total = count;
    if (word.endsWith('s')) total += counts.get(word.slice(0, -1)) ?? 0;
    else total += counts.get(`${word}s`) ?? 0;
    if (total >= minCount && !looksStuttered(word, options.isWord)) names.add(word);
  }
  return names;
}
