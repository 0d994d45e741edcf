/// The words of a Rev.ai monologue, from its elements: timed `text` values
/// and untimed `punct` values that hold the spaces and punctuation between
/// them (`Hello` `, ` `world` `.`).

import { field, isObject, textOf } from '../json.ts';
import { seconds, type TimedWord } from '../timedWords.ts';

interface Element {
  text: string;
  /// Punctuation and spaces: never timed, even if the file gives a time.
  punct: boolean;
  start: number | undefined;
  end: number | undefined;
}

const SPACE_RE = /\s/;
const SPACES_RE = /(\s+)/;

export interface MonologueWords {
  words: TimedWord[];
  /// What goes between the words: a space, or nothing in a monologue
  /// written without spaces.
  joiner: string;
}

/// The words of the elements at `path`, or a message naming the first
/// element that has no text.
export function monologueWords(raw: readonly unknown[], path: string): MonologueWords | string {
  const elements: Element[] = [];
  for (let k = 0; k < raw.length; k++) {
    const element = raw[k];
    const text = textOf(field(element, 'value'));
    if (!isObject(element) || text === undefined) {
      return `This Rev.ai file has an element it cannot read at ${path}[${k}] (expected an object with a "value" text).`;
    }
    elements.push({
      text,
      punct: field(element, 'type') === 'punct',
      start: seconds(field(element, 'ts')),
      end: seconds(field(element, 'end_ts')),
    });
  }
  return elements.some((e) => SPACE_RE.test(e.text))
    ? { words: spacedWords(elements), joiner: ' ' }
    : { words: unspacedWords(elements), joiner: '' };
}

/// Words split at whitespace, wherever it stands. A word made of several
/// elements (`world` and `.`) gets the times of the timed ones; a value
/// holding a space (`New York`) times only its first word, so that no two
/// words claim the same time.
function spacedWords(elements: readonly Element[]): TimedWord[] {
  const words: TimedWord[] = [];
  let word: TimedWord | null = null;
  for (const element of elements) {
    // Most values are a word or a space: no need to split them.
    const parts = SPACE_RE.test(element.text) ? element.text.split(SPACES_RE) : [element.text];
    let first = true;
    for (const part of parts) {
      if (part === '') continue;
      if (SPACE_RE.test(part)) {
        word = null;
        continue;
      }
      if (!word) words.push((word = { text: '' }));
      word.text += part;
      if (first && !element.punct) addTime(word, element);
      first = false;
    }
  }
  return words;
}

/// Words of a monologue without spaces: each text element is a word with
/// its own time; punctuation joins the word before it.
function unspacedWords(elements: readonly Element[]): TimedWord[] {
  const words: TimedWord[] = [];
  let word: TimedWord | null = null;
  for (const element of elements) {
    if (!word || !element.punct) words.push((word = { text: '' }));
    word.text += element.text;
    if (!element.punct) addTime(word, element);
  }
  return words;
}

/// Widens a word's time to cover an element's.
function addTime(word: TimedWord, element: Element): void {
  if (element.start === undefined) return;
  word.start = word.start === undefined ? element.start : Math.min(word.start, element.start);
  if (element.end !== undefined)
    word.end = word.end === undefined ? element.end : Math.max(word.end, element.end);
}
