/// BBC digital-paper-edit / react-transcript-editor JSON importer
/// (formats.md §11).
///
/// ```json
/// {"words": [{"id": 0, "start": 13.02, "end": 13.17, "text": "There"}, ...],
///  "paragraphs": [{"id": 0, "start": 13.02, "end": 23.82, "speaker": "F_S12"}, ...]}
/// ```
///
/// - Words keep their timings (seconds); `text` carries punctuation.
/// - Each word belongs to the paragraph whose time range contains its start;
///   a block per paragraph, of its speaker. Ids are not read (real files
///   skip some). Words in no paragraph form unassigned blocks rather than
///   being dropped (the BBC adapter drops them).
/// - Speaker labels such as `F_S12` (gender and number) are machine labels,
///   named "Speaker 1", ...; other labels keep their name.
/// - Without paragraphs, a block per sentence, unassigned (the adapter names
///   them `TBC 0`, `TBC 1`, ...).

import { arrayField, field, isObject, label, textOf } from '../json.ts';
import { fail, finishImport, importMeta, type ImportOptions, type ImportResult } from '../result.ts';
import { SpeakerRoster } from '../speakerLabels.ts';
import { BlockList, RangeIndex, seconds, type TimedWord } from '../timedWords.ts';

/// True for a JSON value shaped like digital-paper-edit: `words` with
/// `paragraphs`, or `words` alone whose first word has `text` and `start`.
export function looksLikeDpe(value: unknown): boolean {
  const words = arrayField(value, 'words');
  if (!words) return false;
  if (Array.isArray(field(value, 'paragraphs'))) return true;
  const first = words[0];
  return isObject(first) && Object.hasOwn(first, 'text') && Object.hasOwn(first, 'start');
}

export function importDpe(value: unknown, options: ImportOptions = {}): ImportResult {
  const rawWords = arrayField(value, 'words') ?? [];
  const words: TimedWord[] = [];
  for (let w = 0; w < rawWords.length; w++) {
    const text = textOf(field(rawWords[w], 'text'));
    if (text === undefined) {
      return fail(
        `This digital-paper-edit file has a word it cannot read at words[${w}] (expected "text" to be text).`,
      );
    }
    words.push({
      text,
      start: seconds(field(rawWords[w], 'start')),
      end: seconds(field(rawWords[w], 'end')),
    });
  }
  const roster = new SpeakerRoster();
  const list = new BlockList();
  const meta = importMeta(options);
  const paragraphs = (arrayField(value, 'paragraphs') ?? []).filter(isObject);

  if (paragraphs.length === 0) {
    list.addWordRuns(words.map((w) => ({ ...w, speakerId: null })));
    return finishImport('digital-paper-edit', meta, roster, list);
  }
  const index = new RangeIndex(
    paragraphs.map((p) => ({ start: seconds(field(p, 'start')), end: seconds(field(p, 'end')) })),
  );
  const owner: number[] = [];
  let last = -1;
  for (const w of words) {
    if (w.start !== undefined) last = index.find(w.start);
    owner.push(last);
  }
  const started = new Set<number>();
  let from = 0;
  for (let k = 1; k <= words.length; k++) {
    if (k < words.length && owner[k] === owner[from]) continue;
    const p = owner[from]!;
    const speakerId = p < 0 ? null : roster.id(label(field(paragraphs[p], 'speaker')));
    list.addWords(
      speakerId,
      words.slice(from, k),
      p < 0 || started.has(p) ? {} : { start: seconds(field(paragraphs[p], 'start')) },
    );
    started.add(p);
    from = k;
  }
  return finishImport('digital-paper-edit', meta, roster, list);
}
