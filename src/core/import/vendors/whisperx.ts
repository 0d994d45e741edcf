/// WhisperX JSON importer (formats.md §6).
///
/// ```json
/// {"segments": [{"start": 4.755, "end": 7.137, "text": " Hi, there.", "speaker": "SPEAKER_01",
///   "words": [{"word": "Hi,", "start": 4.755, "end": 6.156, "score": 0.978, "speaker": "SPEAKER_01"}, ...]}],
///  "word_segments": [...], "language": "en"}
/// ```
///
/// - One block per segment, of the segment's `speaker` (absent: unassigned).
///   `word_segments` repeats the segments' words and is not read.
/// - Words keep their timings; words alignment could not time (no
///   `start`/`end`) are plain text. A segment without `words` is read from
///   its `text`, with the segment start on its first word.
/// - Words join with spaces, except in segments whose text has none (Chinese,
///   Japanese: WhisperX aligns them character by character).

import { arrayField, field, isObject, label, textOf } from '../json.ts';
import { fail, finishImport, importMeta, type ImportOptions, type ImportResult } from '../result.ts';
import { SpeakerRoster } from '../speakerLabels.ts';
import { BlockList, seconds, type TimedWord } from '../timedWords.ts';

/// True for a JSON value shaped like WhisperX output: an object with a
/// `segments` list.
export function looksLikeWhisperX(value: unknown): boolean {
  return Array.isArray(field(value, 'segments'));
}

export function importWhisperX(value: unknown, options: ImportOptions = {}): ImportResult {
  const segments = arrayField(value, 'segments');
  if (!segments) return fail('This WhisperX file has no "segments" list.');
  if (segments.length === 0) {
    return fail('This WhisperX file has no transcript text in it (its "segments" list is empty).');
  }
  const roster = new SpeakerRoster();
  const list = new BlockList();
  for (let s = 0; s < segments.length; s++) {
    const segment = segments[s];
    if (!isObject(segment)) {
      return fail(`This WhisperX file has a segment it cannot read at segments[${s}] (expected an object).`);
    }
    const text = textOf(field(segment, 'text'));
    const rawWords = arrayField(segment, 'words');
    const speakerId = roster.id(label(field(segment, 'speaker')));
    const start = seconds(field(segment, 'start'));
    if (rawWords && rawWords.length > 0) {
      const words: TimedWord[] = [];
      for (let w = 0; w < rawWords.length; w++) {
        const word = rawWords[w];
        const wordText = textOf(field(word, 'word'));
        if (wordText === undefined) {
          return fail(
            `This WhisperX file has a word it cannot read at segments[${s}].words[${w}] (expected "word" to be text).`,
          );
        }
        words.push({
          text: wordText,
          start: seconds(field(word, 'start')),
          end: seconds(field(word, 'end')),
        });
      }
      const spaced = text === undefined || /\S\s+\S/.test(text) || words.length < 2;
      list.addWords(speakerId, words, { start, joiner: spaced ? ' ' : '' });
    } else if (text !== undefined) {
      list.addWords(speakerId, [{ text }], { start });
    } else {
      return fail(
        `This WhisperX file has a segment it cannot read at segments[${s}] (expected "text" or "words").`,
      );
    }
  }
  return finishImport('WhisperX', importMeta(options), roster, list);
}
