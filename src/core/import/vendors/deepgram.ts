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
/// - Reads the first alternative of the one channel. Words are
///   `punctuated_word` (else `word`), times in seconds; `speaker` numbers
///   are machine labels, named "Speaker 1", "Speaker 2", ... in order of
///   first appearance. A file with several channels (`multichannel=true`)
///   is read by `importDeepgramChannels`.
/// - With paragraphs (`paragraphs=true`): a block per paragraph, of its
///   speaker; words are matched to paragraphs by `num_words` when the counts
///   add up, else by time. Words in no paragraph form unassigned blocks.
/// - Without paragraphs: consecutive words of the same speaker form a block
///   (no speakers: a block per sentence).
/// - With no words in the channel: `results.utterances` (`utterances=true`),
///   a block each; else the plain `transcript`, untimed.

import { importDeepgramChannels } from './deepgramChannels.ts';
import { paragraphOwners, paragraphText, readDeepgramWords, type LabelledWord } from './deepgramWords.ts';
import { arrayField, field, isObject, label, textOf } from '../json.ts';
import { fail, finishImport, importMeta, type ImportOptions, type ImportResult } from '../result.ts';
import { SpeakerRoster } from '../speakerLabels.ts';
import { BlockList, seconds, type SpeakerWord } from '../timedWords.ts';

/// True for a JSON value shaped like Deepgram output: `results.channels`
/// or `results.utterances` as lists.
export function looksLikeDeepgram(value: unknown): boolean {
  const results = field(value, 'results');
  return Array.isArray(field(results, 'channels')) || Array.isArray(field(results, 'utterances'));
}

/// The words with roster ids for their labels, handed out in word order (so
/// the roster lists speakers as they first speak).
function withSpeakers(words: readonly LabelledWord[], roster: SpeakerRoster): SpeakerWord[] {
  return words.map((w) => ({
    text: w.text,
    start: w.start,
    end: w.end,
    speakerId: roster.id(w.label, 'generic'),
  }));
}

export function importDeepgram(value: unknown, options: ImportOptions = {}): ImportResult {
  const results = field(value, 'results');
  const channels = arrayField(results, 'channels') ?? [];
  if (channels.length > 1) return importDeepgramChannels(results, channels, options);
  const alternative = arrayField(channels[0], 'alternatives')?.[0];
  const roster = new SpeakerRoster();
  const list = new BlockList();
  const meta = importMeta(options);
  const path = 'results.channels[0].alternatives[0].words';

  const read = readDeepgramWords(arrayField(alternative, 'words') ?? [], path);
  if (typeof read === 'string') return fail(read);
  const words = withSpeakers(read, roster);
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
      list.addWords(roster.id(label(field(p, 'speaker')), 'generic'), [{ text: paragraphText(p) }], {
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
      const read = readDeepgramWords(arrayField(utterance, 'words') ?? [], `results.utterances[${u}].words`);
      if (typeof read === 'string') return fail(read);
      const uWords = withSpeakers(read, roster);
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
