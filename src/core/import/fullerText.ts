/// Speech-to-text files whose word list is shorter than their text: files
/// cut by hand, partial results. The text is the fuller record, so it is
/// what opens; the words the list does have lend it their times, and the
/// rest stay untimed (and the user is told how many, `untimedNotice`).

import type { TimedWord } from './timedWords.ts';
import { isSpace } from '../whitespace.ts';

const LETTER_RE = /[\p{L}\p{N}]/u;
const NOT_LETTER_RE = /[^\p{L}\p{N}]+/gu;

function norm(text: string): string {
  return text.toLowerCase().replace(NOT_LETTER_RE, '');
}

/// The words to open for a segment with `text` and timed `words`: `words`
/// as they are when the text has no more words than they do (or none), or
/// when they do not all appear in the text in order (then the text is not
/// a fuller copy of them); otherwise the text's words, each word of the list
/// giving its time (and whatever else it carries) to the text's word it
/// matches, in order, and `untimed` counting the text's words (with a letter
/// or digit: not a dash) left without.
export function fullerWords<T extends TimedWord>(
  text: string | undefined,
  words: readonly T[],
): { words: readonly (T | TimedWord)[]; untimed: number } {
  const same = { words, untimed: 0 };
  if (text === undefined) return same;
  let listed = 0;
  for (const w of words) if (w.text.trim() !== '') listed++;
  // Counted before split: nearly every segment has as many words as its text.
  if (countWords(text) <= listed) return same;
  const tokens = text.split(/\s+/).filter((t) => t !== '');
  const out: (T | TimedWord)[] = tokens.map((t) => ({ text: t }));
  const matched = new Array<boolean>(tokens.length).fill(false);
  let at = 0;
  for (const word of words) {
    const key = norm(word.text);
    if (key === '') continue;
    while (at < tokens.length && norm(tokens[at]!) !== key) at++;
    if (at === tokens.length) return same;
    out[at] = { ...word, text: tokens[at]! };
    matched[at++] = true;
  }
  const untimed = tokens.filter((t, i) => !matched[i] && LETTER_RE.test(t)).length;
  return { words: out, untimed };
}

/// The words of `text` (runs of non-spaces), counted without making them.
function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/// What the user is told when `count` words of the text opened without
/// times, or undefined when none did.
export function untimedNotice(count: number): string | undefined {
  if (count === 0) return undefined;
  return `${count.toLocaleString('en-US')} ${count === 1 ? 'word has' : 'words have'} no times: the file's word list is shorter than its text`;
}
