/// Amazon Transcribe (batch) JSON importer (formats.md §7).
///
/// ```json
/// {"jobName": "...", "status": "COMPLETED", "results": {
///   "transcripts": [{"transcript": "Hola."}],
///   "speaker_labels": {"speakers": 1, "segments": [{"start_time": "0.94", "end_time": "2.85",
///     "speaker_label": "spk_0", "items": [{"start_time": "0.94", "end_time": "1.51", "speaker_label": "spk_0"}]}]},
///   "items": [{"start_time": "0.94", "end_time": "1.51", "type": "pronunciation",
///              "alternatives": [{"confidence": "0.983", "content": "Hola"}]},
///             {"type": "punctuation", "alternatives": [{"confidence": "0.0", "content": "."}]}]}}
/// ```
///
/// - Words are `results.items` (times are strings); a punctuation item has
///   no time and joins the word before it without a space (`Hola.`).
/// - Speakers: an item's own `speaker_label` (newer output), else the label
///   of the `speaker_labels` segment item with the same start time. An empty
///   label leaves the word unassigned; the `speakers` count is not trusted
///   (real files say 1 and use two labels).
/// - A block per speaker segment: a new block where the speaker changes or a
///   `speaker_labels` segment starts. Without speaker labels, a block per
///   sentence.
/// - With no `items` (a file cut down to the text), the plain text of
///   `results.transcripts` is read, untimed.

import { arrayField, field, isObject, textOf } from '../json.ts';
import { fail, finishImport, importMeta, type ImportOptions, type ImportResult } from '../result.ts';
import { SpeakerRoster } from '../speakerLabels.ts';
import { BlockList, seconds, type SpeakerWord } from '../timedWords.ts';

/// True for a JSON value shaped like Transcribe output: `results` with an
/// `items` or `transcripts` list.
export function looksLikeTranscribe(value: unknown): boolean {
  const results = field(value, 'results');
  return (
    isObject(results) &&
    (Array.isArray(field(results, 'items')) || Array.isArray(field(results, 'transcripts'))) &&
    !Array.isArray(field(results, 'channels'))
  );
}

export function importTranscribe(value: unknown, options: ImportOptions = {}): ImportResult {
  const results = field(value, 'results');
  const items = arrayField(results, 'items');
  const roster = new SpeakerRoster();
  const list = new BlockList();
  const meta = importMeta(options);

  if (!items || items.length === 0) {
    const status = textOf(field(value, 'status'));
    if (status !== undefined && status !== 'COMPLETED') {
      return fail(`This Amazon Transcribe file is a job that did not complete (status "${status}").`);
    }
    const texts = (arrayField(results, 'transcripts') ?? []).map((t) => textOf(field(t, 'transcript')) ?? '');
    const words = texts.join(' ').split(/\s+/);
    list.addWordRuns(words.map((text) => ({ text, speakerId: null })));
    return finishImport('Amazon Transcribe', meta, roster, list);
  }

  // Speaker labels by start time, and the start times that open a segment.
  const speakerLabels = field(results, 'speaker_labels');
  const labelAt = new Map<number, string>();
  const segmentStarts = new Set<number>();
  for (const segment of arrayField(speakerLabels, 'segments') ?? []) {
    const segmentItems = arrayField(segment, 'items') ?? [];
    let first = true;
    for (const item of segmentItems) {
      const start = seconds(field(item, 'start_time'));
      if (start === undefined) continue;
      const l = textOf(field(item, 'speaker_label')) ?? textOf(field(segment, 'speaker_label'));
      if (l !== undefined && !labelAt.has(start)) labelAt.set(start, l);
      if (first) segmentStarts.add(start);
      first = false;
    }
  }

  const words: SpeakerWord[] = [];
  for (let k = 0; k < items.length; k++) {
    const item = items[k];
    const content = textOf(field(arrayField(item, 'alternatives')?.[0], 'content'));
    if (!isObject(item) || content === undefined) {
      return fail(
        `This Amazon Transcribe file has an item it cannot read at results.items[${k}] ` +
          '(expected "alternatives" with a "content" text).',
      );
    }
    const last = words[words.length - 1];
    if (field(item, 'type') === 'punctuation' && last) {
      last.text += content;
      continue;
    }
    const start = seconds(field(item, 'start_time'));
    const own = textOf(field(item, 'speaker_label'));
    const l = own ?? (start === undefined ? undefined : labelAt.get(start));
    const speakerId = roster.id(l, 'generic');
    const word: SpeakerWord = { text: content, start, end: seconds(field(item, 'end_time')), speakerId };
    if (start !== undefined && segmentStarts.has(start)) word.turnStart = true;
    words.push(word);
  }
  list.addWordRuns(words);
  return finishImport('Amazon Transcribe', meta, roster, list);
}
