/// AssemblyAI transcript JSON importer (formats.md §8).
///
/// ```json
/// {"id": "...", "status": "completed", "text": "...", "speaker_labels": true,
///  "words": [{"text": "Thank", "start": 1100, "end": 2100, "confidence": 0.98, "speaker": "A"}, ...],
///  "utterances": [{"speaker": "A", "start": 1100, "end": 13410, "text": "Thank you for calling. ...",
///                  "confidence": 0.97, "words": [...]}]}
/// ```
///
/// - Times are integer milliseconds.
/// - One block per utterance, of its speaker (`"A"`, `"B"`: machine labels,
///   named "Speaker 1", "Speaker 2", ...), with its word timings; an
///   utterance without words is read from its `text`.
/// - Without utterances (diarization off), the top-level `words` are
///   grouped into turns by their `speaker` (`null`: unassigned, a block per
///   sentence); without words, the plain `text`, untimed.
/// - A job that failed or had not finished is refused with its status.

import { arrayField, field, isObject, label, textOf } from '../json.ts';
import { fail, finishImport, importMeta, type ImportOptions, type ImportResult } from '../result.ts';
import { SpeakerRoster } from '../speakerLabels.ts';
import { BlockList, seconds, type SpeakerWord, type TimedWord } from '../timedWords.ts';

const MS = 1000;

/// True for a JSON value shaped like an AssemblyAI transcript: it has
/// `utterances` or `audio_url`, or `words` beside a `text` string (and no
/// `paragraphs`, which would make it digital-paper-edit).
export function looksLikeAssemblyAi(value: unknown): boolean {
  if (!isObject(value)) return false;
  if (Object.hasOwn(value, 'utterances') || Object.hasOwn(value, 'audio_url')) return true;
  return (
    Array.isArray(field(value, 'words')) &&
    typeof field(value, 'text') === 'string' &&
    !Object.hasOwn(value, 'paragraphs')
  );
}

function readWords(raw: unknown[], path: string): TimedWord[] | string {
  const words: TimedWord[] = [];
  for (let w = 0; w < raw.length; w++) {
    const text = textOf(field(raw[w], 'text'));
    if (text === undefined) {
      return `This AssemblyAI file has a word it cannot read at ${path}[${w}] (expected "text" to be text).`;
    }
    words.push({ text, start: seconds(field(raw[w], 'start'), MS), end: seconds(field(raw[w], 'end'), MS) });
  }
  return words;
}

export function importAssemblyAi(value: unknown, options: ImportOptions = {}): ImportResult {
  const status = textOf(field(value, 'status'));
  if (status === 'error') {
    const error = textOf(field(value, 'error'));
    return fail(
      `This AssemblyAI file is a job that failed${error ? ` ("${error}")` : ''}; it has no transcript.`,
    );
  }
  if (status === 'queued' || status === 'processing') {
    return fail(
      `This AssemblyAI file is a job that had not finished (status "${status}"). Download it again once it is completed.`,
    );
  }
  const roster = new SpeakerRoster();
  const list = new BlockList();
  const meta = importMeta(options);

  const utterances = arrayField(value, 'utterances');
  if (utterances && utterances.length > 0) {
    for (let u = 0; u < utterances.length; u++) {
      const utterance = utterances[u];
      if (!isObject(utterance)) {
        return fail(
          `This AssemblyAI file has an utterance it cannot read at utterances[${u}] (expected an object).`,
        );
      }
      const speakerId = roster.id(label(field(utterance, 'speaker')), 'generic');
      const start = seconds(field(utterance, 'start'), MS);
      const rawWords = arrayField(utterance, 'words');
      const text = textOf(field(utterance, 'text'));
      if (rawWords && rawWords.length > 0) {
        const words = readWords(rawWords, `utterances[${u}].words`);
        if (typeof words === 'string') return fail(words);
        list.addWords(speakerId, words, { start });
      } else if (text !== undefined) {
        list.addWords(speakerId, [{ text }], { start });
      } else {
        return fail(
          `This AssemblyAI file has an utterance it cannot read at utterances[${u}] (expected "words" or "text").`,
        );
      }
    }
    return finishImport('AssemblyAI', meta, roster, list);
  }

  const rawWords = arrayField(value, 'words');
  if (rawWords && rawWords.length > 0) {
    const words = readWords(rawWords, 'words');
    if (typeof words === 'string') return fail(words);
    list.addWordRuns(
      words.map((w, k): SpeakerWord => ({
        ...w,
        speakerId: roster.id(label(field(rawWords[k], 'speaker')), 'generic'),
      })),
    );
    return finishImport('AssemblyAI', meta, roster, list);
  }

  const text = textOf(field(value, 'text')) ?? '';
  list.addWordRuns(text.split(/\s+/).map((t) => ({ text: t, speakerId: null })));
  return finishImport('AssemblyAI', meta, roster, list);
}
