/// Deepgram JSON importer (formats.md §9).
///
/// ```json
/// {"metadata": {...}, "results": {"channels": [{"alternatives": [{"transcript": "...",
///   "words": [{"word": "today", "start": 7.44, "end": 8, "confidence": 0.99,
///              "speaker": 0, "speaker_confidence": 0.15, "punctuated_word": "today?"}, ...],
///   "paragraphs": {"transcript": "...", "paragraphs": [{"sentences": [...], "start": 7.44,
///                  "end": 9.1, "num_words": 2, "speaker": 0}]}}]}],
///  "utterances": [...]}}
/// ```
///
/// - Reads the first channel's first alternative. Words are
///   `punctuated_word` (else `word`), times in seconds; `speaker` numbers
///   are machine labels, named "Speaker 1", "Speaker 2", ... in order of
///   first appearance.
/// - With paragraphs (`paragraphs=true`): a block per paragraph, of its
///   speaker; words are matched to paragraphs by `num_words` when the counts
///   add up, else by time. Words in no paragraph form unassigned blocks.
/// - Without paragraphs: consecutive words of the same speaker form a block
///   (no speakers: a block per sentence).
/// - With no words in the channel: `results.utterances` (`utterances=true`),
///   a block each; else the plain `transcript`, untimed.

import { arrayField, field, isObject, label, textOf } from './json.ts';
import { fail, finishImport, importMeta, type ImportOptions, type ImportResult } from './result.ts';
import { SpeakerRoster } from './speakerLabels.ts';
import { BlockList, RangeIndex, seconds, type SpeakerWord } from './timedWords.ts';

/// True for a JSON value shaped like Deepgram output: `results.channels`
/// or `results.utterances` as lists.
export function looksLikeDeepgram(value: unknown): boolean {
  const results = field(value, 'results');
  return Array.isArray(field(results, 'channels')) || Array.isArray(field(results, 'utterances'));
}

function readWords(raw: readonly unknown[], path: string, roster: SpeakerRoster): SpeakerWord[] | string {
  const words: SpeakerWord[] = [];
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
      speakerId: roster.id(label(field(word, 'speaker')), 'generic'),
    });
  }
  return words;
}

export function importDeepgram(value: unknown, options: ImportOptions = {}): ImportResult {
  const results = field(value, 'results');
  const channels = arrayField(results, 'channels') ?? [];
  const alternative = arrayField(channels[0], 'alternatives')?.[0];
  const roster = new SpeakerRoster();
  const list = new BlockList();
  const meta = importMeta(options);
  const path = 'results.channels[0].alternatives[0].words';

  const words = readWords(arrayField(alternative, 'words') ?? [], path, roster);
  if (typeof words === 'string') return fail(words);
  const paragraphs = (arrayField(field(alternative, 'paragraphs'), 'paragraphs') ?? []).filter(isObject);

  if (paragraphs.length > 0 && words.length > 0) {
    const owner = paragraphOwners(paragraphs, words);
    const started = new Set<number>();
    let from = 0;
    for (let k = 1; k <= words.length; k++) {
      if (k < words.length && owner[k] === owner[from]) continue;
      const p = owner[from]!;
      const run = words.slice(from, k);
      const speakerId = p < 0 ? null : roster.id(label(field(paragraphs[p], 'speaker')), 'generic');
      list.addWords(
        speakerId,
        run,
        p < 0 || started.has(p) ? {} : { start: seconds(field(paragraphs[p], 'start')) },
      );
      started.add(p);
      from = k;
    }
    return finishImport('Deepgram', meta, roster, list);
  }
  if (paragraphs.length > 0) {
    // Paragraphs without the words: their sentences, one block each.
    for (const p of paragraphs) {
      const text = (arrayField(p, 'sentences') ?? []).map((s) => textOf(field(s, 'text')) ?? '').join(' ');
      list.addWords(roster.id(label(field(p, 'speaker')), 'generic'), [{ text }], {
        start: seconds(field(p, 'start')),
      });
    }
    return finishImport('Deepgram', meta, roster, list);
  }
  if (words.length > 0) {
    list.addWordRuns(words);
    return finishImport('Deepgram', meta, roster, list);
  }

  const utterances = arrayField(results, 'utterances') ?? [];
  if (utterances.length > 0) {
    for (let u = 0; u < utterances.length; u++) {
      const utterance = utterances[u];
      const speakerId = roster.id(label(field(utterance, 'speaker')), 'generic');
      const start = seconds(field(utterance, 'start'));
      const uWords = readWords(
        arrayField(utterance, 'words') ?? [],
        `results.utterances[${u}].words`,
        roster,
      );
      if (typeof uWords === 'string') return fail(uWords);
      const text = textOf(field(utterance, 'transcript'));
      if (uWords.length > 0) list.addWords(speakerId, uWords, { start });
      else if (text !== undefined) list.addWords(speakerId, [{ text }], { start });
    }
    return finishImport('Deepgram', meta, roster, list);
  }

  const transcript = textOf(field(alternative, 'transcript')) ?? '';
  list.addWordRuns(transcript.split(/\s+/).map((text) => ({ text, speakerId: null })));
  return finishImport('Deepgram', meta, roster, list);
}

/// For each word, the index of its paragraph, or -1: by `num_words` in
/// order when they add up to the number of words, else by time.
function paragraphOwners(paragraphs: readonly unknown[], words: readonly SpeakerWord[]): number[] {
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
